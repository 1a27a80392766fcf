import { sql, type Kysely } from 'kysely';
import type { Submission, SubmissionStatus } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { decodeCursor, page } from './cursor.js';
import { hitUpsert, type HitRow } from './rate-limits.js';
import type { AuditRow } from './audit.js';
import type { NewMail } from './outbox.js';

/** The key's request hash and stored answer (a replay). */
export async function getIdempotencyRecord(db: Kysely<Database>, orgId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('org_id', '=', orgId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** A member of the receiver, as the arrival mail needs them. */
export interface ArrivalMember {
  staffId: string;
  email: string;
  arrivalMail: string;
}

/** What a post needs from the database before it writes, read by readArrival. */
export interface ArrivalRow {
  /** The rate limit's count for the client address, when it was counted here. */
  hits: number | null;
  /** The receiver's document. */
  org: unknown;
  /** The receiver's own challenge `challengeId`, when it is not a draft: `{ title }`. */
  challenge: { title: unknown } | null;
  /** The document of the organisation named as `via`. */
  via: unknown;
  /** A cluster whose allowed origins list the post's origin (asked only when the receiver's do not). */
  cluster: string | null;
  /** The challenge's default assignee, while a member of the receiver. */
  assignee: ArrivalMember | null;
  /** The member at the receiver's entry-point address (lower-cased here, as `entry_point_key`). */
  entry_point: ArrivalMember | null;
  entry_point_key: string | null;
}

const member = (staff: string, membership: string) =>
  sql.raw(
    `jsonb_build_object('staffId', ${staff}.id, 'email', ${staff}.email, 'arrivalMail', ${membership}.arrival_mail)`,
  );

/**
 * Everything a post reads before it writes, in one statement (one round
 * trip): the receiver, the challenge, `via`, a cluster listing the origin,
 * the default assignee and the entry point's member; and, when the rate
 * limit is shared, its count for the client address (`hit`), so a post
 * spends no round trip of its own on it. The count is made whatever the rest
 * finds: a refused post counts like any other.
 */
export async function readArrival(
  db: Kysely<Database>,
  q: {
    orgId: string;
    challengeId?: string | undefined;
    via?: string | undefined;
    /** Asks for a cluster listing this origin when the receiver's allowed origins do not. */
    clusterOrigin?: string | undefined;
    hit?: HitRow | undefined;
  },
): Promise<ArrivalRow> {
  const entryPointKey = sql`lower(btrim(o.doc #>> '{entryPoint,email}'))`;
  const nothing = sql`null`;
  const r = await sql<ArrivalRow>`
    ${q.hit ? sql`with hit as (${hitUpsert(q.hit)})` : sql``}
    select
      ${q.hit ? sql`(select hits from hit)` : nothing} as hits,
      o.doc as org,
      ${
        q.challengeId
          ? sql`(select jsonb_build_object('title', c.doc->'title') from challenges c
              where c.org_id = ${q.orgId} and c.id = ${q.challengeId} and c.status <> 'draft')`
          : nothing
      } as challenge,
      ${q.via ? sql`(select v.doc from organizations v where v.id = ${q.via})` : nothing} as via,
      ${
        q.clusterOrigin
          ? sql`case when jsonb_array_length(o.doc->'allowedOrigins') > 0
              and not o.doc->'allowedOrigins' @> jsonb_build_array(${q.clusterOrigin}::text)
              then (select k.id from organizations k
                where k.kind = 'cluster' and ${q.clusterOrigin}::text = any(k.allowed_origins)
                order by k.id limit 1) end`
          : nothing
      } as cluster,
      ${
        q.challengeId
          ? sql`(select ${member('s', 'm')} from challenge_assignees a
              join memberships m on m.staff_id = a.staff_id and m.org_id = a.org_id
              join staff s on s.id = a.staff_id
              where a.org_id = ${q.orgId} and a.challenge_id = ${q.challengeId})`
          : nothing
      } as assignee,
      (select ${member('s', 'm')} from memberships m join staff s on s.id = m.staff_id
        where m.org_id = ${q.orgId} and s.email = ${entryPointKey}) as entry_point,
      ${entryPointKey} as entry_point_key
    from (values (1)) as one (x)
    left join organizations o on o.id = ${q.orgId}`.execute(db);
  return r.rows[0]!;
}

/** What a post writes, made ready by the service: see insertArrival. */
export interface ArrivalWrite {
  orgId: string;
  key: string;
  requestHash: string;
  now: Date;
  prefix: string;
  year: number;
  /**
   * Stands for the reference in `doc`, `response` and the mail until the
   * counter gives it: random, so nothing anyone sent can contain it.
   */
  token: string;
  submission: {
    id: string;
    status: string;
    createdAt: string;
    assigneeId: string | null;
    /** The stored record, as JSON. */
    doc: string;
  };
  /** The answer to replay for the key, as JSON. */
  response: string;
  audit: AuditRow[];
  mail?: (NewMail & { id: string; at: Date }) | undefined;
}

/** The replay of a key that was claimed before. */
export type ArrivalResult =
  | { reference: string }
  | {
      reference: undefined;
      record: { request_hash: string; response: unknown } | undefined;
    };

/**
 * A post's whole write as ONE statement (one round trip; run alone, it is
 * its own transaction): unless the idempotency key is claimed already, the
 * prefix's counter moves on and gives the reference, and the key (with the
 * answer), the submission, its audit events and its arrival mail are
 * inserted, each with the token replaced by the reference. A key claimed
 * already (committed before this statement began) writes nothing and
 * answers the stored record.
 *
 * The counter row is locked first, then the key is inserted: a second send
 * of a key in flight waits on the counter, then its key insert fails
 * (unique violation) and the whole statement, counter included, is undone;
 * it then reads the record the first one stored. Numbers have no gaps.
 * Inside a caller's transaction that failure would end the transaction:
 * call it outside one when sends of one key may race.
 */
export async function insertArrival(db: Kysely<Database>, w: ArrivalWrite): Promise<ArrivalResult> {
  const reference = (value: string) =>
    sql`replace(${value}::text, ${w.token}::text, ref.reference)`;
  const s = w.submission;
  // One insert, its rows in order (their ids follow it): a CTE of its own per
  // event would run in no promised order.
  const events = w.audit.map(
    (e) => sql`(${e.at}::timestamptz, ${e.orgId}::text, ${e.actorKind}::text, ${e.actorId}::text,
      ${e.action}::text, ${e.entityType}::text, ${e.entityId}::text, ${e.requestId}::text,
      ${e.detail === null ? null : JSON.stringify(e.detail)}::jsonb)`,
  );
  const audit = events.length
    ? sql`, audit as (
      insert into audit_events
        (at, org_id, actor_kind, actor_id, action, entity_type, entity_id, request_id, detail)
      select e.* from ref, (values ${sql.join(events)}) as e
    )`
    : sql``;
  const m = w.mail;
  const mail = m
    ? sql`, mail as (
      insert into outbox
        (id, kind, to_address, subject, text_body, html_body, reply_to, created_at, next_attempt_at)
      select ${m.id}, ${m.kind}, ${m.to}, ${reference(m.subject)}, ${reference(m.text)},
        ${m.html === undefined ? null : reference(m.html)}, ${m.replyTo ?? null}, ${m.at}, ${m.at}
      from ref
    )`
    : sql``;
  try {
    const r = await sql<{
      reference: string | null;
      request_hash: string | null;
      response: unknown;
    }>`
      with counter as (
        insert into reference_counters (prefix, year, last)
        select ${w.prefix}, ${w.year}, 1
        where not exists (
          select 1 from idempotency_keys where org_id = ${w.orgId} and key = ${w.key}
        )
        on conflict (prefix, year) do update set last = reference_counters.last + 1
        returning last
      ),
      ref as (
        select ${w.prefix}::text || '-' || ${w.year}::text || '-'
          || lpad(last::text, greatest(4, length(last::text)), '0') as reference
        from counter
      ),
      claimed as (
        insert into idempotency_keys (org_id, key, request_hash, response, created_at)
        select ${w.orgId}, ${w.key}, ${w.requestHash}, ${reference(w.response)}::jsonb, ${w.now}
        from ref
      ),
      submission as (
        insert into submissions
          (id, org_id, reference, status, created_at, updated_at, assignee_id, forwarded_from, doc)
        select ${s.id}, ${w.orgId}, ref.reference, ${s.status}, ${s.createdAt}, ${s.createdAt},
          ${s.assigneeId}, null, ${reference(s.doc)}::jsonb
        from ref
      )
      ${audit}
      ${mail}
      select ref.reference, k.request_hash, k.response
      from (values (1)) as one (x)
      left join ref on true
      left join idempotency_keys k on k.org_id = ${w.orgId} and k.key = ${w.key}`.execute(db);
    const row = r.rows[0]!;
    if (row.reference !== null) return { reference: row.reference };
    return {
      reference: undefined,
      record:
        row.request_hash === null
          ? undefined
          : { request_hash: row.request_hash, response: row.response },
    };
  } catch (error) {
    // A send of the same key committed while this one waited on the counter.
    if ((error as { code?: string }).code !== '23505') throw error;
    const record = await getIdempotencyRecord(db, w.orgId, w.key);
    if (!record) throw error;
    return { reference: undefined, record };
  }
}

/**
 * The next number of a reference prefix's year: 1, 2, 3 … (row-locked, so
 * concurrent posts never share one). Per prefix, not per owner: two owners
 * whose ids start alike share a prefix, and a reference must stay unique.
 */
export async function nextReferenceNumber(
  db: Kysely<Database>,
  prefix: string,
  year: number,
): Promise<number> {
  const row = await db
    .insertInto('reference_counters')
    .values({ prefix, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['prefix', 'year']).doUpdateSet({ last: sql`reference_counters.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/**
 * What the inbox keeps in columns of their own (it filters on them), not in
 * `doc`: the assignee, the tags and the links of a forward. The answer
 * shows them beside the stored record.
 */
const INBOX_FIELDS = ['assigneeId', 'tags', 'forwardedFrom', 'forwardedTo'] as const;
type StoredSubmission = Omit<Submission, (typeof INBOX_FIELDS)[number]>;

/** The stored record: a submission without its inbox fields. */
export function docOf(s: Submission): StoredSubmission {
  const doc: Record<string, unknown> = { ...s };
  for (const field of INBOX_FIELDS) delete doc[field];
  return doc as StoredSubmission;
}

export async function insertSubmission(
  db: Kysely<Database>,
  s: Submission,
  columns: { assigneeId?: string | null; forwardedFrom?: string | null } = {},
): Promise<void> {
  await db
    .insertInto('submissions')
    .values({
      id: s.id,
      org_id: s.orgId,
      reference: s.reference,
      status: s.status,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
      assignee_id: columns.assigneeId ?? null,
      forwarded_from: columns.forwardedFrom ?? null,
      doc: JSON.stringify(docOf(s)),
    })
    .execute();
}

export interface InboxRow {
  id: string;
  doc: unknown;
  assignee_id: string | null;
  tags: string[];
  forwarded_from: string | null;
  created_at: Date | string;
}

export const INBOX_COLUMNS = [
  'id',
  'doc',
  'assignee_id',
  'tags',
  'forwarded_from',
  'created_at',
] as const;

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * Submissions as the API shows them: the stored record with the inbox's
 * columns, `forwardedFrom` (the original a copy was made from) and
 * `forwardedTo` (the copies made of it, with their status now). `at` of a
 * link is when the forward was made: the copy's creation. Two queries for
 * any number of rows.
 */
export async function withInboxFields(
  db: Kysely<Database>,
  rows: readonly InboxRow[],
): Promise<Submission[]> {
  const ids = rows.map((r) => r.id);
  const originals = [...new Set(rows.flatMap((r) => (r.forwarded_from ? [r.forwarded_from] : [])))];
  const from = originals.length
    ? await db
        .selectFrom('submissions')
        .select(['id', 'org_id', 'reference', 'status'])
        .where('id', 'in', originals)
        .execute()
    : [];
  const to = ids.length
    ? await db
        .selectFrom('submissions')
        .select(['forwarded_from', 'org_id', 'reference', 'status', 'created_at'])
        .where('forwarded_from', 'in', ids)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    : [];
  const original = new Map(from.map((o) => [o.id, o]));
  return rows.map((r) => {
    const o = r.forwarded_from ? original.get(r.forwarded_from) : undefined;
    return {
      ...(r.doc as Submission),
      assigneeId: r.assignee_id,
      tags: r.tags,
      ...(o
        ? {
            forwardedFrom: {
              orgId: o.org_id,
              reference: o.reference,
              status: o.status as SubmissionStatus,
              at: iso(r.created_at),
            },
          }
        : {}),
      forwardedTo: to
        .filter((c) => c.forwarded_from === r.id)
        .map((c) => ({
          orgId: c.org_id,
          reference: c.reference,
          status: c.status as SubmissionStatus,
          at: iso(c.created_at),
        })),
    };
  });
}

/** An owner's submission; `lock`: row-locked until the transaction `db` ends (a change). */
export async function getSubmission(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  { lock = false } = {},
): Promise<Submission | undefined> {
  const row = await db
    .selectFrom('submissions')
    .select(INBOX_COLUMNS)
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .$if(lock, (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row ? (await withInboxFields(db, [row]))[0] : undefined;
}

/** An owner's submission by its human reference (e.g. `NOR-2026-0001`). */
export async function getSubmissionByReference(
  db: Kysely<Database>,
  orgId: string,
  reference: string,
): Promise<Submission | undefined> {
  const row = await db
    .selectFrom('submissions')
    .select(INBOX_COLUMNS)
    .where('reference', '=', reference)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row ? (await withInboxFields(db, [row]))[0] : undefined;
}

export const FINAL_STATUSES: readonly string[] = ['accepted', 'declined'];

/**
 * Writes a submission's record, and its assignee and tags when it has them
 * (`assigneeId` `null`: unassigned). The links of a forward are not written
 * here: they are where the copies are.
 */
export async function replaceSubmission(db: Kysely<Database>, s: Submission): Promise<void> {
  await db
    .updateTable('submissions')
    .set({
      status: s.status,
      updated_at: s.updatedAt,
      doc: JSON.stringify(docOf(s)),
      ...(s.assigneeId !== undefined ? { assignee_id: s.assigneeId } : {}),
      ...(s.tags !== undefined ? { tags: s.tags } : {}),
      // Retention runs from the move to a final status (a final status never moves again).
      closed_at: sql<Date | null>`coalesce(closed_at, ${FINAL_STATUSES.includes(s.status) ? s.updatedAt : null}::timestamptz)`,
    })
    .where('id', '=', s.id)
    .where('org_id', '=', s.orgId)
    .execute();
}

export async function listSubmissions(
  db: Kysely<Database>,
  p: { orgId: string; statuses?: string[] | undefined; limit: number; cursor?: string | undefined },
): Promise<{ data: Submission[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('submissions')
    .select(['id', 'doc', 'created_at'])
    .where('org_id', '=', p.orgId);
  if (p.statuses?.length) q = q.where('status', 'in', p.statuses);
  if (p.cursor) {
    const [key, id] = decodeCursor(p.cursor, 'time');
    q = q.where(sql<boolean>`(created_at, id) < (${String(key)}::timestamptz, ${id})`);
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(p.limit + 1)
    .execute();
  const result = page(rows, p.limit, (r) => [new Date(r.created_at).toISOString(), r.id]);
  return { data: result.rows.map((r) => r.doc as Submission), nextCursor: result.nextCursor };
}

/**
 * What a door opener sees filters on: the submissions credited to it (`via`),
 * by receiver, status and day of arrival. A forward's copy is the original's
 * second life, not a second door: it is left out.
 */
export interface OpenedDoorsFilter {
  via: string;
  orgs?: string[] | undefined;
  statuses?: string[] | undefined;
  /** From this day on (YYYY-MM-DD, UTC), inclusive. */
  from?: string | undefined;
  /** Up to this day (YYYY-MM-DD, UTC), inclusive. */
  to?: string | undefined;
}

function openedDoors(db: Kysely<Database>, f: OpenedDoorsFilter) {
  let q = db
    .selectFrom('submissions')
    .where(sql<boolean>`doc->>'via' = ${f.via}`)
    .where('forwarded_from', 'is', null);
  if (f.orgs?.length) q = q.where('org_id', 'in', f.orgs);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.from) q = q.where(sql<boolean>`created_at >= ${f.from}::timestamp at time zone 'UTC'`);
  if (f.to) {
    q = q.where(sql<boolean>`created_at < (${f.to}::date + 1)::timestamp at time zone 'UTC'`);
  }
  return q;
}

/** A page of the submissions credited to `via`, newest first. */
export async function listOpenedDoors(
  db: Kysely<Database>,
  f: OpenedDoorsFilter & { limit: number; cursor?: string | undefined },
): Promise<{ data: Submission[]; nextCursor: string | null }> {
  let q = openedDoors(db, f).select(['id', 'doc', 'created_at']);
  if (f.cursor) {
    const [key, id] = decodeCursor(f.cursor, 'time');
    q = q.where(sql<boolean>`(created_at, id) < (${String(key)}::timestamptz, ${id})`);
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const result = page(rows, f.limit, (r) => [new Date(r.created_at).toISOString(), r.id]);
  return { data: result.rows.map((r) => r.doc as Submission), nextCursor: result.nextCursor };
}

/** The counts of the submissions credited to `via`: per receiver, status and month of arrival (UTC). */
export async function countOpenedDoors(db: Kysely<Database>, f: OpenedDoorsFilter) {
  const month = sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM')`;
  const [byReceiver, byStatus, byMonth] = await Promise.all([
    openedDoors(db, f)
      .select(['org_id', sql<string>`count(*)::int`.as('count')])
      .groupBy('org_id')
      .orderBy('count', 'desc')
      .orderBy('org_id')
      .execute(),
    openedDoors(db, f)
      .select(['status', sql<string>`count(*)::int`.as('count')])
      .groupBy('status')
      .execute(),
    openedDoors(db, f)
      .select([month.as('month'), sql<string>`count(*)::int`.as('count')])
      .groupBy(month)
      .orderBy(month)
      .execute(),
  ]);
  return {
    byReceiver: byReceiver.map((r) => ({ orgId: r.org_id, count: Number(r.count) })),
    byStatus: byStatus.map((r) => ({ status: r.status, count: Number(r.count) })),
    byMonth: byMonth.map((r) => ({ month: r.month, count: Number(r.count) })),
  };
}

/** Who opened the door to `orgId`'s submissions: per `via`, kind and status (forwards' copies left out). */
export async function countDoorOpeners(db: Kysely<Database>, orgId: string) {
  const via = sql<string>`doc->>'via'`;
  const kind = sql<string>`doc->>'kind'`;
  const rows = await db
    .selectFrom('submissions')
    .select([via.as('via'), kind.as('kind'), 'status', sql<string>`count(*)::int`.as('count')])
    .where('org_id', '=', orgId)
    .where(sql<boolean>`doc->>'via' is not null`)
    .where('forwarded_from', 'is', null)
    .groupBy([via, kind, 'status'])
    .execute();
  return rows.map((r) => ({ via: r.via, kind: r.kind, status: r.status, count: Number(r.count) }));
}
