/**
 * The PostgreSQL pool names the statements it runs again (store/prepared.ts):
 * checked in PostgreSQL's own `pg_prepared_statements` of the one connection
 * a pool of size 1 has. PGlite plans in-process and has no such pool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { ENGINE, letters } from '../helpers/server.js';
import { preparedPool, type PreparedPool } from '../../src/store/prepared.js';
import { openStore, type Store } from '../../src/store/open.js';
import * as reads from '../../src/services/reads.js';

const url = process.env.TEST_DATABASE_URL;
const onPostgres = ENGINE === 'postgres' && url !== undefined;

interface Prepared {
  statement: string;
  generic_plans: string | number;
  custom_plans: string | number;
}

describe.runIf(onPostgres)('prepared statements on PostgreSQL', () => {
  const schema = `ep_test_prep_${process.pid}_${letters(6)}`;
  let admin: pg.Client;
  let pool: PreparedPool;
  let db: Kysely<Record<string, never>>;
  // `table …` is not a statement the pool names, so looking does not change what is seen.
  const prepared = async () =>
    (await sql.raw<Prepared>('table pg_prepared_statements').execute(db)).rows;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.query(`create table ${schema}.t (id int primary key, name text)`);
    await admin.query(`insert into ${schema}.t values (1, 'one'), (2, 'two')`);
    pool = preparedPool(
      new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` }),
      { maxStatements: 3 },
    );
    db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  });

  afterAll(async () => {
    await db?.destroy();
    await admin?.query(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  it('names a statement from its second run on, and not DDL or a one-off', async () => {
    const byId = (id: number) => sql<{ name: string }>`select name from t where id = ${id}`;
    expect((await byId(1).execute(db)).rows).toEqual([{ name: 'one' }]);
    expect((await prepared()).map((p) => p.statement)).not.toContain(
      'select name from t where id = $1',
    );
    expect((await byId(2).execute(db)).rows).toEqual([{ name: 'two' }]);
    for (let i = 0; i < 6; i++) await byId(1).execute(db);
    const named = (await prepared()).find(
      (p) => p.statement === 'select name from t where id = $1',
    );
    // Run eight times in all: named on the second, then served from the statement.
    expect(named).toBeDefined();
    expect(Number(named!.generic_plans) + Number(named!.custom_plans)).toBe(7);

    await sql`create index t_name on t (name)`.execute(db);
    await sql`drop index t_name`.execute(db);
    await sql`create index t_name on t (name)`.execute(db);
    await sql`select count(*) from t where name <> ${'x'} and id > 0`.execute(db);
    const texts = (await prepared()).map((p) => p.statement);
    expect(texts.some((t) => t.includes('index'))).toBe(false);
    expect(texts.some((t) => t.includes('count(*)'))).toBe(false);
  });

  it('gives at most maxStatements names, and runs the rest unnamed', async () => {
    for (let n = 0; n < 5; n++) {
      for (let run = 0; run < 3; run++) {
        const rows = (
          await sql.raw<{ n: number }>(`select ${n}::int as n from t where id = 1`).execute(db)
        ).rows;
        expect(rows).toEqual([{ n }]);
      }
    }
    expect(pool.stats().given).toBe(3);
    expect(await prepared()).toHaveLength(3);
  });

  it('prepares nothing with maxStatements 0', async () => {
    const none = new Kysely<Record<string, never>>({
      dialect: new PostgresDialect({
        pool: preparedPool(
          new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` }),
          { maxStatements: 0 },
        ),
      }),
    });
    try {
      for (let i = 0; i < 3; i++) await sql`select name from t where id = ${1}`.execute(none);
      expect((await sql.raw('table pg_prepared_statements').execute(none)).rows).toEqual([]);
    } finally {
      await none.destroy();
    }
  });

  it('answers after the table under a prepared select * changed shape', async () => {
    const fresh = new Kysely<Record<string, never>>({
      dialect: new PostgresDialect({
        pool: preparedPool(
          new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` }),
        ),
      }),
    });
    try {
      const all = () =>
        sql<Record<string, unknown>>`select * from t where id = ${1}`.execute(fresh);
      for (let i = 0; i < 3; i++) expect((await all()).rows).toEqual([{ id: 1, name: 'one' }]);
      // Another instance migrates: PostgreSQL refuses the old statement's result type.
      await admin.query(`alter table ${schema}.t add column extra int default 7`);
      expect((await all()).rows).toEqual([{ id: 1, name: 'one', extra: 7 }]);
      expect((await all()).rows).toEqual([{ id: 1, name: 'one', extra: 7 }]);
    } finally {
      await fresh.destroy();
      await admin.query(`alter table ${schema}.t drop column extra`);
    }
  });
});

describe.runIf(onPostgres)('the challenge list on PostgreSQL', () => {
  let store: Store;
  const schema = `ep_test_prep_list_${process.pid}_${letters(6)}`;

  beforeAll(async () => {
    store = await openStore({ databaseUrl: url, schema, poolSize: 1 });
    await store.migrate();
  });

  afterAll(async () => {
    await store?.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it('is planned once per connection: its first page has no parameters', async () => {
    const query = { limit: 20 } as Parameters<typeof reads.listChallenges>[1];
    for (let i = 0; i < 8; i++) {
      expect(await reads.listChallenges(store.db, query, undefined)).toEqual({
        json: [],
        nextCursor: null,
      });
    }
    const rows = (await sql.raw<Prepared>('table pg_prepared_statements').execute(store.db)).rows;
    const list = rows.find((r) => r.statement.includes('limit 21'));
    expect(Number(list?.custom_plans)).toBe(0);
    expect(Number(list?.generic_plans)).toBe(7);
  });
});
