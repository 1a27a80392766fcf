import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';

import { idem, submissionInput } from '../helpers/factories.js';

const { server, api } = await openTestServer({ rateLimit: { max: 3, windowMs: 60_000 } });

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
