import { sql, type Kysely } from 'kysely';
import type { Submission, SubmissionStatus } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { decodeCursor, page } from './cursor.js';

/** Claims an idempotency key; false when it is already claimed (waits for a claim in flight). */
export async function claimIdempotencyKey(
  db: Kysely<Database>,
  k: { orgId: string; key: string; requestHash: string; now: Date },
): Promise<boolean> {
  const r = await db
    .insertInto('idempotency_keys')
    .values({
      org_id: k.orgId,
      key: k.key,
      request_hash: k.requestHash,
      response: null,
      created_at: k.now,
    })
    .onConflict((oc) => oc.columns(['org_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * claimIdempotencyKey and nextReferenceNumber in one statement (one round
 * trip, the same locks in the same order): the key is claimed, and only if it
 * was, the prefix's counter moves on. Undefined when the key was already
 * claimed (after waiting for a claim in flight), the counter untouched.
 */
export async function claimKeyAndNumber(
  db: Kysely<Database>,
  k: { orgId: string; key: string; requestHash: string; now: Date; prefix: string; year: number },
): Promise<number | undefined> {
  const r = await sql<{ last: number }>`
    with claimed as (
      insert into idempotency_keys (org_id, key, request_hash, response, created_at)
      values (${k.orgId}, ${k.key}, ${k.requestHash}, null, ${k.now})
      on conflict (org_id, key) do nothing
      returning 1
    )
    insert into reference_counters (prefix, year, last)
    select ${k.prefix}, ${k.year}, 1 where exists (select 1 from claimed)
    on conflict (prefix, year) do update set last = reference_counters.last + 1
    returning last`.execute(db);
  return r.rows[0]?.last;
}

export async function getIdempotencyRecord(db: Kysely<Database>, orgId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('org_id', '=', orgId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function storeIdempotentResponse(
  db: Kysely<Database>,
  orgId: string,
  key: string,
  response: unknown,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ response: JSON.stringify(response) })
    .where('org_id', '=', orgId)
    .where('key', '=', key)
    .execute();
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
