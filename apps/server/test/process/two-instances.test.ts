/**
 * Two server processes on one PostgreSQL database (when TEST_DATABASE_URL is
 * set), as behind a load balancer: they migrate together under the advisory
 * lock, a write through one shows on the other within 250 ms although each
 * keeps a read cache, the submission rate limit holds across both, and status
 * moves sent through both at once are decided once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { assertBuilt, cli, orgsCreateArgs, startServer, type Running } from '../helpers/process.js';
import { bearer, client } from '../helpers/http.js';
import { letters } from '../helpers/server.js';
import { challengeInput, idem, submissionInput } from '../helpers/factories.js';

const base = process.env.TEST_DATABASE_URL;
const schema = `ep_two_${process.pid}_${letters(6)}`;
const url = base
  ? `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  : '';
/** The contract: a change is visible on every instance this soon after the write was answered. */
const PROPAGATION_MS = 250;
const servers: Running[] = [];

async function sql(text: string) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  if (!base) return;
  assertBuilt();
  await sql(`create schema ${schema}`);
  // Both start at once on the empty schema: the migrations take turns under the advisory lock.
  const env = {
    DATABASE_URL: url,
    // Without notifications a cached answer would be served this long.
    READ_CACHE_MS: '10000',
    RATE_LIMIT_MAX: '10',
    LOG_LEVEL: 'warn',
  };
  servers.push(...(await Promise.all([startServer(env), startServer(env)])));
});

afterAll(async () => {
  if (!base) return;
  await Promise.all(
    servers.map(async (s) => {
      if (s.proc.exitCode === null) s.proc.kill('SIGTERM');
      await s.exited;
    }),
  );
  await sql(`drop schema if exists ${schema} cascade`);
});

async function newOrg() {
  const id = `${letters(3)}-${letters(6)}`;
  const created = await cli(orgsCreateArgs(id), { DATABASE_URL: url });
  expect(created.code).toBe(0);
  const keyed = await cli(['keys', 'create', '--org', id], { DATABASE_URL: url });
  expect(keyed.code).toBe(0);
  return { id, key: keyed.stdout.trim().split('\n').pop()! };
}

/** Polls `read` until `done` holds; resolves to the milliseconds it took. */
async function timeUntil<T>(read: () => Promise<T>, done: (value: T) => boolean) {
  const started = performance.now();
  for (;;) {
    if (done(await read())) return performance.now() - started;
    if (performance.now() - started > 5000) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.skipIf(!base)('two server processes on one PostgreSQL database', () => {
  it('both started on one empty schema, and migrated it once', async () => {
    expect(servers).toHaveLength(2);
    const [a, b] = servers.map((s) => client(s.url));
    expect((await a!.get('/healthz')).body.engine).toBe('postgres');
    expect((await b!.get('/healthz')).body.engine).toBe('postgres');
  });

  it(`shows a write through one on the other within ${PROPAGATION_MS} ms, though the other cached the old answer`, async () => {
    const { id: orgId, key } = await newOrg();
    const [a, b] = servers.map((s) => client(s.url));
    const created = await a!.post(
      '/v1/challenges',
      challengeInput({ title: { en: 'Quiet harbour' } }),
      bearer(key),
    );
    expect(created.status).toBe(201);
    const list = `/v1/challenges?org=${orgId}`;
    const titleOn = async () => (await b!.get(list)).body.data[0]?.title.en as string | undefined;
    // B has the list in its read cache now, and would serve it for 10 s.
    expect(await titleOn()).toBe('Quiet harbour');
    expect(await titleOn()).toBe('Quiet harbour');

    for (let round = 0; round < 5; round++) {
      const title = `Quiet harbour ${round}`;
      const patched = await a!.patch(
        `/v1/challenges/${created.body.id}`,
        { title: { en: title } },
        bearer(key),
      );
      expect(patched.status).toBe(200);
      const ms = await timeUntil(titleOn, (t) => t === title);
      expect(ms).toBeLessThan(PROPAGATION_MS);
    }
  });

  it('shows an organisation the CLI created on both at once', async () => {
    const [a, b] = servers.map((s) => client(s.url));
    const ids = async (api: ReturnType<typeof client>) =>
      ((await api.get('/v1/organizations?limit=100')).body.data as { id: string }[]).map(
        (o) => o.id,
      );
    await ids(a!);
    await ids(b!);
    const { id } = await newOrg();
    expect(
      await timeUntil(
        () => ids(a!),
        (list) => list.includes(id),
      ),
    ).toBeLessThan(PROPAGATION_MS);
    expect(
      await timeUntil(
        () => ids(b!),
        (list) => list.includes(id),
      ),
    ).toBeLessThan(PROPAGATION_MS);
  });

  it('holds the submission rate limit across both: 10 per address, not 10 per instance', async () => {
    const { id } = await newOrg();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const api = client(servers[i % 2]!.url);
      statuses.push((await api.post('/v1/submissions', submissionInput(id), idem())).status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual(Array(10).fill(429));
  });

  it('decides status moves sent through both at once once', async () => {
    // A new window for this test's submissions.
    await sql(`delete from ${schema}.rate_limit_hits`);
    const { id, key } = await newOrg();
    const [a, b] = servers.map((s) => client(s.url));
    for (let round = 0; round < 4; round++) {
      const receipt = await a!.post('/v1/submissions', submissionInput(id), idem());
      expect(receipt.status).toBe(201);
      const path = `/v1/submissions/${receipt.body.id}`;
      expect((await b!.patch(path, { status: 'in-review' }, bearer(key))).status).toBe(200);
      const answers = await Promise.all([
        a!.patch(path, { status: 'accepted' }, bearer(key)),
        b!.patch(path, { status: 'declined', message: 'Not for us, sorry.' }, bearer(key)),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    }
  });
});
