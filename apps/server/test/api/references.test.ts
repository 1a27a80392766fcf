/**
 * Submission references (`NOR-2026-0001`) are unique across owners, though
 * their prefix is only the first letters of the owner's id: owners whose ids
 * start alike share the prefix's numbers.
 */
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { systemClock } from '../../src/services/clock.js';
import { createOrganization } from '../../src/services/organizations.js';
import { submit } from '../../src/services/submissions.js';
import { SubmissionInput } from '@entrypoint/sdk';
import { idem, submissionInput } from '../helpers/factories.js';
import { letters, openTestServer, openTestStore } from '../helpers/server.js';

const { server, api } = await openTestServer();
const year = new Date().getUTCFullYear();

describe('references', () => {
  it('stay unique when two owners share the first three letters of their ids', async () => {
    const tail = letters(6);
    const malmo = await server.org({ id: `malmo-${tail}` });
    const malmoe = await server.org({ id: `malmoe-${tail}` });
    const first = await api.post('/v1/submissions', submissionInput(malmo.id), idem());
    const second = await api.post('/v1/submissions', submissionInput(malmoe.id), idem());
    const third = await api.post(
      '/v1/submissions',
      submissionInput(malmo.id, { title: 'A second idea' }),
      idem(),
    );
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    expect([first.body.reference, second.body.reference, third.body.reference]).toEqual([
      `MAL-${year}-0001`,
      `MAL-${year}-0002`,
      `MAL-${year}-0003`,
    ]);
  });
});

describe('migration 4 (numbers per prefix)', () => {
  const opened: { cleanup(): Promise<void> }[] = [];
  afterAll(() => Promise.all(opened.map((s) => s.cleanup())));

  it('goes on from the numbers each owner had reached', async () => {
    const { store, cleanup } = await openTestStore();
    opened.push({ cleanup });
    // A store as version 3 left it, with NOR-…-0007 taken under the old counters.
    await sql`create table schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`.execute(
      store.db,
    );
    for (const m of MIGRATIONS.filter((m) => m.version <= 3)) {
      for (const statement of m.up.split(/;\s*$/m))
        if (statement.trim()) await sql.raw(statement).execute(store.db);
      await sql`insert into schema_migrations (version, name) values (${m.version}, ${m.name})`.execute(
        store.db,
      );
    }
    const id = `norrhamn-${letters(6)}`;
    await createOrganization(store.db, systemClock, {
      id,
      kind: 'city',
      name: { sv: 'Norrhamn' },
      country: 'SE',
      defaultLanguage: 'sv',
      entryPoint: { name: 'Entry Point', email: 'entry@norrhamn.example' },
      allowedOrigins: [],
    });
    await sql`insert into submission_counters (org_id, year, last) values (${id}, ${year}, 7)`.execute(
      store.db,
    );
    await sql`insert into submissions (id, org_id, reference, status, created_at, updated_at, doc)
      values ('old-one', ${id}, ${`NOR-${year}-0007`}, 'received', now(), now(), '{}'::jsonb)`.execute(
      store.db,
    );

    // Migration 4, and any added after it.
    expect(await store.migrate()).toEqual(
      MIGRATIONS.filter((m) => m.version >= 4).map((m) => m.version),
    );
    const { receipt } = await submit(store.db, systemClock, {
      input: SubmissionInput.parse(submissionInput(id)),
      idempotencyKey: idem()['idempotency-key'],
      source: { origin: null, page: null },
    });
    expect(receipt.reference).toBe(`NOR-${year}-0008`);
  });
});
