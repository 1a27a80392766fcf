/**
 * The submission preflight cannot know the receiver (it has no body), so it
 * passes for every origin, and the POST decides: a refusal is a 403 problem
 * the page may read (it carries Access-Control-Allow-Origin), so the form can
 * say what is wrong instead of "the connection dropped".
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { idem, submissionInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

const preflight = (origin: string, path = '/v1/submissions') =>
  api.call('OPTIONS', path, undefined, {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type, idempotency-key',
  });

describe('CORS preflights', () => {
  it('lets the submission preflight of any origin through, echoing it, and the POST decides', async () => {
    const { id } = await server.org({ allowedOrigins: ['https://www.one.example'] });
    for (const origin of ['https://nobody-allows-this.example', 'https://www.one.example']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
      expect(res.headers.get('vary')).toBe('Origin');
    }
    const refused = await api.post('/v1/submissions', submissionInput(id), {
      ...idem(),
      origin: 'https://nobody-allows-this.example',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('origin-not-allowed');
    // Readable by the page that tried: the form can say why.
    expect(refused.headers.get('access-control-allow-origin')).toBe(
      'https://nobody-allows-this.example',
    );
    expect(refused.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    const allowed = await api.post('/v1/submissions', submissionInput(id), {
      ...idem(),
      origin: 'https://www.one.example',
    });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.one.example');
  });

  it('answers other preflights for every origin (reads, and admin calls with bearer keys)', async () => {
    const res = await preflight('https://anywhere.example', '/v1/challenges');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
