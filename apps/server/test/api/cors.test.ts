/**
 * The submission preflight cannot know the receiver (it has no body), so it is
 * answered for any origin some organisation allows. Here every organisation
 * restricts its origins, so an unknown origin is refused at the preflight.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';

const { server, api } = await openTestServer();

const preflight = (origin: string, path = '/v1/submissions') =>
  api.call('OPTIONS', path, undefined, {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type, idempotency-key',
  });

describe('CORS preflights', () => {
  it('refuses the submission preflight of an origin no organisation allows, and allows a listed one', async () => {
    await server.org({ allowedOrigins: ['https://www.one.example'] });
    const refused = await preflight('https://nobody-allows-this.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await preflight('https://www.one.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.one.example');
    expect(allowed.headers.get('vary')).toBe('Origin');
  });

  it('answers other preflights for every origin (reads, and admin calls with bearer keys)', async () => {
    const res = await preflight('https://anywhere.example', '/v1/challenges');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
