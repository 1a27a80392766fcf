/**
 * Opens the store on one of two engines behind one Kysely query layer:
 * PGlite in a data folder (the default: nothing to install), or PostgreSQL
 * through a `pg` pool when a connection URL is given.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pglitePool } from './pglite-pool.js';
import { migrate } from './migrations.js';
import type { Database } from './schema.js';

export type Engine = 'pglite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** Applies pending migrations; returns the versions applied. */
  migrate(): Promise<number[]>;
  /** Waits for running queries and closes the engine (PGlite flushes to disk). */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL connection URL; when absent, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The data folder; PGlite keeps its files in `pgdata/` inside it. */
  dataDir?: string | undefined;
  /** PostgreSQL only: a schema to work in (created when missing), e.g. one per test run. */
  schema?: string | undefined;
  /** PostgreSQL only: the pool's size. */
  poolSize?: number | undefined;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  if (!options.dataDir) throw new Error('openStore needs a databaseUrl or a dataDir');
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<Store> {
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = join(dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  const lite = await PGlite.create(dir);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(lite) }) });
  return {
    db,
    engine: 'pglite',
    migrate: () => migrate(db),
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}

async function openPostgres(url: string, options: StoreOptions): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Invalid schema name: ${schema}`);
  }
  if (schema) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Fail now, with the reason, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    migrate: () => migrate(db),
    async close() {
      await db.destroy();
    },
  };
}
