/**
 * How many statements one POST /v1/submissions sends to the database: each
 * is a round trip on a busy server, and under load the posts wait on them,
 * not on the database. The count is exact and the same on every run (the
 * store's own Kysely logs every statement, BEGIN and COMMIT included), so a
 * change that adds one fails here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/app.js';
import { openStore, type Store } from '../../src/store/open.js';
import { pglitePool } from '../../src/store/pglite-pool.js';
import { migrate } from '../../src/store/migrations.js';
import type { Database } from '../../src/store/schema.js';
import { systemClock } from '../../src/services/clock.js';
import { createOrganization } from '../../src/services/organizations.js';
import { createApiKey } from '../../src/services/keys.js';
import { SYSTEM } from '../../src/services/audit.js';
import { addStaff } from '../../src/services/staff.js';
import { setChallengeAssignee } from '../../src/store/inbox-actions.js';
import { silentLogger } from '../../src/ops/log.js';
import { ENGINE, letters } from '../helpers/server.js';
import { client, bearer } from '../helpers/http.js';
import { challengeInput, idem, submissionInput } from '../helpers/factories.js';

/** Every statement the app's store sends, in order. */
const statements: string[] = [];
const log = (event: { level: string; query: { sql: string } }) => {
  if (event.level === 'query') statements.push(event.query.sql.trim().split(/\s+/)[0]!);
};

/**
 * The engine under test, opened like openStore does but with a Kysely that
 * logs: PGlite in a temporary folder, or PostgreSQL in a schema of its own.
 */
async function countingStore(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (ENGINE === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `ep_test_${process.pid}_${letters(8)}`;
    const base = await openStore({ databaseUrl: url, schema, poolSize: 5 });
    await base.migrate();
    const pool = new pg.Pool({
      connectionString: url,
      options: `-c search_path=${schema}`,
      max: 5,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    return {
      store: { ...base, db },
      async cleanup() {
        await db.destroy();
        await base.close();
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = mkdtempSync(join(tmpdir(), 'ep-test-'));
  const lite = await PGlite.create(join(dir, 'pgdata'));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: pglitePool(lite) }),
    log,
  });
  await migrate(db);
  const store: Store = {
    db,
    engine: 'pglite',
    migrate: () => migrate(db),
    close: async () => {
      await db.destroy();
      await lite.close();
    },
    announceChange: () => Promise.resolve(),
    listenForChanges: () => Promise.resolve(() => Promise.resolve()),
  };
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const { store, cleanup } = await countingStore();
const app = createApp({
  store,
  clock: systemClock,
  log: silentLogger,
  options: { rateLimit: { max: 10_000, windowMs: 60_000 } },
});
let server: Server;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s),
    ) as Server;
  });
  api = client(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await cleanup();
});

async function newOrg() {
  const id = `${letters(3)}-${letters(8)}`;
  await createOrganization(store.db, systemClock, {
    id,
    kind: 'city',
    name: { en: `Test city ${id}` },
    country: 'SE',
    defaultLanguage: 'sv',
    entryPoint: { name: 'Entry Point', email: `entry@${id}.example` },
    allowedOrigins: [],
  });
  const { key } = await createApiKey(store.db, systemClock, id, undefined, SYSTEM);
  return { id, key };
}

/** The statements `send` made the app send. */
async function counted(send: () => Promise<{ status: number }>, status: number) {
  statements.length = 0;
  const res = await send();
  expect(res.status).toBe(status);
  return [...statements];
}

/**
 * Two: one query reads what the post needs (and counts the shared rate
 * limit's hit on PostgreSQL), one statement writes it all (no BEGIN/COMMIT:
 * a statement alone is its own transaction). It was 9 (10 on PostgreSQL),
 * and 12 (13) for a challenge.
 */
const read = ENGINE === 'postgres' ? 'with' : 'select';

describe('statements per POST /v1/submissions', () => {
  it('a new submission: one read, one write', async () => {
    const { id } = await newOrg();
    // The first post of a process may sweep old rate-limit windows: not counted.
    await api.post('/v1/submissions', submissionInput(id), idem());
    const sent = await counted(() => api.post('/v1/submissions', submissionInput(id), idem()), 201);
    expect(sent).toEqual([read, 'with']);
  });

  it('a replay of the same key: the same two, and the write stores nothing', async () => {
    const { id, key } = await newOrg();
    const headers = idem();
    const first = await api.post('/v1/submissions', submissionInput(id), headers);
    const sent = await counted(async () => {
      const again = await api.post('/v1/submissions', submissionInput(id), headers);
      expect(again.body).toEqual((first as { body: unknown }).body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      return again;
    }, 201);
    expect(sent).toEqual([read, 'with']);
    const inbox = await api.get('/v1/submissions', bearer(key));
    expect(inbox.body.data).toHaveLength(1);
  });

  it('for a challenge with a default assignee, who is mailed: the same two', async () => {
    const { id, key } = await newOrg();
    const made = await api.post('/v1/challenges', challengeInput(), bearer(key));
    expect(made.status).toBe(201);
    const anna = await addStaff(store.db, systemClock, {
      orgId: id,
      email: `anna@${id}.example`,
      role: 'handler',
      name: 'Anna',
    });
    await setChallengeAssignee(store.db, id, made.body.id, anna.staff.id);
    let reference = '';
    const sent = await counted(async () => {
      const res = await api.post(
        '/v1/submissions',
        submissionInput(id, { challengeId: made.body.id }),
        idem(),
      );
      reference = res.body.reference;
      return res;
    }, 201);
    expect(sent).toEqual([read, 'with']);
    const mails = await store.db
      .selectFrom('outbox')
      .select(['to_address', 'subject', 'text_body'])
      .where('subject', 'like', `%${reference}%`)
      .execute();
    expect(mails.map((m) => m.to_address)).toEqual([`anna@${id}.example`]);
    expect(mails[0]!.text_body).toContain(reference);
    expect(mails[0]!.text_body).toContain('Hållbar kollektivtrafik');
  });
});
