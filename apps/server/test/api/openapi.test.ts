import { describe, expect, it } from 'vitest';
import { validate } from '@readme/openapi-parser';
import { inspectRoutes } from 'hono/dev';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/ops/log.js';
import { openTestServer } from '../helpers/server.js';
import { checkAgainstDocument } from '../helpers/openapi.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, storyInput, submissionInput } from '../helpers/factories.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

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

describe('the OpenAPI document, as other tools read it', () => {
  it('has component schemas a JSON Schema 2020-12 validator loads one by one', async () => {
    const { body } = await api.get('/v1/openapi.json');
    const schemas = body.components.schemas as Record<string, Json>;
    // One validator for all: a new one per schema, compiling everything each
    // refers to again, blocks this process (and the server in it) for seconds.
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [name, s] of Object.entries(schemas)) {
      expect(s.$id, name).toBeUndefined();
      ajv.addSchema(s, `#/components/schemas/${name}`);
    }
    for (const name of Object.keys(schemas)) {
      expect(() => ajv.getSchema(`#/components/schemas/${name}`), name).not.toThrow();
    }
  });

  it('declares the closed filters as enums and the optional key where a key shows more', async () => {
    const { body } = await api.get('/v1/openapi.json');
    const param = (path: string, name: string) =>
      (body.paths[path].get.parameters as Json[]).find((p) => p.name === name) as Json & {
        schema: { items: { enum?: string[] } };
      };
    expect(param('/v1/challenges', 'status').schema.items.enum).toContain('draft');
    expect(param('/v1/challenges', 'theme').schema.items.enum).toContain('mobility');
    expect(param('/v1/clusters', 'sector').schema.items.enum).toContain('mobility');
    expect(param('/v1/organizations', 'kind').schema.items.enum).toEqual(
      expect.arrayContaining(['city', 'cluster']),
    );
    for (const path of ['/v1/challenges', '/v1/challenges/{id}', '/v1/organizations/{id}']) {
      expect(body.paths[path].get.security.slice(0, 2), path).toEqual([{}, { apiKey: [] }]);
      expect(body.paths[path].get.responses['401'], path).toBeDefined();
    }
    // An organisation's own staff see its settings too.
    expect(body.paths['/v1/organizations/{id}'].get.security[2]).toEqual({ session: [] });
    expect(body.paths['/v1/stories'].get.operationId).toBe('listStories');
    expect(
      body.paths['/v1/stories/feed.json'].get.responses['200'].content['application/feed+json']
        .schema,
    ).toEqual({ $ref: '#/components/schemas/JsonFeed' });
  });

  it('holds the Idempotency-Key to the pattern the server takes', async () => {
    const { body } = await api.get('/v1/openapi.json');
    const header = (body.paths['/v1/submissions'].post.parameters as Json[]).find(
      (p) => p.name === 'Idempotency-Key',
    ) as { schema: { pattern: string } };
    const pattern = new RegExp(header.schema.pattern, 'u');
    expect(pattern.test('a b')).toBe(false);
    expect(pattern.test('3f0c2c4e-8a77-4f3b-9a51-2b1c6f0d9e11')).toBe(true);
    const { id } = await server.org();
    const res = await api.post('/v1/submissions', submissionInput(id), {
      'idempotency-key': 'a b',
    });
    expect(res.status).toBe(400);
  });
});

describe('the test helper that holds every answer to the document', () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
    status,
    headers: new Headers({ 'x-request-id': 'r1', 'content-type': 'application/json', ...headers }),
    text: body === undefined ? '' : JSON.stringify(body),
  });

  it('passes an answer the document describes, and refuses one it does not', async () => {
    const { body: page } = await api.get('/v1/clusters?limit=1');
    expect(() => checkAgainstDocument('GET', '/v1/clusters', answer(200, page))).not.toThrow();
    // A status the operation does not declare.
    expect(() => checkAgainstDocument('GET', '/v1/clusters', answer(418, {}))).toThrow(
      /status not declared/,
    );
    // A body off its schema.
    expect(() =>
      checkAgainstDocument('GET', '/v1/clusters', answer(200, { data: 'x', nextCursor: null })),
    ).toThrow(/body\/data must be array/);
    // A required header missing.
    const noId = answer(200, page);
    noId.headers.delete('x-request-id');
    expect(() => checkAgainstDocument('GET', '/v1/clusters', noId)).toThrow(/X-Request-Id/);
    // A media type the operation does not declare.
    expect(() =>
      checkAgainstDocument(
        'GET',
        '/v1/clusters',
        answer(200, page, { 'content-type': 'text/html' }),
      ),
    ).toThrow(/media type text\/html/);
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
