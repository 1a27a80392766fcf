/**
 * Opens the store on one of two engines behind one Kysely query layer:
 * PGlite in a data folder (the default: nothing to install), or PostgreSQL
 * through a `pg` pool when a connection URL is given.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { pglitePool } from './pglite-pool.js';
import { preparedPool } from './prepared.js';
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
  /**
   * Tells every instance on the database that public content changed, so each
   * empties its read cache (PostgreSQL: `NOTIFY`; PGlite has one process: nothing to tell).
   */
  announceChange(): Promise<void>;
  /**
   * Calls `onChange` for every change announced on the database (also this
   * instance's own), and once more after the listening connection was lost
   * and made again. Resolves to a function that stops listening.
   */
  listenForChanges(
    onChange: () => void,
    onError?: (error: Error) => void,
  ): Promise<() => Promise<void>>;
}

/** The channel of `announceChange`; the payload is the schema, so stores in other schemas ignore it. */
export const CHANGES_CHANNEL = 'entrypoint_changes';

export interface StoreOptions {
  /** PostgreSQL connection URL; when absent, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The data folder; PGlite keeps its files in `pgdata/` inside it. */
  dataDir?: string | undefined;
  /** PostgreSQL only: a schema to work in (created when missing), e.g. one per test run. */
  schema?: string | undefined;
  /** PostgreSQL only: the pool's size. */
  poolSize?: number | undefined;
  /** PostgreSQL only: SQL texts the pool may prepare (store/prepared.ts; default 500, 0 none). */
  preparedStatements?: number | undefined;
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
    announceChange: () => Promise.resolve(),
    listenForChanges: () => Promise.resolve(() => Promise.resolve()),
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
  const connection = {
    connectionString: url,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 10 });
  // Fail now, with the reason, rather than at the first request.
  const probe = await pool.connect();
  let currentSchema: string;
  try {
    const result = await probe.query<{ schema: string }>('select current_schema() as schema');
    currentSchema = result.rows[0]?.schema ?? 'public';
  } finally {
    probe.release();
  }
  // The hot reads as prepared statements (store/prepared.ts); PGlite plans in-process and skips this.
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: preparedPool(pool, { maxStatements: options.preparedStatements }),
    }),
  });
  return {
    db,
    engine: 'postgres',
    migrate: () => migrate(db),
    async close() {
      await db.destroy();
    },
    async announceChange() {
      await sql`select pg_notify(${CHANGES_CHANNEL}, ${currentSchema})`.execute(db);
    },
    listenForChanges: (onChange, onError) => listen(connection, currentSchema, onChange, onError),
  };
}

/**
 * `LISTEN` on a connection of its own (a pooled one would be handed to other
 * queries). When it is lost, it is made again after a second, and `onChange`
 * runs once: a change may have been announced while nobody listened.
 */
async function listen(
  connection: pg.ClientConfig,
  schema: string,
  onChange: () => void,
  onError: (error: Error) => void = () => {},
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client(connection);
    c.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload === schema) onChange();
    });
    const lost = (error?: Error) => {
      if (client !== c || stopped) return;
      client = undefined;
      if (error) onError(error);
      c.removeAllListeners('error');
      c.on('error', () => {});
      void c.end().catch(() => {});
      retry = setTimeout(() => {
        connect().then(onChange, (e: unknown) => lost(e as Error));
      }, 1000);
      retry.unref();
    };
    client = c;
    c.on('error', (error) => lost(error));
    c.on('end', () => lost(new Error('The LISTEN connection ended')));
    await c.connect();
    await c.query(`listen ${CHANGES_CHANNEL}`);
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const c = client;
    client = undefined;
    await c?.end();
  };
}
