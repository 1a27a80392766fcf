import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';

const { api } = await openTestServer();

describe('request id and security headers (http/middleware)', () => {
  it("echoes the caller's X-Request-Id when it is a plain token, on answers and problems alike", async () => {
    for (const path of ['/v1/clusters', '/v1/clusters/no-such-cluster', '/healthz']) {
      const res = await api.get(path, { 'x-request-id': 'caller-42.a' });
      expect(res.headers.get('x-request-id'), path).toBe('caller-42.a');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('makes a new id for a request without one, or with one that is not a plain token', async () => {
    const a = await api.get('/v1/clusters');
    const b = await api.get('/v1/clusters', { 'x-request-id': 'has spaces <and> more' });
    const idA = a.headers.get('x-request-id');
    const idB = b.headers.get('x-request-id');
    expect(idA).toMatch(/^[\w.-]{8,}$/);
    expect(idB).toMatch(/^[\w.-]{8,}$/);
    expect(idB).not.toBe(idA);
  });
});
