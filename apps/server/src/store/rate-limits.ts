/** The shared submission rate limit: one row per client address and its current window. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Counts a hit in `windowStart`'s window (a new window starts at 1); returns the count. */
export async function countHit(
  db: Kysely<Database>,
  address: string,
  windowStart: Date,
): Promise<number> {
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ address, window_start: windowStart, hits: 1 })
    .onConflict((oc) =>
      oc.column('address').doUpdateSet({
        hits: sql<number>`case when rate_limit_hits.window_start = excluded.window_start
          then rate_limit_hits.hits + 1 else 1 end`,
        window_start: sql<Date>`excluded.window_start`,
      }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

/** Forgets the addresses whose window ended before `before`. */
export async function forgetOldHits(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('window_start', '<', before).execute();
}
