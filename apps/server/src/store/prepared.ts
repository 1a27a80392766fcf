/**
 * Prepared statements for the queries a server runs again and again.
 *
 * Kysely hands `pg` the SQL text and its parameters; `pg` then sends Parse,
 * Bind, Describe, Execute and Sync, and PostgreSQL parses, analyses and plans
 * the text every time. For the public reads planning costs more than running
 * the query (the challenge list: 0.1–0.4 ms planning, 0.08 ms execution). A
 * statement with a name is parsed once per connection (`pg` remembers which
 * names each connection has), and after five runs PostgreSQL may keep a
 * generic plan for it instead of planning each run again.
 *
 * This pool wraps `pg.Pool` and names a statement by its SQL text:
 * - only `select`, `insert`, `update`, `delete` and `with` (no DDL, no
 *   transaction control, no `listen`);
 * - only from its second run on, so a one-off (a migration's data fix, a
 *   report) never takes a name;
 * - at most `maxStatements` texts in all: queries whose text varies with their
 *   input (an `in (…)` list of any length) cannot make a connection keep
 *   statements without end. Texts beyond the cap run as before, unnamed.
 *
 * When the table under a prepared `select *` changes shape (another instance
 * migrated), PostgreSQL refuses to run the old statement ("cached plan must
 * not change result type"). The text then gets a new name, and outside a
 * transaction the query is run again at once, so the caller never sees it;
 * inside one the error stands, as any other, and the transaction fails.
 */
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/** The statements a name is given to (Kysely writes no comments before them). */
const PREPARABLE = /^\s*(?:select|insert|update|delete|with)\b/i;
/** The statements Kysely opens and closes a transaction with. */
const BEGINS = /^\s*(?:begin|start transaction)\b/i;
const ENDS = /^\s*(?:commit|rollback)\b/i;
/** PostgreSQL's refusal to run a prepared statement whose result type changed (plancache.c). */
const resultTypeChanged = (error: unknown) => {
  const e = error as { code?: string; routine?: string; message?: string };
  return (
    e.code === '0A000' &&
    (e.routine === 'RevalidateCachedQuery' ||
      e.message === 'cached plan must not change result type')
  );
};

export interface PreparedPoolOptions {
  /** Distinct SQL texts given a name, in all (default 500; 0 names none). */
  maxStatements?: number | undefined;
}

/** What the pool has named: for tests and diagnostics. */
export interface PreparedStats {
  /** Texts with a name now. */
  named: number;
  /** Names given out since the start (a text renamed after a shape change counts twice). */
  given: number;
}

export interface PreparedPool extends PostgresPool {
  stats(): PreparedStats;
}

export function preparedPool(pool: pg.Pool, options: PreparedPoolOptions = {}): PreparedPool {
  const maxStatements = options.maxStatements ?? 500;
  const names = new Map<string, string>();
  // Texts run once, waiting for their second run; emptied when it grows large.
  const seenOnce = new Set<string>();
  let given = 0;

  const nameFor = (text: string): string | undefined => {
    const name = names.get(text);
    if (name !== undefined || given >= maxStatements) return name;
    if (!seenOnce.has(text)) {
      if (!PREPARABLE.test(text)) return undefined;
      if (seenOnce.size >= 4 * maxStatements) seenOnce.clear();
      seenOnce.add(text);
      return undefined;
    }
    seenOnce.delete(text);
    const fresh = `ep_${(given++).toString(36)}`;
    names.set(text, fresh);
    return fresh;
  };

  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let inTransaction = false;
    const run = async (text: string, values: unknown[]) => {
      const name = nameFor(text);
      if (name === undefined) {
        if (BEGINS.test(text)) inTransaction = true;
        else if (ENDS.test(text)) inTransaction = false;
        return client.query(text, values);
      }
      try {
        return await client.query({ name, text, values });
      } catch (error) {
        if (!resultTypeChanged(error)) throw error;
        // Every connection that prepared the old name keeps it, unused, until it closes.
        if (names.get(text) === name) names.delete(text);
        if (inTransaction) throw error;
        return client.query(text, values);
      }
    };
    const wrapper = {
      query: (text: string, values: readonly unknown[]) => run(text, values as unknown[]),
      release: (error?: Error | boolean) => client.release(error),
    };
    return wrapper as unknown as PostgresPoolClient;
  };

  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
    stats: () => ({ named: names.size, given }),
  };
}
