import { sql, type Kysely } from 'kysely';
import type { Challenge } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { decodeCursor, page, type RawList } from './cursor.js';
import { tsqueryOf, tsvectorOf } from './search.js';

export interface ChallengeQuery {
  orgs?: string[] | undefined;
  statuses?: string[] | undefined;
  themes?: string[] | undefined;
  q?: string | undefined;
  lang?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  /** Drafts are never public; an owner's key sees its own. */
  draftsOf?: string | undefined;
}

function searchOf(c: Challenge) {
  return tsvectorOf([
    ['A', c.title],
    ['B', c.summary],
    ['C', c.need],
    ['C', c.vision],
    ['C', c.opportunity],
    ['D', c.cpvCodes],
    ['D', c.location?.name],
  ]);
}

function columnsOf(c: Challenge) {
  return {
    org_id: c.orgId,
    status: c.status,
    themes: c.themes,
    published_at: c.publishedAt,
    sort_at: c.publishedAt ?? c.updatedAt,
    updated_at: c.updatedAt,
    doc: JSON.stringify(c),
    search: searchOf(c),
  };
}

export async function insertChallenge(db: Kysely<Database>, c: Challenge): Promise<boolean> {
  const result = await db
    .insertInto('challenges')
    .values({ id: c.id, ...columnsOf(c) })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function replaceChallenge(db: Kysely<Database>, c: Challenge): Promise<void> {
  await db.updateTable('challenges').set(columnsOf(c)).where('id', '=', c.id).execute();
}

export async function deleteChallenge(db: Kysely<Database>, id: string, orgId: string) {
  const r = await db
    .deleteFrom('challenges')
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function getChallenge(
  db: Kysely<Database>,
  id: string,
): Promise<Challenge | undefined> {
  const row = await db
    .selectFrom('challenges')
    .select('doc')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.doc as Challenge | undefined;
}

/** One challenge as stored JSON text, with the fields the route checks. */
export async function getChallengeJson(
  db: Kysely<Database>,
  id: string,
): Promise<{ json: string; orgId: string; status: string } | undefined> {
  const row = await db
    .selectFrom('challenges')
    .select(['org_id', 'status'])
    .select(sql<string>`doc::text`.as('json'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { json: row.json, orgId: row.org_id, status: row.status } : undefined;
}

export async function challengeIdTaken(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('challenges')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listChallenges(db: Kysely<Database>, p: ChallengeQuery): Promise<RawList> {
  const tsq = p.q ? tsqueryOf(p.q, p.lang) : undefined;
  const rank = tsq ? sql<number>`ts_rank(search, ${tsq})::float8` : sql<number>`0::float8`;
  // The stored JSON as text: the answer is assembled without parsing and re-serialising it.
  let q = db
    .selectFrom('challenges')
    .select(['id', 'sort_at'])
    .select(sql<string>`doc::text`.as('json'))
    .select(rank.as('rank'));
  q = p.draftsOf
    ? q.where((eb) => eb.or([eb('status', '<>', 'draft'), eb('org_id', '=', p.draftsOf!)]))
    : q.where('status', '<>', 'draft');
  if (p.orgs?.length) q = q.where('org_id', 'in', p.orgs);
  if (p.statuses?.length) q = q.where('status', 'in', p.statuses);
  if (p.themes?.length) q = q.where(sql<boolean>`themes && ${sql.val(p.themes)}::text[]`);
  if (tsq) q = q.where(sql<boolean>`search @@ ${tsq}`);
  if (p.cursor) {
    const [key, id] = decodeCursor(p.cursor);
    q = tsq
      ? q.where(sql<boolean>`(${rank}, id) < (${Number(key)}::float8, ${id})`)
      : q.where(sql<boolean>`(sort_at, id) < (${String(key)}::timestamptz, ${id})`);
  }
  q = tsq
    ? q.orderBy('rank', 'desc').orderBy('id', 'desc')
    : q.orderBy('sort_at', 'desc').orderBy('id', 'desc');
  const rows = await q.limit(p.limit + 1).execute();
  const result = page(rows, p.limit, (r) =>
    tsq ? [Number(r.rank), r.id] : [new Date(r.sort_at).toISOString(), r.id],
  );
  return { json: result.rows.map((r) => r.json), nextCursor: result.nextCursor };
}
