/**
 * The results' SQL (services/results.ts): one statement aggregates an
 * organisation's submissions of a period with `GROUPING SETS`, so the total,
 * and the breakdowns by kind, `via`, company country and challenge come from
 * one pass over the rows.
 *
 * A stage of the funnel counts the submissions that ever reached it: their
 * status now, or a `move` to it in the audit trail (services/audit.ts; every
 * status change records `{from, to}` in the same transaction). The period
 * filters by arrival (`created_at`), as the inbox's `from`/`to` do: what
 * arrived then and what became of it since.
 *
 * Indexes used: `submissions_inbox (org_id, created_at desc, id desc)` for the
 * organisation's rows of the period (`submissions_via` for the doors it
 * opened); `audit_events_entity (entity_type,
 * entity_id, at desc)` for their moves; `stories_challenges` (GIN on
 * `doc->'challengeIds'`) for the stories told about a challenge.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export interface ResultsQuery {
  orgId: string;
  challengeId?: string | undefined;
  /** Inclusive, UTC. */
  from?: Date | undefined;
  /** Exclusive, UTC (the day after `to`). */
  before?: Date | undefined;
  /**
   * The doors `orgId` opened instead of its own inbox: submissions credited to
   * it as `via` at other receivers; the `via` column then holds the receiver.
   */
  opened?: boolean | undefined;
}

/** The `grouping()` bitmask of each grouping set (kind, via, country, challenge_id; 1 = rolled up). */
export const SETS = { total: 15, kind: 7, via: 11, country: 13, challenge: 14 } as const;

export interface ResultsRow {
  set: number;
  kind: string | null;
  via: string | null;
  country: string | null;
  challenge_id: string | null;
  received: number;
  in_dialogue: number;
  forwarded: number;
  accepted: number;
  declined: number;
  answered: number;
  median_days: number | null;
}

/**
 * The first answer to the company: the first message staff wrote to it
 * (`submissions.first_answer_at`, set when a message is sent) or the mail that
 * told it the submission was forwarded to another organisation (the `forward`
 * event naming `toOrgId`), whichever came first. A status change alone tells
 * the company nothing and is no answer.
 */
export async function aggregate(db: Db, q: ResultsQuery): Promise<ResultsRow[]> {
  const { rows } = await aggregateQuery(q).execute(db);
  return rows.map((r) => ({ ...r, set: Number(r.set) }));
}

/** The statement of {@link aggregate} (for EXPLAIN). */
export function aggregateQuery(q: ResultsQuery) {
  const conditions = q.opened
    ? [sql`s.doc->>'via' = ${q.orgId}`, sql`s.org_id <> ${q.orgId}`]
    : [sql`s.org_id = ${q.orgId}`];
  if (q.from) conditions.push(sql`s.created_at >= ${q.from}`);
  if (q.before) conditions.push(sql`s.created_at < ${q.before}`);
  if (q.challengeId) conditions.push(sql`s.doc->>'challengeId' = ${q.challengeId}`);
  const where = sql.join(conditions, sql` and `);
  return sql<ResultsRow>`
    with s as (
      select s.id, s.status, s.created_at, s.first_answer_at,
             s.doc->>'kind' as kind, ${q.opened ? sql`s.org_id` : sql`s.doc->>'via'`} as via,
             s.doc#>>'{company,country}' as country, s.doc->>'challengeId' as challenge_id
        from submissions s
       where ${where}
    ),
    f as (
      select s.kind, s.via, s.country, s.challenge_id, s.created_at,
             s.status = 'in-dialogue' or coalesce(m.dialogue, false) as dialogue,
             s.status = 'forwarded' or coalesce(m.forwarded, false) as fwd,
             s.status = 'accepted' or coalesce(m.accepted, false) as acc,
             s.status = 'declined' as dec,
             least(s.first_answer_at, m.forwarded_at) as answered_at
        from s
        -- Per submission, through audit_events_entity: a plan that does not
        -- hang on statistics (PGlite never analyses on its own).
        left join lateral (
          select bool_or(e.action = 'move' and e.detail->>'to' = 'in-dialogue') as dialogue,
                 bool_or(e.action = 'move' and e.detail->>'to' = 'forwarded') as forwarded,
                 bool_or(e.action = 'move' and e.detail->>'to' = 'accepted') as accepted,
                 min(e.at) filter (where e.action = 'forward' and e.detail ? 'toOrgId') as forwarded_at
            from audit_events e
           where e.entity_type = 'submission'
             and e.entity_id = s.id
             and e.action in ('move', 'forward')
        ) m on true
    )
    select grouping(kind, via, country, challenge_id) as set,
           kind, via, country, challenge_id,
           count(*)::int as received,
           (count(*) filter (where dialogue))::int as in_dialogue,
           (count(*) filter (where fwd))::int as forwarded,
           (count(*) filter (where acc))::int as accepted,
           (count(*) filter (where dec))::int as declined,
           count(answered_at)::int as answered,
           (percentile_cont(0.5) within group (
              order by extract(epoch from answered_at - created_at) / 86400.0
           ))::float8 as median_days
      from f
     group by grouping sets ((), (kind), (via), (country), (challenge_id))
  `;
}

export interface NamedRow {
  id: string;
  name: unknown;
}

/** Organisations' names (a `via`'s), by id. */
export async function organizationNames(db: Db, ids: string[]): Promise<NamedRow[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('organizations')
    .select(['id', sql<unknown>`doc->'name'`.as('name')])
    .where('id', 'in', ids)
    .execute();
}

export interface ChallengeRow {
  id: string;
  status: string;
  title: unknown;
}

/** The organisation's challenges (all statuses), or the one asked for. */
export async function challenges(db: Db, orgId: string, id?: string): Promise<ChallengeRow[]> {
  return db
    .selectFrom('challenges')
    .select(['id', 'status', sql<unknown>`doc->'title'`.as('title')])
    .where('org_id', '=', orgId)
    .$if(id !== undefined, (qb) => qb.where('id', '=', id!))
    .orderBy('sort_at', 'desc')
    .execute();
}

export interface StoryRow {
  id: string;
  title: unknown;
  org_id: string;
  published_at: Date;
}

/**
 * The stories told in the period (published, not in the future): the
 * organisation's own, or, for one challenge, every story linked to it.
 */
export async function stories(
  db: Db,
  q: ResultsQuery & { now: Date },
  limit = 100,
): Promise<{ count: number; rows: StoryRow[] }> {
  const conditions = [sql`published_at <= ${q.now}`];
  if (q.challengeId) {
    conditions.push(sql`doc->'challengeIds' @> ${JSON.stringify([q.challengeId])}::jsonb`);
  } else {
    conditions.push(sql`org_id = ${q.orgId}`);
  }
  if (q.from) conditions.push(sql`published_at >= ${q.from}`);
  if (q.before) conditions.push(sql`published_at < ${q.before}`);
  const where = sql.join(conditions, sql` and `);
  const { rows } = await sql<StoryRow & { total: number }>`
    select id, org_id, doc->'title' as title, published_at, (count(*) over ())::int as total
      from stories
     where ${where}
     order by published_at desc, id
     limit ${limit}
  `.execute(db);
  return {
    count: rows[0]?.total ?? 0,
    rows: rows.map(({ total: _t, ...r }) => ({ ...r, published_at: new Date(r.published_at) })),
  };
}

/** How many stories of the period are linked to each of these challenges. */
export async function storiesPerChallenge(
  db: Db,
  q: ResultsQuery & { now: Date },
  challengeIds: string[],
): Promise<Map<string, number>> {
  if (!challengeIds.length) return new Map();
  const conditions = [
    sql`s.published_at <= ${q.now}`,
    sql`s.doc->'challengeIds' ?| ${sql.val(challengeIds)}::text[]`,
  ];
  if (q.from) conditions.push(sql`s.published_at >= ${q.from}`);
  if (q.before) conditions.push(sql`s.published_at < ${q.before}`);
  const { rows } = await sql<{ id: string; count: number }>`
    select c.value as id, count(*)::int as count
      from stories s, jsonb_array_elements_text(s.doc->'challengeIds') c
     where ${sql.join(conditions, sql` and `)}
       and c.value = any(${sql.val(challengeIds)}::text[])
     group by c.value
  `.execute(db);
  return new Map(rows.map((r) => [r.id, r.count]));
}
