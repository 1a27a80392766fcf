/**
 * PGlite behind Kysely's PostgreSQL dialect.
 *
 * PGlite is one connection to one single-user PostgreSQL. Kysely's
 * `PostgresDialect` only needs a pool with `connect()` → client with
 * `query(sql, params)` and `release()`, so this adapter hands out that one
 * connection to one holder at a time (a FIFO mutex). A transaction keeps the
 * connection from BEGIN to COMMIT, so nothing else interleaves with it, which
 * gives PGlite the same isolation that separate pool connections give on
 * PostgreSQL. Everything above this file (SQL, migrations, services) is shared.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

class Mutex {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

export function pglitePool(db: PGlite): PostgresPool {
  const mutex = new Mutex();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const release = await mutex.acquire();
      let released = false;
      const client = {
        async query<R>(sqlText: string, parameters: readonly unknown[]) {
          const result = await db.query<R>(sqlText, parameters as unknown[]);
          return {
            command: ((result as { command?: string }).command ??
              'SELECT') as PostgresQueryResult<R>['command'],
            rowCount: result.affectedRows ?? result.rows.length,
            rows: result.rows,
          };
        },
        release() {
          if (released) return;
          released = true;
          release();
        },
      };
      return client as unknown as PostgresPoolClient;
    },
    async end() {
      // The owner of the PGlite instance closes it (see openStore).
    },
  };
}
