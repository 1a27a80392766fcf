import { describe, expect, it } from 'vitest';
import { validate } from '@readme/openapi-parser';
import { openTestServer } from '../helpers/server.js';

const { api } = await openTestServer();

const ROUTES = [
  ['get', '/v1/organizations'],
  ['get', '/v1/organizations/{id}'],
  ['get', '/v1/challenges'],
  ['post', '/v1/challenges'],
  ['get', '/v1/challenges/{id}'],
  ['patch', '/v1/challenges/{id}'],
  ['delete', '/v1/challenges/{id}'],
  ['get', '/v1/challenges/{id}/clusters'],
  ['get', '/v1/clusters'],
  ['post', '/v1/clusters'],
  ['get', '/v1/clusters/{id}'],
  ['patch', '/v1/clusters/{id}'],
  ['delete', '/v1/clusters/{id}'],
  ['get', '/v1/stories'],
  ['post', '/v1/stories'],
  ['get', '/v1/stories/{id}'],
  ['patch', '/v1/stories/{id}'],
  ['delete', '/v1/stories/{id}'],
  ['get', '/v1/stories/feed.rss'],
  ['get', '/v1/stories/feed.atom'],
  ['get', '/v1/stories/feed.json'],
  ['post', '/v1/submissions'],
  ['get', '/v1/submissions'],
  ['get', '/v1/submissions/{id}'],
  ['patch', '/v1/submissions/{id}'],
  ['get', '/v1/people'],
  ['post', '/v1/people/erase'],
  ['post', '/v1/people/withdraw-newsletter'],
  ['get', '/v1/openapi.json'],
  ['get', '/healthz'],
] as const;

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

  it("describes the schemas from the SDK, including the submission's fields", async () => {
    const { body } = await api.get('/v1/openapi.json');
    const input = body.components.schemas.SubmissionInput;
    expect(Object.keys(input.properties)).toEqual(
      expect.arrayContaining([
        'orgId',
        'kind',
        'title',
        'description',
        'company',
        'contact',
        'consent',
        'language',
      ]),
    );
    expect(body.components.schemas.Challenge.properties.status.enum).toContain('in-dialogue');
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
