import { describe, expect, it } from 'vitest';
import { validate } from '@readme/openapi-parser';
import { inspectRoutes } from 'hono/dev';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/ops/log.js';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, storyInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

/**
 * Every route of the API, from the app's own route table: `/v1/*` and
 * `/healthz`, without the CORS preflight (`OPTIONS /v1/*`), as OpenAPI paths.
 */
const app = createApp({ store: server.store, log: silentLogger });
const ROUTES = inspectRoutes(app)
  .filter((r) => !r.isMiddleware && r.method !== 'OPTIONS' && r.method !== 'ALL')
  .filter((r) => r.path.startsWith('/v1/') || r.path === '/healthz')
  .map((r) => [r.method.toLowerCase(), r.path.replace(/:(\w+)/g, '{$1}')] as const);

type Json = Record<string, unknown>;

describe('GET /v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document describing every route', async () => {
    const res = await api.get('/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(res.body));
    expect('errors' in result ? result.errors : []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const [method, path] of ROUTES) {
      expect(res.body.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('documents no operation the app does not route', async () => {
    const { body } = await api.get<{ paths: Record<string, Record<string, unknown>> }>(
      '/v1/openapi.json',
    );
    const documented = Object.entries(body.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(ROUTES.length).toBeGreaterThan(20);
    expect(documented.sort()).toEqual(ROUTES.map(([m, p]) => `${m} ${p}`).sort());
  });

  it('documents the default page size each list answers', async () => {
    const { body } = await api.get('/v1/openapi.json');
    const limitDefault = (path: string) =>
      (
        (body.paths[path].get.parameters as Json[]).find((p) => p.name === 'limit')!.schema as {
          default: number;
        }
      ).default;
    // More records than any default, in this file's own database.
    const owner = await server.org();
    await Promise.all(Array.from({ length: 50 }, () => server.org()));
    for (let i = 0; i < 31; i++) {
      await api.post('/v1/stories', storyInput(), bearer(owner.key));
      await api.post('/v1/challenges', challengeInput(), bearer(owner.key));
    }
    const count = async (path: string) => (await api.get(path)).body.data.length as number;
    expect(await count('/v1/organizations')).toBe(limitDefault('/v1/organizations'));
    expect(await count('/v1/challenges')).toBe(limitDefault('/v1/challenges'));
    expect(await count('/v1/stories')).toBe(limitDefault('/v1/stories'));
    const feed = await api.get(`/v1/stories/feed.json?org=${owner.id}`);
    expect(feed.body.items).toHaveLength(limitDefault('/v1/stories/feed.json'));
    expect(limitDefault('/v1/organizations')).toBe(50);
    expect(limitDefault('/v1/stories/feed.json')).toBe(30);
  });
});

describe('GET /docs', () => {
  it('is a self-contained HTML reference of the document, with no scripts', async () => {
    const res = await api.get('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).not.toMatch(/<script/i);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.text).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
    for (const [, path] of ROUTES) expect(res.text).toContain(path);
    expect(res.text).toContain('id="schema-SubmissionInput"');
  });
});
