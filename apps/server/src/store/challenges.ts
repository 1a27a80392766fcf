import { sql, type CompiledQuery, type Kysely, type RawBuilder } from 'kysely';
import type { Challenge } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { decodeCursor, page, type CursorKey, type RawList } from './cursor.js';
import { isOrOfConfigs, tsqueryOf, tsvectorOf } from './search.js';
import { byInputs, byShape } from './compiled.js';

/** The orders a list can take: newest first (the default), or by status (`STATUS_ORDER`). */
export type ChallengeSort = 'newest' | 'status';

export interface ChallengeQuery {
  orgs?: string[] | undefined;
  statuses?: string[] | undefined;
  themes?: string[] | undefined;
  /** NUTS code prefixes (`SE2` matches `SE224`). */
  regions?: string[] | undefined;
  sort?: ChallengeSort | undefined;
  q?: string | undefined;
  lang?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  /** Drafts are never public; an owner's key sees its own. */
  draftsOf?: string | undefined;
  /**
   * Filters a person chose within the scope above (a board's selects): they
   * narrow the list as the scope does; the facets leave each one's own out.
   */
  filter?: ChallengeSelection | undefined;
  /** `card`: only what a board's card shows (`cardJson`), not the whole document. */
  view?: 'card' | undefined;
}

export interface ChallengeSelection {
  themes?: string[] | undefined;
  statuses?: string[] | undefined;
  orgs?: string[] | undefined;
  regions?: string[] | undefined;
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
    region: c.region ?? null,
    deadline: c.deadline ?? null,
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
    .columns(['id', 'org_id', 'status', 'themes', 'region', 'search'])
    .expression((eb) =>
      eb
        .selectFrom('ins')
        .select([
          'ins.id',
          sql<string>`${c.orgId}::text`.as('org_id'),
          sql<string>`${c.status}::text`.as('status'),
          sql<string[]>`${sql.val(c.themes)}::text[]`.as('themes'),
          sql<string | null>`${c.region ?? null}::text`.as('region'),
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
      .set({ status: c.status, themes: c.themes, region: c.region ?? null, search: searchOf(c) })
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
  const query = oneJson(db, viewer ? 'viewer' : 'public', { id, viewer });
  const [row] = (await db.executeQuery(query)).rows;
  return row ? { json: row.json, orgId: row.org_id, status: row.status } : undefined;
}

/** The query of `getChallengeJson`, compiled once with a viewer and once without. */
const oneJson = byShape((db, { id, viewer }: { id: string; viewer: string | undefined }) =>
  visible(db, id, viewer)
    .select(['org_id', 'status'])
    .select(sql<string>`doc::text`.as('json')),
);

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

/**
 * A page's limit written into the SQL rather than sent as a parameter: with
 * `limit $1` PostgreSQL's generic plan assumes a tenth of the table and is
 * never chosen, so a prepared list (store/prepared.ts) was planned on every
 * run; with the number in the text, the first page has no parameters and is
 * planned once per connection. Limits are whole numbers of 1–101, so few texts.
 */
const literalLimit = (n: number) => (Number.isSafeInteger(n) && n >= 0 ? sql.lit(n) : n);

/**
 * `sort=status`: what a company can still respond to first. Open challenges
 * by deadline (the nearest first, those without one after them), then those
 * in dialogue or procurement, then solved, then closed (an owner's own drafts
 * last); newest first within each. The key is one string, so a cursor
 * carries it: `rank|deadline|sort_at`.
 */
const STATUS_RANK = sql<number>`(case status when 'open' then 0 when 'in-dialogue' then 1 when 'procurement' then 1 when 'solved' then 2 when 'closed' then 3 else 4 end)`;
/** An open challenge's deadline; `9999-12-31` for no deadline, and for every other status. */
const DEADLINE_KEY = sql<string>`(case when status = 'open' and deadline is not null then deadline else '9999-12-31' end)`;

/** The conditions of one set of filters, on columns both tables have (challenges, and its narrow search twin). */
export function selectionWhere(f: ChallengeSelection): {
  theme?: RawBuilder<boolean>;
  status?: RawBuilder<boolean>;
  org?: RawBuilder<boolean>;
  region?: RawBuilder<boolean>;
} {
  const w: ReturnType<typeof selectionWhere> = {};
  if (f.orgs?.length) w.org = sql<boolean>`org_id in (${sql.join(f.orgs)})`;
  if (f.statuses?.length) w.status = sql<boolean>`status in (${sql.join(f.statuses)})`;
  if (f.themes?.length) w.theme = sql<boolean>`themes && ${sql.val(f.themes)}::text[]`;
  if (f.regions?.length) {
    // Prefixes are NUTS codes (letters and digits only), so nothing in them is a LIKE wildcard.
    const likes = f.regions.map((r) => sql<boolean>`region like ${`${r}%`}`);
    w.region = sql<boolean>`(${sql.join(likes, sql` or `)})`;
  }
  return w;
}

/** The scope of a list (drafts, owners, statuses, themes, regions), without its search or filters. */
function scopeWhere(p: Omit<ChallengeQuery, 'limit'>): RawBuilder<boolean>[] {
  return [
    p.draftsOf
      ? sql<boolean>`(status <> 'draft' or org_id = ${p.draftsOf})`
      : sql<boolean>`status <> 'draft'`,
    ...Object.values(selectionWhere(p)),
  ];
}

/**
 * The card of a challenge as JSON text, from its row (`t` is the row's
 * alias): the texts still in every language (services/challenge-cards.ts
 * keeps one).
 */
const cardJson = (t: string) =>
  sql<string>`jsonb_build_object('id', ${sql.ref(`${t}.id`)}, 'orgId', ${sql.ref(`${t}.org_id`)}, 'title', ${sql.ref(`${t}.doc`)}->'title', 'summary', ${sql.ref(`${t}.doc`)}->'summary', 'status', ${sql.ref(`${t}.status`)}, 'deadline', ${sql.ref(`${t}.doc`)}->'deadline', 'themes', ${sql.ref(`${t}.doc`)}->'themes', 'region', ${sql.ref(`${t}.doc`)}->'region')::text`;

/**
 * The compiled lists without `q` (store/compiled.ts), by their inputs: a
 * board's first pages come again and again; a search's cost is the database's.
 */
const compiledLists = byInputs(500);

export async function listChallenges(db: Kysely<Database>, p: ChallengeQuery): Promise<RawList> {
  const where = () => [...scopeWhere(p), ...Object.values(selectionWhere(p.filter ?? {}))];
  const byStatus = !p.q && p.sort === 'status';
  const cursor = p.cursor
    ? decodeCursor(p.cursor, p.q ? 'rank' : byStatus ? 'status' : 'time')
    : undefined;
  const key = JSON.stringify(p);
  if (p.q) return searchChallenges(db, { ...p, q: p.q }, key, where, cursor);

  if (byStatus) {
    const query = compiledLists.compile(db, key, (db) => statusPage(db, p, where(), cursor));
    const { rows } = await db.executeQuery(query);
    const result = page(rows, p.limit, (r) => [
      `${r.rank}|${r.deadline_key}|${new Date(r.sort_at).toISOString()}`,
      r.id,
    ]);
    return { json: result.rows.map((r) => r.json), nextCursor: result.nextCursor };
  }

  const query = compiledLists.compile(db, key, (db) => newestPage(db, p, where(), cursor));
  const { rows } = await db.executeQuery(query);
  const result = page(rows, p.limit, (r) => [new Date(r.sort_at).toISOString(), r.id]);
  return { json: result.rows.map((r) => r.json), nextCursor: result.nextCursor };
}

/**
 * The compiled searches in more than one configuration, by their inputs (as
 * `compiledLists`): building and compiling their SQL was most of a search's
 * own work in the server; the same search asked again runs the query it had.
 */
const compiledSearches = byInputs(500);

/** How many searches are compiled now (for tests). */
export const compiledSearchCount = () => compiledSearches.size;

async function searchChallenges(
  db: Kysely<Database>,
  p: ChallengeQuery & { q: string },
  key: string,
  whereOf: () => RawBuilder<boolean>[],
  cursor: CursorKey | undefined,
): Promise<RawList> {
  const json = () => (p.view === 'card' ? cardJson('c') : sql<string>`c.doc::text`);
  if (isOrOfConfigs(p.lang)) {
    // A page of public challenges comes from the words' lists when they prove it.
    const first = p.draftsOf
      ? undefined
      : await runWordLists(
          db,
          compiledSearches.compile(db, `words ${key}`, (db) => {
            const where = whereOf();
            return wordListsQuery(db, tsqueryOf(p.q, p.lang), p.limit + 1, json(), {
              where,
              after: cursor && [Number(cursor[0]), cursor[1]],
              // A scope drops candidates: read deeper for enough of them.
              depth: where.length === 1 ? p.limit + 1 : 4 * (p.limit + 1),
            });
          }),
        );
    const rows =
      first ??
      (
        await db.executeQuery(
          compiledSearches.compile(db, `rows ${key}`, (db) =>
            searchByRows(db, p, whereOf(), cursor, json()),
          ),
        )
      ).rows;
    const result = page(rows, p.limit, (r) => [Number(r.rank), r.id]);
    return { json: result.rows.map((r) => r.json), nextCursor: result.nextCursor };
  }
  // Rank in the narrow `challenge_search` table (dense pages: only ids, filters and
  // the tsvector), then fetch the documents of the one page that is answered.
  const where = whereOf();
  const json1 = json();
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
    .select(json1.as('json'))
    .orderBy('top.rank', 'desc')
    .orderBy('top.id', 'desc')
    .execute();
  const result = page(rows, p.limit, (r) => [Number(r.rank), r.id]);
  return { json: result.rows.map((r) => r.json), nextCursor: result.nextCursor };
}

/** A page of `sort=status` (with the cursor's condition added to `where`). */
function statusPage(
  db: Kysely<Database>,
  p: ChallengeQuery,
  where: RawBuilder<boolean>[],
  cursor: CursorKey | undefined,
) {
  if (cursor) {
    const [rank, deadline, at] = String(cursor[0]).split('|') as [string, string, string];
    where.push(
      sql<boolean>`((${STATUS_RANK}, ${DEADLINE_KEY}) > (${Number(rank)}::int, ${deadline}::text)
        or ((${STATUS_RANK}, ${DEADLINE_KEY}) = (${Number(rank)}::int, ${deadline}::text)
            and (sort_at, id) < (${at}::timestamptz, ${cursor[1]})))`,
    );
  }
  // The page's rows first, then their JSON: built for the rows answered, not every row sorted.
  return db
    .with('top', (qb) =>
      qb
        .selectFrom('challenges')
        .select(['id', 'org_id', 'sort_at'])
        .select(STATUS_RANK.as('rank'))
        .select(DEADLINE_KEY.as('deadline_key'))
        .where(sql<boolean>`${sql.join(where, sql` and `)}`)
        .orderBy(STATUS_RANK)
        .orderBy(DEADLINE_KEY)
        .orderBy('sort_at', 'desc')
        .orderBy('id', 'desc')
        .limit(literalLimit(p.limit + 1)),
    )
    .selectFrom('top')
    .innerJoin('challenges as c', (join) =>
      join.onRef('c.org_id', '=', 'top.org_id').onRef('c.id', '=', 'top.id'),
    )
    .select(['top.id as id', 'top.sort_at as sort_at', 'top.rank as rank'])
    .select('top.deadline_key as deadline_key')
    .select((p.view === 'card' ? cardJson('c') : sql<string>`c.doc::text`).as('json'))
    .orderBy('top.rank')
    .orderBy('top.deadline_key')
    .orderBy('top.sort_at', 'desc')
    .orderBy('top.id', 'desc');
}

/** A page newest first (with the cursor's condition added to `where`). */
function newestPage(
  db: Kysely<Database>,
  p: ChallengeQuery,
  where: RawBuilder<boolean>[],
  cursor: CursorKey | undefined,
) {
  if (cursor) {
    where.push(sql<boolean>`(sort_at, id) < (${String(cursor[0])}::timestamptz, ${cursor[1]})`);
  }
  // The stored JSON as text: the answer is assembled without parsing and re-serialising it,
  // and only for the page's rows (the sort reads narrow rows).
  return db
    .with('top', (qb) =>
      qb
        .selectFrom('challenges')
        .select(['id', 'org_id', 'sort_at'])
        .where(sql<boolean>`${sql.join(where, sql` and `)}`)
        .orderBy('sort_at', 'desc')
        .orderBy('id', 'desc')
        .limit(literalLimit(p.limit + 1)),
    )
    .selectFrom('top')
    .innerJoin('challenges as c', (join) =>
      join.onRef('c.org_id', '=', 'top.org_id').onRef('c.id', '=', 'top.id'),
    )
    .select(['top.id as id', 'top.sort_at as sort_at'])
    .select((p.view === 'card' ? cardJson('c') : sql<string>`c.doc::text`).as('json'))
    .orderBy('top.sort_at', 'desc')
    .orderBy('top.id', 'desc');
}

/*
 * Search ranking for queries in more than one configuration (every search
 * but one in `simple` alone). `ts_rank` scores such an OR as the sum, over
 * the query's distinct words, of each word's score in the vector, divided by
 * the number of words, accumulating in single precision. The rank here is
 * that sum taken exactly: each word's score is `ts_rank` of the vector for
 * that word alone (a `real`), and the sum of a few reals in [0.06, 1.61] is
 * exact in double precision, so it neither depends on the order of the words
 * nor ties two rows that differ. It orders as `ts_rank` does, except where
 * rounding made `ts_rank` call two different scores equal. (Should every
 * configuration but one find no word in a query of several, the OR has one
 * side, an AND, which `ts_rank` scores by the words' proximity; the rank here
 * stays the words' sum.)
 */

/** The query once: its tsquery, its distinct words (as text and each as a tsquery), and whether it negates a word. */
const queryWords = (tsq: RawBuilder<unknown>) => sql`select q, words,
    array(select search_word(u) from unnest(words) as u) as each,
    regexp_replace(q::text, '''(?:[^''\\\\]|''''|\\\\\\\\)*''', '', 'g') like '%!%' as negated
  from (select ${tsq} as q) as query cross join lateral search_words(q) as words`;

/** The rank of a row of `challenge_search` aliased `s`, for the words of `w` (each a tsquery of its own). */
const wordsRank = sql<number>`(select sum(ts_rank(s.search, e)::float8) from unnest(w.each) as e) / cardinality(w.words)`;

type RankedRow = { id: string; rank: number; json: string };

/**
 * A page (`k` rows: a page and one more) of a search among public
 * challenges (within `where`, after the cursor `after`), or undefined when
 * its words' lists cannot prove it.
 *
 * `challenge_words` lists each word's public challenges best score first.
 * An entry whose score alone (over the number of words) puts its challenge
 * at or above the cursor is skipped: its rank is at least that. The first
 * `depth` entries left in each of the query's lists are the candidates; they
 * are ranked exactly and kept if they match, are in scope and come after the
 * cursor. A matching challenge outside them has some query word (a query
 * without negation matches nothing else), and for each of its words it comes
 * after the `depth`-th entry left in that word's list: its score for the word
 * is at most that entry's, and if equal its id is smaller. So its rank is at
 * most the sum of those entries' scores over the lists that had `depth`
 * (divided by the number of words), and reaches it only if it equals each of
 * them, with an id below every such entry's. The page is exact when every
 * list was read to its end, or when it has `k` rows and its last row is above
 * that bound or equal to it with an id at least the smallest of those ids.
 * Otherwise the caller ranks every match.
 */
export async function searchByWordLists(
  db: Kysely<Database>,
  tsq: RawBuilder<unknown>,
  k: number,
  json: RawBuilder<string>,
  options: WordListsOptions = {},
): Promise<RankedRow[] | undefined> {
  return runWordLists(db, wordListsQuery(db, tsq, k, json, options).compile());
}

interface WordListsOptions {
  where?: RawBuilder<boolean>[];
  after?: [number, string] | undefined;
  depth?: number;
}

/** The rows of `wordListsQuery`, or undefined when its verdict says they are not the page. */
async function runWordLists(
  db: Kysely<Database>,
  query: CompiledQuery<{ exact: boolean } & Partial<RankedRow>>,
): Promise<RankedRow[] | undefined> {
  const { rows } = await db.executeQuery(query);
  if (!rows[0]?.exact) return undefined;
  return rows.filter((r): r is typeof r & RankedRow => r.id != null);
}

/** The query of `searchByWordLists`, to compile. */
function wordListsQuery(
  db: Kysely<Database>,
  tsq: RawBuilder<unknown>,
  k: number,
  json: RawBuilder<string>,
  { where = [sql<boolean>`status <> 'draft'`], after, depth = k }: WordListsOptions = {},
) {
  const skip = after
    ? sql`and (t.rank::float8 / cardinality(w.words), t.id) < (${after[0]}::float8, ${after[1]})`
    : sql``;
  const afterCursor = after
    ? sql`where (c.rank, c.id) < (${after[0]}::float8, ${after[1]})`
    : sql``;
  const query = sql<{ exact: boolean } & Partial<RankedRow>>`
    with w as materialized (${queryWords(tsq)}),
    heads as materialized (
      select h.org_id, h.id, h.rank, h.n
      from w cross join unnest(w.words) as u(word)
      cross join lateral (
        select t.org_id, t.id, t.rank, row_number() over (order by t.rank desc, t.id desc) as n
        from challenge_words t where t.word = u.word ${skip}
        order by t.rank desc, t.id desc limit ${depth}
      ) as h
    ),
    bound as (
      select count(*) as lists, sum(rank::float8) / (select cardinality(words) from w) as rank,
        min(id) as id
      from heads where n = ${depth}
    ),
    top as (
      select c.org_id, c.id, c.rank
      from (select distinct org_id, id from heads) as h
      cross join lateral (
        -- Each candidate by its key (offset 0: not planned as a scan of every match).
        select s.org_id, s.id, ${wordsRank} as rank
        from w cross join challenge_search s
        where s.org_id = h.org_id and s.id = h.id and s.search @@ w.q
          and ${sql.join(where, sql` and `)}
        offset 0
      ) as c
      ${afterCursor}
      order by c.rank desc, c.id desc limit ${k}
    ),
    verdict as materialized (
      select not w.negated and (
        b.lists = 0 or (
          (select count(*) from top) = ${k}
          and exists (
            select from (select rank, id from top order by rank, id limit 1) as last
            where last.rank > b.rank or (last.rank = b.rank and last.id >= b.id)
          )
        )
      ) as exact
      from w cross join bound b
    )
    select v.exact, p.id, p.rank, p.json
    from verdict v left join (
      select top.id, top.rank, ${json} as json
      from top join challenges c on c.org_id = top.org_id and c.id = top.id
    ) as p on true
    order by p.rank desc, p.id desc
  `;
  return { compile: () => query.compile(db) };
}

/** Any page of a search, in any scope: every match ranked, with the same rank (a query to compile). */
function searchByRows(
  db: Kysely<Database>,
  p: ChallengeQuery,
  where: RawBuilder<boolean>[],
  cursor: [string | number, string] | undefined,
  json: RawBuilder<string>,
) {
  const after = cursor
    ? sql`where (r.rank, r.id) < (${Number(cursor[0])}::float8, ${cursor[1]})`
    : sql``;
  const query = sql<RankedRow>`
    with w as materialized (${queryWords(tsqueryOf(p.q!, p.lang))}),
    top as (
      select r.org_id, r.id, r.rank from (
        select s.org_id, s.id, ${wordsRank} as rank
        from w cross join challenge_search s
        where ${sql.join(where, sql` and `)} and s.search @@ w.q
      ) as r
      ${after}
      order by r.rank desc, r.id desc limit ${p.limit + 1}
    )
    select top.id, top.rank, ${json} as json
    from top join challenges c on c.org_id = top.org_id and c.id = top.id
    order by top.rank desc, top.id desc
  `;
  return { compile: () => query.compile(db) };
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

/** What "similar" compares a challenge by: its owner, themes, region and the words of its title and summary. */
export interface SimilarityKey {
  id: string;
  orgId: string;
  themes: string[];
  region: string | null;
  /** The lexemes of the title and summary (weights A and B of its search vector). */
  lexemes: string[];
}

/** The key of the challenge `viewer` may see under this id (see `visible`). */
export async function similarityKey(
  db: Kysely<Database>,
  id: string,
  viewer?: string,
): Promise<(SimilarityKey & { status: string }) | undefined> {
  // As `visible` does, on the join with the search twin.
  const row = await db
    .selectFrom('challenges as c')
    .innerJoin('challenge_search as s', (join) =>
      join.onRef('s.org_id', '=', 'c.org_id').onRef('s.id', '=', 'c.id'),
    )
    .where('c.id', '=', id)
    .where((eb) =>
      viewer
        ? eb.or([eb('c.status', '<>', 'draft'), eb('c.org_id', '=', viewer)])
        : eb('c.status', '<>', 'draft'),
    )
    .orderBy(sql`c.org_id = ${viewer ?? null}`, 'desc')
    .limit(1)
    .select(['c.id', 'c.org_id', 'c.status', 'c.themes'])
    .select('s.region')
    .select(sql<string[]>`tsvector_to_array(ts_filter(s.search, '{a,b}'))`.as('lexemes'))
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        orgId: row.org_id,
        status: row.status,
        themes: row.themes,
        region: row.region,
        lexemes: row.lexemes,
      }
    : undefined;
}

/** At most this many words of a title and summary go into the text comparison. */
const MAX_LEXEMES = 64;

/** Lexemes as a tsquery that matches any of them (quoted as tsquery input wants). */
function anyOf(lexemes: string[]): string {
  return lexemes
    .slice(0, MAX_LEXEMES)
    .map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`)
    .join(' | ');
}

/**
 * Published challenges of other organisations like `key`, best first, as
 * stored JSON. A score in three parts, each from 0 to 1: the themes both have
 * of all either has (weighted 3), how close the regions are (1 for the same
 * NUTS code, 0.75, 0.5 and 0.25 for the same NUTS 2, NUTS 1 and country;
 * weighted 1), and how well the words of its title and summary match the
 * other's text (`ts_rank` normalised to 0–1, weighted 2). Only challenges
 * that share a theme, a word or a country are ranked. Ties: by id.
 */
export async function similarChallenges(
  db: Kysely<Database>,
  key: SimilarityKey,
  limit: number,
): Promise<string[]> {
  const themes = sql`${sql.val(key.themes)}::text[]`;
  const query = key.lexemes.length ? sql`${anyOf(key.lexemes)}::tsquery` : sql`''::tsquery`;
  const region = key.region;
  const near = region
    ? sql<number>`(case when s.region is null then 0
        when s.region = ${region} then 1
        when length(${region}) >= 4 and left(s.region, 4) = left(${region}, 4) then 0.75
        when length(${region}) >= 3 and left(s.region, 3) = left(${region}, 3) then 0.5
        when left(s.region, 2) = left(${region}, 2) then 0.25
        else 0 end)`
    : sql<number>`0`;
  // The themes both have, of all either has (Jaccard), without a subquery per row:
  // one `= any` per theme of this challenge (a handful at most).
  const common = key.themes.length
    ? sql<number>`(${sql.join(
        key.themes.map((t) => sql`(case when ${t}::text = any(s.themes) then 1 else 0 end)`),
        sql` + `,
      )})`
    : sql<number>`0`;
  const shared = sql<number>`(${common}::float8 / greatest(1, cardinality(s.themes) + ${key.themes.length}::int - ${common}))`;
  const text = sql<number>`ts_rank(s.search, ${query}, 32)`;
  const matches: RawBuilder<boolean>[] = [];
  if (key.themes.length) matches.push(sql<boolean>`s.themes && ${themes}`);
  if (key.lexemes.length) matches.push(sql<boolean>`s.search @@ ${query}`);
  if (region) matches.push(sql<boolean>`s.region like ${`${region.slice(0, 2)}%`}`);
  if (!matches.length) return [];
  const rows = await db
    .with('top', (qb) =>
      qb
        .selectFrom('challenge_search as s')
        .select(['s.id', 's.org_id'])
        .select(sql<number>`(3 * ${shared} + ${near} + 2 * ${text})::float8`.as('score'))
        .where('s.status', '<>', 'draft')
        .where('s.org_id', '<>', key.orgId)
        .where(sql<boolean>`(${sql.join(matches, sql` or `)})`)
        .orderBy('score', 'desc')
        .orderBy('s.id')
        .limit(limit),
    )
    .selectFrom('top')
    .innerJoin('challenges as c', (join) =>
      join.onRef('c.org_id', '=', 'top.org_id').onRef('c.id', '=', 'top.id'),
    )
    .select(sql<string>`c.doc::text`.as('json'))
    .orderBy('top.score', 'desc')
    .orderBy('top.id')
    .execute();
  return rows.map((r) => r.json);
}

/** Counts by value of each filter, and the length of the list (store side of `ChallengeFacets`). */
export interface FacetCounts {
  total: number;
  theme: Record<string, number>;
  status: Record<string, number>;
  owner: Record<string, number>;
  region: Record<string, number>;
}

/**
 * The facets of a list, in one query over the narrow `challenge_search`
 * table: the rows of the scope (and search) once, each with whether it passes
 * each chosen filter; then per facet the count of each value among the rows
 * that pass every other filter, as shops count (choosing a theme does not
 * hide the other themes' counts).
 */
export async function challengeFacets(
  db: Kysely<Database>,
  p: Omit<ChallengeQuery, 'limit' | 'cursor' | 'sort' | 'view'>,
): Promise<FacetCounts> {
  const where = scopeWhere(p);
  if (p.q) where.push(sql<boolean>`search @@ ${tsqueryOf(p.q, p.lang)}`);
  const chosen = selectionWhere(p.filter ?? {});
  const yes = sql<boolean>`true`;
  const rows = await sql<{ facet: keyof FacetCounts; value: string; n: number }>`
    with base as materialized (
      select org_id, status, themes, region,
        ${chosen.theme ?? yes} as t, ${chosen.status ?? yes} as s,
        ${chosen.org ?? yes} as o, ${chosen.region ?? yes} as r
      from challenge_search
      where ${sql.join(where, sql` and `)}
    )
    select 'total' as facet, '' as value, count(*)::int as n from base where t and s and o and r
    union all
    select 'status', status, count(*)::int from base where t and o and r group by status
    union all
    select 'owner', org_id, count(*)::int from base where t and s and r group by org_id
    union all
    select 'region', region, count(*)::int from base
      where t and s and o and region is not null group by region
    union all
    select 'theme', th, count(*)::int from base cross join lateral unnest(themes) as th
      where s and o and r group by th
  `.execute(db);
  const out: FacetCounts = { total: 0, theme: {}, status: {}, owner: {}, region: {} };
  for (const { facet, value, n } of rows.rows) {
    if (facet === 'total') out.total = Number(n);
    else out[facet][value] = Number(n);
  }
  return out;
}

/** The names and default languages of these organisations (those that exist). */
export async function organizationNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, { name: Record<string, string>; defaultLanguage: string | undefined }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('organizations')
    .select('id')
    .select(sql<Record<string, string>>`doc->'name'`.as('name'))
    .select(sql<string | null>`doc->>'defaultLanguage'`.as('lang'))
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, defaultLanguage: r.lang ?? undefined }]));
}
