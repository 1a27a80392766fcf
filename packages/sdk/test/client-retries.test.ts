// What the client retries, what it does not, and how it gives up: timeouts
// and aborts. Against a real HTTP server; no assertions on wall-clock time.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  createLiteClient,
  EntrypointError,
  NetworkError,
  parseRetryAfter,
  RateLimitError,
  TimeoutError,
} from '../src/index.js';
import { challenge, organization, receipt, submissionInput } from './factories.js';
import { startServer, type Reply, type TestServer } from './server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const unavailable = (retryAfter?: string): Reply => ({
  status: 503,
  headers: {
    'content-type': 'application/problem+json',
    ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
  },
  body: { type: 'about:blank', title: 'Service Unavailable', status: 503 },
});

// Both clients retry, time out and abort alike: each test runs on each.
describe.each([
  ['createClient', createClient],
  ['createLiteClient', createLiteClient],
] as const)('%s', (_name, make) => {
  describe('retries', () => {
    it('retries a GET after a 503 with Retry-After, then succeeds', async () => {
      server.route('GET /v1/challenges/c1', (_req, n) =>
        n === 1 ? unavailable('1') : { body: challenge({ id: 'c1' }) },
      );
      const client = make({ baseUrl: server.url });
      expect((await client.challenges.get('c1')).id).toBe('c1');
      expect(server.seen).toHaveLength(2);
    });

    it('retries a GET after 502 and 504 with backoff, up to the limit', async () => {
      server.route('GET /v1/organizations', (_req, n) =>
        n === 1
          ? { status: 502 }
          : n === 2
            ? { status: 504 }
            : { body: { data: [organization()], nextCursor: null } },
      );
      const client = make({ baseUrl: server.url, retry: { limit: 2 } });
      expect((await client.organizations.list()).data).toHaveLength(1);
      expect(server.seen).toHaveLength(3);
    });

    it('gives up after the retry limit with the last error', async () => {
      server.route('GET /v1/organizations', unavailable('0'));
      const client = make({ baseUrl: server.url, retry: 1 });
      const error = await client.organizations.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EntrypointError);
      expect((error as EntrypointError).status).toBe(503);
      expect(server.seen).toHaveLength(2);
    });

    it('retries a GET whose connection broke', async () => {
      server.route('GET /v1/organizations/norrhamn', (_req, n) =>
        n === 1 ? { destroy: true } : { body: organization() },
      );
      const client = make({ baseUrl: server.url });
      expect((await client.organizations.get('norrhamn')).id).toBe('norrhamn');
      expect(server.seen).toHaveLength(2);
    });

    it('does not retry a POST without an idempotency key', async () => {
      server.route('POST /v1/challenges', unavailable('0'));
      const client = make({ baseUrl: server.url, apiKey: 'k', retry: 3 });
      const { id: _i, orgId: _o, publishedAt: _p, updatedAt: _u, ...input } = challenge();
      const error = await client.challenges.create(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EntrypointError);
      expect((error as EntrypointError).status).toBe(503);
      expect(server.seen).toHaveLength(1);
    });

    it('does not retry a POST without a key whose connection broke', async () => {
      server.route('POST /v1/stories', { destroy: true });
      const client = make({ baseUrl: server.url, apiKey: 'k', retry: 3 });
      const error = await client.stories
        .create({ title: { en: 'T' }, summary: { en: 'S' }, body: { en: 'B' } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(server.seen).toHaveLength(1);
    });

    it('retries submissions.create with the same idempotency key', async () => {
      server.route('POST /v1/submissions', (_req, n) =>
        n === 1 ? unavailable('0') : n === 2 ? { destroy: true } : { status: 201, body: receipt() },
      );
      const client = make({ baseUrl: server.url });
      expect(await client.submissions.create(submissionInput())).toEqual(receipt());
      expect(server.seen).toHaveLength(3);
      const keys = server.seen.map((r) => r.headers['idempotency-key']);
      expect(keys[0]).toBeTruthy();
      expect(new Set(keys).size).toBe(1);
      expect(new Set(server.seen.map((r) => r.body)).size).toBe(1);
    });

    it('retries a 429 after its Retry-After', async () => {
      server.route('GET /v1/challenges', (_req, n) =>
        n === 1
          ? { status: 429, headers: { 'retry-after': '0' } }
          : { body: { data: [], nextCursor: null } },
      );
      const client = make({ baseUrl: server.url });
      expect((await client.challenges.list()).data).toEqual([]);
      expect(server.seen).toHaveLength(2);
    });

    it('does not wait for a Retry-After longer than maxRetryAfter, and says how long to wait', async () => {
      server.route('GET /v1/challenges', { status: 429, headers: { 'retry-after': '120' } });
      const client = make({ baseUrl: server.url, retry: { limit: 3, maxRetryAfter: 5_000 } });
      const error = await client.challenges.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBe(120);
      expect(server.seen).toHaveLength(1);
    });

    it('does not retry a 4xx other than 429', async () => {
      server.route('GET /v1/challenges/gone', { status: 404 });
      const client = make({ baseUrl: server.url, retry: 3 });
      await expect(client.challenges.get('gone')).rejects.toBeInstanceOf(EntrypointError);
      expect(server.seen).toHaveLength(1);
    });

    it('does not retry with retry: 0', async () => {
      server.route('GET /v1/challenges', unavailable('0'));
      const client = make({ baseUrl: server.url, retry: 0 });
      await expect(client.challenges.list()).rejects.toBeInstanceOf(EntrypointError);
      expect(server.seen).toHaveLength(1);
    });
  });

  describe('timeout', () => {
    it('gives up with a TimeoutError when no answer arrives in time, without retrying', async () => {
      server.route('GET /v1/challenges', { delayMs: 5_000, body: { data: [], nextCursor: null } });
      // Far below the server's delay, far above the time a request takes to arrive.
      const client = make({ baseUrl: server.url, timeout: 500, retry: 3 });
      const error = await client.challenges.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as TimeoutError).status).toBe(0);
      expect(server.seen).toHaveLength(1);
    });
  });

  describe('abort', () => {
    it('rejects with the AbortError of the signal when aborted in flight, and does not retry', async () => {
      server.route('GET /v1/challenges', { delayMs: 5_000, body: { data: [], nextCursor: null } });
      const client = make({ baseUrl: server.url, retry: 3 });
      const controller = new AbortController();
      const pending = client.challenges.list({}, { signal: controller.signal });
      await waitFor(() => server.seen.length === 1);
      controller.abort();
      const error = await pending.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DOMException);
      expect((error as DOMException).name).toBe('AbortError');
      expect(error).toBe(controller.signal.reason);
      expect(server.seen).toHaveLength(1);
    });

    it('rejects with the reason given to abort()', async () => {
      server.route('POST /v1/submissions', { delayMs: 5_000, status: 201, body: receipt() });
      const client = make({ baseUrl: server.url });
      const controller = new AbortController();
      const reason = new Error('The person left the page');
      const pending = client.submissions.create(submissionInput(), { signal: controller.signal });
      await waitFor(() => server.seen.length === 1);
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
    });

    it('stops waiting between retries when aborted', async () => {
      server.route('GET /v1/challenges', unavailable('30'));
      const client = make({ baseUrl: server.url, retry: 3 });
      const controller = new AbortController();
      const pending = client.challenges.list({}, { signal: controller.signal });
      await waitFor(() => server.seen.length === 1);
      controller.abort();
      const error = await pending.catch((e: unknown) => e);
      expect((error as DOMException).name).toBe('AbortError');
      expect(server.seen).toHaveLength(1);
    });

    it('sends nothing when the signal is already aborted', async () => {
      const client = make({ baseUrl: server.url });
      const error = await client.organizations
        .list({}, { signal: AbortSignal.abort() })
        .catch((e: unknown) => e);
      expect((error as DOMException).name).toBe('AbortError');
      expect(server.seen).toHaveLength(0);
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error('Timed out waiting for the server');
}
