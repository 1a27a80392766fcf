import { sql, type Kysely, type RawBuilder } from 'kysely';
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
  };
}

/*
 * A challenge is written to two tables in one statement (a data-modifying
 * CTE, so it is atomic without a transaction of its own): `challenges` holds
 * the document, `challenge_search` the narrow copy search ranks over.
 */

export async function insertChallenge(db: Kysely<Database>, c: Challenge): Promise<boolean> {
  const result = await db
    .with('ins', (qb) =>
      qb
        .insertInto('challenges')
        .values({ id: c.id, ...columnsOf(c) })
        // Either key: (org_id, id), or the id of a published challenge.
        .onConflict((oc) => oc.doNothing())
        .returning('id'),
    )
    .insertInto('challenge_search')
    .columns(['id', 'org_id', 'status', 'themes', 'search'])
    .expression((eb) =>
      eb
        .selectFrom('ins')
        .select([
          'ins.id',
          sql<string>`${c.orgId}::text`.as('org_id'),
          sql<string>`${c.status}::text`.as('status'),
          sql<string[]>`${sql.val(c.themes)}::text[]`.as('themes'),
          searchOf(c).as('search'),
        ]),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Rewrites the organisation's challenge. False when publishing it would give
 * a second published challenge its id (the unique index refuses).
 */
export async function replaceChallenge(db: Kysely<Database>, c: Challenge): Promise<boolean> {
  try {
    await db
      .with('up', (qb) =>
        qb
          .updateTable('challenges')
          .set(columnsOf(c))
          .where('org_id', '=', c.orgId)
          .where('id', '=', c.id)
          .returning('id'),
      )
      .updateTable('challenge_search')
      .set({ status: c.status, themes: c.themes, search: searchOf(c) })
      .where('org_id', '=', c.orgId)
      .where('id', 'in', (eb) => eb.selectFrom('up').select('up.id'))
      .execute();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return false; // unique_violation
    throw error;
  }
}

export async function deleteChallenge(db: Kysely<Database>, id: string, orgId: string) {
  const r = await db
    .deleteFrom('challenges')
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * The challenge with this id that `viewer` (an organisation) may see: its own
 * first (a draft may share its id with someone else's published challenge),
 * else the published one. Without a viewer, only a published one.
 */
function visible(db: Kysely<Database>, id: string, viewer: string | undefined) {
  const q = db.selectFrom('challenges').where('id', '=', id);
  return viewer
    ? q
        .where((eb) => eb.or([eb('status', '<>', 'draft'), eb('org_id', '=', viewer)]))
        .orderBy(sql`org_id = ${viewer}`, 'desc')
        .limit(1)
    : q.where('status', '<>', 'draft');
}

/** `lock`: the row stays locked until the transaction `db` ends (read, merge, write). */
export async function getChallenge(
  db: Kysely<Database>,
  id: string,
  viewer?: string,
  { lock = false } = {},
): Promise<Challenge | undefined> {
  const row = await visible(db, id, viewer)
    .select('doc')
    .$if(lock, (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row?.doc as Challenge | undefined;
}

/** One challenge as stored JSON text, with the fields the route checks. */
export async function getChallengeJson(
  db: Kysely<Database>,
  id: string,
  viewer?: string,
): Promise<{ json: string; orgId: string; status: string } | undefined> {
  const row = await visible(db, id, viewer)
    .select(['org_id', 'status'])
    .select(sql<string>`doc::text`.as('json'))
    .executeTakeFirst();
  return row ? { json: row.json, orgId: row.org_id, status: row.status } : undefined;
}

/** Of `ids`, those of challenges `orgId` may see: public ones, and its own drafts. */
export async function visibleChallengeIds(
  db: Kysely<Database>,
  ids: readonly string[],
  orgId: string,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('challenges')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .where((eb) => eb.or([eb('status', '<>', 'draft'), eb('org_id', '=', orgId)]))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Whether `orgId` sees a challenge with this id (its own, or a published one). */
export async function challengeIdTaken(
  db: Kysely<Database>,
  id: string,
  orgId: string,
): Promise<boolean> {
  return (await visibleChallengeIds(db, [id], orgId)).has(id);
}

export async function listChallenges(db: Kysely<Database>, p: ChallengeQuery): Promise<RawList> {
  // Filters on columns both tables have (challenges, and its narrow search twin).
  const where: RawBuilder<boolean>[] = [
    p.draftsOf
      ? sql<boolean>`(status <> 'draft' or org_id = ${p.draftsOf})`
      : sql<boolean>`status <> 'draft'`,
  ];
  if (p.orgs?.length) where.push(sql<boolean>`org_id in (${sql.join(p.orgs)})`);
  if (p.statuses?.length) where.push(sql<boolean>`status in (${sql.join(p.statuses)})`);
  if (p.themes?.length) where.push(sql<boolean>`themes && ${sql.val(p.themes)}::text[]`);
  const cursor = p.cursor ? decodeCursor(p.cursor, p.q ? 'rank' : 'time') : undefined;

  if (p.q) {
    // Rank in the narrow `challenge_search` table (dense pages: only ids, filters and
    // the tsvector), then fetch the documents of the one page that is answered.
    const tsq = tsqueryOf(p.q, p.lang);
    const rank = sql<number>`ts_rank(search, ${tsq})::float8`;
    where.push(sql<boolean>`search @@ ${tsq}`);
    if (cursor)
      where.push(sql<boolean>`(${rank}, id) < (${Number(cursor[0])}::float8, ${cursor[1]})`);
    const rows = await db
      .with('top', (qb) =>
        qb
          .selectFrom('challenge_search')
          .select(['id', 'org_id'])
          .select(rank.as('rank'))
          .where(sql<boolean>`${sql.join(where, sql` and `)}`)
          .orderBy('rank', 'desc')
          .orderBy('id', 'desc')
          .limit(p.limit + 1),
      )
      .selectFrom('top')
      .innerJoin('challenges as c', (join) =>
        join.onRef('c.org_id', '=', 'top.org_id').onRef('c.id', '=', 'top.id'),
      )
      .select(['top.id as id', 'top.rank as rank'])
      .select(sql<string>`c.doc::text`.as('json'))
      .orderBy('top.rank', 'desc')
      .orderBy('top.id', 'desc')
      .execute();
    const result = page(rows, p.limit, (r) => [Number(r.rank), r.id]);
    return { json: result.rows.map((r) => r.json), nextCursor: result.nextCursor };
  }

  if (cursor) {
    where.push(sql<boolean>`(sort_at, id) < (${String(cursor[0])}::timestamptz, ${cursor[1]})`);
  }
  // The stored JSON as text: the answer is assembled without parsing and re-serialising it.
  const rows = await db
    .selectFrom('challenges')
    .select(['id', 'sort_at'])
    .select(sql<string>`doc::text`.as('json'))
    .where(sql<boolean>`${sql.join(where, sql` and `)}`)
    .orderBy('sort_at', 'desc')
    .orderBy('id', 'desc')
    .limit(p.limit + 1)
    .execute();
  const result = page(rows, p.limit, (r) => [new Date(r.sort_at).toISOString(), r.id]);
  return { json: result.rows.map((r) => r.json), nextCursor: result.nextCursor };
}

/** The titles of the challenges among `ids` that are public (not drafts), for links to them. */
export async function publicChallengeTitles(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, Challenge['title']>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('challenges')
    .select('id')
    .select(sql<Challenge['title']>`doc->'title'`.as('title'))
    .where('id', 'in', [...new Set(ids)])
    .where('status', '!=', 'draft')
    .execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}
