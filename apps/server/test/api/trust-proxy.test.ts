import { describe, expect, it } from 'vitest';
import { client } from '../helpers/http.js';
import { clockAtWindowStart, startTestServer } from '../helpers/server.js';
import { idem, submissionInput } from '../helpers/factories.js';

/** 40 posts, each with a new address the client wrote first and the one the proxy appended last. */
async function postForged(url: string, orgId: string, proxyAppended: string) {
  const api = client(url);
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) {
    const forged = `198.51.100.${i}`;
    const res = await api.post('/v1/submissions', submissionInput(orgId), {
      ...idem(),
      'x-forwarded-for': `${forged}, ${proxyAppended}`,
    });
    statuses.push(res.status);
  }
  return statuses;
}

describe('the client address behind a trusted proxy', () => {
  it.each([
    ['a hop count (TRUST_PROXY=1)', 1],
    ['a list of proxies (TRUST_PROXY=127.0.0.0/8,::1)', ['127.0.0.0/8', '::1']],
  ] as const)(
    'is the address the proxy appended, not the one the client forged, with %s',
    async (_, trustProxy) => {
      const server = await startTestServer(
        { rateLimit: { max: 30, windowMs: 60_000 }, trustProxy },
        { clock: clockAtWindowStart(60_000) },
      );
      try {
        const { id } = await server.org();
        const statuses = await postForged(server.url, id, '203.0.113.7');
        expect(statuses.filter((s) => s === 201)).toHaveLength(30);
        expect(statuses.slice(30)).toEqual(Array(10).fill(429));
        // Another real client, behind the same proxy, has a limit of its own.
        const other = await client(server.url).post('/v1/submissions', submissionInput(id), {
          ...idem(),
          'x-forwarded-for': '203.0.113.8',
        });
        expect(other.status).toBe(201);
      } finally {
        await server.close();
      }
    },
  );

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', async () => {
    const server = await startTestServer(
      { rateLimit: { max: 30, windowMs: 60_000 } },
      { clock: clockAtWindowStart(60_000) },
    );
    try {
      const { id } = await server.org();
      const statuses = await postForged(server.url, id, '203.0.113.9');
      expect(statuses.slice(30)).toEqual(Array(10).fill(429));
    } finally {
      await server.close();
    }
  });
});
