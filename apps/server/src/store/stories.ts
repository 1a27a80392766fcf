import { sql, type Kysely } from 'kysely';
import type { Story } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { decodeCursor, page } from './cursor.js';
import { tsqueryOf, tsvectorOf } from './search.js';

function columnsOf(s: Story) {
  return {
    org_id: s.orgId,
    themes: s.themes,
    published_at: s.publishedAt,
    doc: JSON.stringify(s),
    search: tsvectorOf([
      ['A', s.title],
      ['B', s.summary],
      ['C', s.body],
    ]),
  };
}

export async function insertStory(db: Kysely<Database>, s: Story): Promise<boolean> {
  const r = await db
    .insertInto('stories')
    .values({ id: s.id, ...columnsOf(s) })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function replaceStory(db: Kysely<Database>, s: Story): Promise<void> {
  await db.updateTable('stories').set(columnsOf(s)).where('id', '=', s.id).execute();
}

export async function deleteStory(db: Kysely<Database>, id: string, orgId: string) {
  const r = await db
    .deleteFrom('stories')
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** One story; `lock`: row-locked until the transaction `db` ends. */
export async function getStory(
  db: Kysely<Database>,
  id: string,
  { lock = false } = {},
): Promise<Story | undefined> {
  const row = await db
    .selectFrom('stories')
    .select('doc')
    .where('id', '=', id)
    .$if(lock, (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row?.doc as Story | undefined;
}

/** Whether a story is public at `now`: its `publishedAt` has come (a later one is scheduled). */
export const isPublished = (story: Story, now: Date): boolean =>
  Date.parse(story.publishedAt) <= now.getTime();

export async function storyIdTaken(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom('stories').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function listStories(
  db: Kysely<Database>,
  p: {
    orgs?: string[] | undefined;
    themes?: string[] | undefined;
    /** Only stories told about this challenge (in their `challengeIds`). */
    challenge?: string | undefined;
    q?: string | undefined;
    lang?: string | undefined;
    limit: number;
    cursor?: string | undefined;
    /**
     * Only stories published by this time (ISO): a story with a later
     * `publishedAt` is scheduled and not public yet. Unset: every story.
     */
    publishedBy?: string | undefined;
    /** With `publishedBy`: this organisation's scheduled stories are listed too (its own staff). */
    viewer?: string | undefined;
  },
): Promise<{ data: Story[]; nextCursor: string | null }> {
  const tsq = p.q ? tsqueryOf(p.q, p.lang) : undefined;
  const rank = tsq ? sql<number>`ts_rank(search, ${tsq})::float8` : sql<number>`0::float8`;
  let q = db.selectFrom('stories').select(['id', 'doc', 'published_at']).select(rank.as('rank'));
  if (p.orgs?.length) q = q.where('org_id', 'in', p.orgs);
  if (p.publishedBy !== undefined) {
    const by = p.publishedBy;
    const viewer = p.viewer;
    const due = sql<boolean>`published_at <= ${by}::timestamptz`;
    q = q.where((eb) => (viewer === undefined ? due : eb.or([due, eb('org_id', '=', viewer)])));
  }
  if (p.themes?.length) q = q.where(sql<boolean>`themes && ${sql.val(p.themes)}::text[]`);
  if (p.challenge) {
    q = q.where(sql<boolean>`doc->'challengeIds' @> ${JSON.stringify([p.challenge])}::jsonb`);
  }
  if (tsq) q = q.where(sql<boolean>`search @@ ${tsq}`);
  if (p.cursor) {
    const [key, id] = decodeCursor(p.cursor, tsq ? 'rank' : 'time');
    q = tsq
      ? q.where(sql<boolean>`(${rank}, id) < (${Number(key)}::float8, ${id})`)
      : q.where(sql<boolean>`(published_at, id) < (${String(key)}::timestamptz, ${id})`);
  }
  q = tsq
    ? q.orderBy('rank', 'desc').orderBy('id', 'desc')
    : q.orderBy('published_at', 'desc').orderBy('id', 'desc');
  const rows = await q.limit(p.limit + 1).execute();
  const result = page(rows, p.limit, (r) =>
    tsq ? [Number(r.rank), r.id] : [new Date(r.published_at).toISOString(), r.id],
  );
  return { data: result.rows.map((r) => r.doc as Story), nextCursor: result.nextCursor };
}
