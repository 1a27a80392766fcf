import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { client } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';

let server: TestServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  server = await startTestServer({ rateLimit: { max: 3, windowMs: 60_000 } });
  api = client(server.url);
});
afterAll(() => server.close());

describe('the rate limit on submissions', () => {
  it('answers 429 with Retry-After once a client address sends too many', async () => {
    const { id } = await server.org();
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await api.post('/v1/submissions', submissionInput(id), idem())).status);
    }
    expect(statuses).toEqual([201, 201, 201]);
    const limited = await api.post('/v1/submissions', submissionInput(id), idem());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Reads are not limited.
    expect((await api.get('/v1/challenges')).status).toBe(200);
  });
});
