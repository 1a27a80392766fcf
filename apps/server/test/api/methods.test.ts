/**
 * A known path asked with a method it does not have answers 405 with `Allow`
 * (RFC 9110 §15.5.6), as a problem document; an unknown path stays 404. The
 * allowed methods come from the app's route table, so a new route is covered.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { createApp } from '../../src/app.js';
import { ALLOWED_CACHE_SIZE, allowedMethods } from '../../src/http/methods.js';
import type { Env } from '../../src/http/context.js';
import { silentLogger } from '../../src/ops/log.js';
import { openTestServer } from '../helpers/server.js';
import { bearer, client } from '../helpers/http.js';

const { server, api } = await openTestServer();

const json = { 'content-type': 'application/json' };

describe('405 Method Not Allowed', () => {
  // Every path of the API (src/openapi/document.ts), asked with a method it does not have.
  const cases: Array<[method: string, path: string, allow: string]> = [
    ['PUT', '/v1/challenges/abc', 'GET, HEAD, PATCH, DELETE, OPTIONS'],
    ['DELETE', '/v1/challenges', 'GET, HEAD, POST, OPTIONS'],
    ['POST', '/v1/challenges/abc/clusters', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/v1/organizations/x', 'GET, HEAD, PATCH, OPTIONS'],
    ['POST', '/v1/organizations', 'GET, HEAD, OPTIONS'],
    ['PUT', '/v1/clusters/abc', 'GET, HEAD, PATCH, DELETE, OPTIONS'],
    ['PATCH', '/v1/clusters', 'GET, HEAD, POST, OPTIONS'],
    ['PUT', '/v1/stories/abc', 'GET, HEAD, PATCH, DELETE, OPTIONS'],
    // The feeds are GET only, although /v1/stories/:id has PATCH and DELETE:
    // a path written out in full shadows a pattern (record ids have no dots).
    ['PATCH', '/v1/stories/feed.rss', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/v1/stories/feed.atom', 'GET, HEAD, OPTIONS'],
    ['POST', '/v1/stories/feed.json', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/v1/submissions', 'GET, HEAD, POST, OPTIONS'],
    ['DELETE', '/v1/submissions/abc', 'GET, HEAD, PATCH, OPTIONS'],
    ['POST', '/v1/openapi.json', 'GET, HEAD, OPTIONS'],
    // Outside /v1 there is no CORS preflight, so no OPTIONS either.
    ['POST', '/healthz', 'GET, HEAD'],
    ['OPTIONS', '/docs', 'GET, HEAD'],
    ['DELETE', '/stories/abc', 'GET, HEAD'],
    ['PUT', '/embed/entrypoint.js', 'GET, HEAD'],
  ];

  it.each(cases)('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await api.call(method, path, method === 'DELETE' ? undefined : {}, json);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({
      type: '/docs#problem-method-not-allowed',
      title: 'Method not allowed',
      status: 405,
      detail: `${path} does not answer ${method}; it answers ${allow}`,
      instance: path,
    });
  });

  it('puts the method before the body: no 415 for a wrong method without JSON, no 401 without a key', async () => {
    const put = await api.call('PUT', '/v1/challenges/abc', 'x=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(put.status).toBe(405);
    const { key } = await server.org();
    const withKey = await api.call('PUT', '/v1/challenges/abc', {}, bearer(key));
    expect(withKey.status).toBe(405);
  });

  it('carries the CORS headers on /v1, so a page on another site can read it', async () => {
    const res = await api.call('DELETE', '/v1/organizations/x', undefined, {
      origin: 'https://anywhere.example',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('vary') ?? '').not.toMatch(/origin/i);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('keeps unknown paths at 404, whatever the method', async () => {
    for (const [method, path] of [
      ['GET', '/v1/nothing-here'],
      ['DELETE', '/v1/nothing-here'],
      ['POST', '/nothing-here'],
      ['PUT', '/v1/challenges/abc/clusters/more'],
      ['PATCH', '/v1/organizations/x/y'],
    ] as const) {
      const res = await api.call(method, path, method === 'GET' ? undefined : {}, json);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get('allow'), `${method} ${path}`).toBeNull();
    }
  });

  it('lets every allowed method through: GET, HEAD and the preflight of a GET-only path, a write on its pattern', async () => {
    const get = await api.get('/v1/openapi.json', { origin: 'https://anywhere.example' });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('vary') ?? '').not.toMatch(/origin/i);
    const head = await api.call('HEAD', '/v1/stories/feed.rss');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    const preflight = await api.call('OPTIONS', '/v1/stories/feed.rss', undefined, {
      origin: 'https://anywhere.example',
      'access-control-request-method': 'GET',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    // PATCH is the story route's: it reaches it (and finds no such story).
    const { key } = await server.org();
    const patch = await api.patch('/v1/stories/no-such-story', { themes: [] }, bearer(key));
    expect(patch.status).toBe(404);
  });

  it('derives Allow from the route table, so a route added to the app is covered', async () => {
    const app = createApp({ store: server.store, log: silentLogger });
    app.put('/v1/extra/:id', (c) => c.body(null, 204));
    const extra = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(s),
      ) as Server;
    });
    try {
      const other = client(`http://127.0.0.1:${(extra.address() as AddressInfo).port}`);
      const res = await other.call('DELETE', '/v1/extra/1');
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('PUT, OPTIONS');
      expect((await other.call('PUT', '/v1/extra/1', {}, json)).status).toBe(204);
    } finally {
      extra.closeAllConnections();
      await new Promise<void>((resolve) => extra.close(() => resolve()));
    }
  });

  it('keeps the methods of each path, forgets them when a route is added, and keeps a bounded number of paths', () => {
    const app = new Hono<Env>();
    const ok = () => new Response(null, { status: 204 });
    app.get('/a/:id', ok);
    const allowed = allowedMethods(app);
    expect(allowed('/a/1')).toEqual(['GET', 'HEAD']);
    expect(allowed('/a/1')).toEqual(['GET', 'HEAD']);
    expect(allowed('/b')).toBeUndefined();
    expect(allowed('/b')).toBeUndefined();
    expect(allowed.size).toBe(2);
    // A route added after a path was asked: the path answers it now.
    app.delete('/a/:id', ok);
    app.post('/b', ok);
    expect(allowed('/a/1')).toEqual(['GET', 'HEAD', 'DELETE']);
    expect(allowed('/b')).toEqual(['POST']);
    for (let i = 0; i < ALLOWED_CACHE_SIZE + 10; i++) {
      expect(allowed(`/a/${i}`)).toEqual(['GET', 'HEAD', 'DELETE']);
    }
    expect(allowed.size).toBe(ALLOWED_CACHE_SIZE);
    // Dropped from the kept paths, then looked up again.
    expect(allowed('/b')).toEqual(['POST']);
    expect(allowed.size).toBe(ALLOWED_CACHE_SIZE);
  });

  it('answers the same 405 and Allow when a path is asked again', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await api.call('DELETE', '/v1/challenges', undefined, json);
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
      const ok = await api.get('/v1/challenges');
      expect(ok.status).toBe(200);
    }
  });
});
