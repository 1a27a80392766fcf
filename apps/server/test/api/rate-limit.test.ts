import { describe, expect, it } from 'vitest';
import { clockAtWindowStart, openTestServer, startTestServer } from '../helpers/server.js';
import { client } from '../helpers/http.js';

import { idem, submissionInput } from '../helpers/factories.js';

const { server, api } = await openTestServer(
  { rateLimit: { max: 3, windowMs: 60_000 } },
  { clock: clockAtWindowStart(60_000) },
);

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

  it('counts refused posts too, and answers 429 before anything else', async () => {
    const own = await startTestServer(
      { rateLimit: { max: 2, windowMs: 60_000 } },
      { clock: clockAtWindowStart(60_000) },
    );
    try {
      const post = client(own.url).post;
      const { id } = await own.org();
      // Refused without the database (the schema), and after reading it (no such receiver).
      expect((await post('/v1/submissions', { orgId: id }, idem())).status).toBe(422);
      expect((await post('/v1/submissions', submissionInput('no-such-org'), idem())).status).toBe(
        422,
      );
      expect((await post('/v1/submissions', submissionInput(id), idem())).status).toBe(429);
      // Over the limit, a post without its Idempotency-Key hears 429, not 400.
      expect((await post('/v1/submissions', submissionInput(id), {})).status).toBe(429);
    } finally {
      await own.close();
    }
  });
});
