/** The shared submission rate limit: one row per client address and its current window. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';

/** A hit to count: the client address and the start of its current window. */
export interface HitRow {
  address: string;
  windowStart: Date;
}

/**
 * The upsert that counts a hit in `windowStart`'s window (a new window starts
 * at 1), returning `hits`: alone (countHit), or as a CTE of a statement the
 * request sends anyway (the post's reads, store/submissions.ts).
 */
export function hitUpsert({ address, windowStart }: HitRow): RawBuilder<{ hits: number }> {
  return sql<{ hits: number }>`
    insert into rate_limit_hits (address, window_start, hits)
    values (${address}, ${windowStart}, 1)
    on conflict (address) do update set
      hits = case when rate_limit_hits.window_start = excluded.window_start
        then rate_limit_hits.hits + 1 else 1 end,
      window_start = excluded.window_start
    returning hits`;
}

/** Counts a hit in `windowStart`'s window (a new window starts at 1); returns the count. */
export async function countHit(
  db: Kysely<Database>,
  address: string,
  windowStart: Date,
): Promise<number> {
  const { rows } = await hitUpsert({ address, windowStart }).execute(db);
  return rows[0]!.hits;
}

/** Forgets the addresses whose window ended before `before`. */
export async function forgetOldHits(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('window_start', '<', before).execute();
}
