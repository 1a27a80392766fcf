/**
 * The inbox's reads: views, filters, search, sorts and keyset pages over an
 * organisation's submissions; counts per view; the timeline's and the
 * organisation-wide log's rows. Who may read them is decided above
 * (http/staff-access.ts); what a view means is decided here, once, for the
 * list, the counts and the export alike.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import {
  INBOX_VIEWS,
  type InboxSort,
  type InboxView,
  type Submission,
  type SubmissionLink,
  type SubmissionStatus,
} from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { BadCursorError, decodeCursor, page } from './cursor.js';

type Db = Kysely<Database>;
type Eb = ExpressionBuilder<Database, 'submissions'>;

/** Still to be worked on. */
export const OPEN_STATUSES: readonly SubmissionStatus[] = ['received', 'in-review', 'in-dialogue'];
/** Done with, here (`forwarded`: handed on to another organisation). */
export const CLOSED_STATUSES: readonly SubmissionStatus[] = ['forwarded', 'accepted', 'declined'];

/** The filters the list, the counts and the export share. */
export interface InboxFilter {
  orgId: string;
  statuses?: readonly string[] | undefined;
  challenges?: readonly string[] | undefined;
  kinds?: readonly string[] | undefined;
  /** Any of these tags. */
  tags?: readonly string[] | undefined;
  /** A staff id, or `null`: nobody. */
  assignee?: string | null | undefined;
  vias?: readonly string[] | undefined;
  /** YYYY-MM-DD, inclusive, on the arrival date (UTC). */
  from?: string | undefined;
  to?: string | undefined;
  /** Part of the reference, title, company name, contact name or e-mail (any case). */
  q?: string | undefined;
}

/** What the views need to know of the reader and of now. */
export interface ViewContext {
  /** The staff member reading (`mine`); none for an API key. */
  staffId?: string | undefined;
  /** Arrived before this and still unanswered: waiting too long (services/inbox.ts). */
  waitingBefore: Date;
}

const isOpen = (eb: Eb) => eb('status', 'in', OPEN_STATUSES as SubmissionStatus[]);

/** The condition of a view. */
function viewCondition(eb: Eb, view: InboxView, ctx: ViewContext): Expression<SqlBool> {
  switch (view) {
    case 'unassigned':
      return eb.and([isOpen(eb), eb('assignee_id', 'is', null)]);
    case 'mine':
      return eb.and([isOpen(eb), eb('assignee_id', '=', ctx.staffId ?? '')]);
    case 'waiting':
      return eb.and([
        isOpen(eb),
        eb('first_answer_at', 'is', null),
        eb('created_at', '<', ctx.waitingBefore),
      ]);
    case 'open':
      return isOpen(eb);
    case 'closed':
      return eb('status', 'in', CLOSED_STATUSES as SubmissionStatus[]);
    case 'all':
      return eb.and([]);
  }
}

/** `a_b%` → `a\_b\%`: what a person typed, matched literally inside LIKE. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const dayStart = (date: string) => new Date(`${date}T00:00:00.000Z`);
const nextDay = (date: string) => new Date(dayStart(date).getTime() + 86_400_000);

/** The filters' condition (no view). */
function filterCondition(eb: Eb, f: InboxFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [eb('org_id', '=', f.orgId)];
  if (f.statuses?.length) all.push(eb('status', 'in', [...f.statuses]));
  if (f.challenges?.length) all.push(eb(sql`doc ->> 'challengeId'`, 'in', [...f.challenges]));
  if (f.kinds?.length) all.push(eb(sql`doc ->> 'kind'`, 'in', [...f.kinds]));
  if (f.vias?.length) all.push(eb(sql`doc ->> 'via'`, 'in', [...f.vias]));
  if (f.tags?.length) all.push(sql<SqlBool>`tags && ${sql.val([...f.tags])}::text[]`);
  if (f.assignee === null) all.push(eb('assignee_id', 'is', null));
  else if (f.assignee !== undefined) all.push(eb('assignee_id', '=', f.assignee));
  if (f.from) all.push(eb('created_at', '>=', dayStart(f.from)));
  if (f.to) all.push(eb('created_at', '<', nextDay(f.to)));
  const q = f.q?.trim().toLowerCase();
  if (q) {
    all.push(sql<SqlBool>`search_text like ${`%${likeEscape(q)}%`}`);
  }
  return eb.and(all);
}

/** A link's JSON, as SubmissionLink has it (`at`: ISO 8601 in UTC with milliseconds). */
/**
 * The other end of a forward, `at` the time of the forward: the copy's
 * arrival, whichever end is asked about (`at` names the copy's table alias).
 */
const linkJson = (alias: string, at = alias) =>
  sql.raw(
    `jsonb_build_object('orgId', ${alias}.org_id, 'reference', ${alias}.reference, 'status', ${alias}.status, ` +
      `'at', to_char(${at}.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
  );

/**
 * A row of the list, with what the inbox adds to the stored record: the
 * assignee, the tags, and the forward links, read in the same query (the
 * original of a copy by its primary key, the copies of a submission by the
 * partial index on `forwarded_from`).
 */
const COLUMNS = [
  'id',
  'doc',
  'created_at',
  'updated_at',
  'assignee_id',
  'tags',
  sql<SubmissionLink | null>`(select ${linkJson('o', 'submissions')} from submissions o where o.id = submissions.forwarded_from)`.as(
    'forwarded_from_link',
  ),
  sql<
    SubmissionLink[] | null
  >`(select jsonb_agg(${linkJson('c')} order by c.created_at, c.id) from submissions c where c.forwarded_from = submissions.id)`.as(
    'forwarded_to_links',
  ),
] as const;

interface InboxRow {
  id: string;
  doc: unknown;
  created_at: Date;
  updated_at: Date;
  assignee_id: string | null;
  tags: string[];
  forwarded_from_link: SubmissionLink | null;
  forwarded_to_links: SubmissionLink[] | null;
}

/**
 * The page's cursor names its sort, so a cursor of one sort given with
 * another is refused (400) rather than answered with a wrong page.
 */
const SORT_MARK: Record<InboxSort, string> = { newest: 'n', oldest: 'o', updated: 'u' };

function decodeInboxCursor(cursor: string, sort: InboxSort): [string, string] {
  const [key, marked] = decodeCursor(cursor, 'time');
  const mark = `${SORT_MARK[sort]}:`;
  if (!marked.startsWith(mark)) {
    throw new BadCursorError('The cursor is of another sort; start again without it');
  }
  return [String(key), marked.slice(mark.length)];
}

export interface InboxListArgs extends InboxFilter {
  view: InboxView;
  sort: InboxSort;
  limit: number;
  cursor?: string | undefined;
}

export async function listInbox(
  db: Db,
  args: InboxListArgs,
  ctx: ViewContext,
): Promise<{ data: Submission[]; nextCursor: string | null }> {
  const { sort } = args;
  const column = sort === 'updated' ? 'updated_at' : 'created_at';
  const direction = sort === 'oldest' ? 'asc' : 'desc';
  let q = db
    .selectFrom('submissions')
    .select([...COLUMNS])
    .where((eb) => eb.and([filterCondition(eb, args), viewCondition(eb, args.view, ctx)]));
  if (args.cursor) {
    const [key, id] = decodeInboxCursor(args.cursor, sort);
    const col = sql.ref(column);
    q = q.where(
      direction === 'desc'
        ? sql<SqlBool>`(${col}, id) < (${key}::timestamptz, ${id})`
        : sql<SqlBool>`(${col}, id) > (${key}::timestamptz, ${id})`,
    );
  }
  const rows = await q
    .orderBy(column, direction)
    .orderBy('id', direction)
    .limit(args.limit + 1)
    .execute();
  const result = page(rows, args.limit, (r) => [
    new Date(sort === 'updated' ? r.updated_at : r.created_at).toISOString(),
    `${SORT_MARK[sort]}:${r.id}`,
  ]);
  return { data: withInboxFields(result.rows), nextCursor: result.nextCursor };
}

/** One submission of an organisation with the inbox's fields, or undefined. */
export async function getInboxSubmission(
  db: Db,
  orgId: string,
  id: string,
): Promise<Submission | undefined> {
  const row = await db
    .selectFrom('submissions')
    .select([...COLUMNS])
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row ? withInboxFields([row])[0] : undefined;
}

/**
 * The stored records with the inbox's columns laid over them: the assignee,
 * the tags, where a forward's copy came from and where copies went, each with
 * its organisation, reference, status and when it arrived there.
 */
export function withInboxFields(rows: InboxRow[]): Submission[] {
  return rows.map((r) => {
    const { forwardedFrom: _from, forwardedTo: _to, ...rest } = r.doc as Submission;
    return {
      ...rest,
      assigneeId: r.assignee_id,
      tags: r.tags,
      ...(r.forwarded_from_link ? { forwardedFrom: r.forwarded_from_link } : {}),
      forwardedTo: r.forwarded_to_links ?? [],
    };
  });
}

export type InboxCounts = Record<InboxView, number>;

/** How many submissions each view holds under the same filters. */
export async function countInbox(
  db: Db,
  filter: InboxFilter,
  ctx: ViewContext,
): Promise<InboxCounts> {
  const row = await db
    .selectFrom('submissions')
    .where((eb) => filterCondition(eb, filter))
    .select((eb) =>
      INBOX_VIEWS.map((view) =>
        view === 'mine' && !ctx.staffId
          ? sql<number>`0`.as(view)
          : eb.fn
              .countAll<string>()
              .filterWhere(viewCondition(eb, view, ctx))
              .as(view),
      ),
    )
    .executeTakeFirstOrThrow();
  return Object.fromEntries(
    INBOX_VIEWS.map((v) => [v, Number((row as Record<string, unknown>)[v])]),
  ) as InboxCounts;
}

/** Names of staff by id (their name, else their address), for the timeline and the export. */
export async function staffNames(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'name', 'email'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name ?? r.email]));
}

/** The labels of API keys by id. */
export async function keyLabels(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('api_keys')
    .select(['id', 'label'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.flatMap((r) => (r.label ? [[r.id, r.label] as [string, string]] : [])));
}

export interface AuditEventRow {
  id: string;
  at: Date;
  actor_kind: string;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  request_id: string | null;
  detail: unknown;
}

/** A submission's events, oldest first. */
export async function submissionEvents(
  db: Db,
  orgId: string,
  submissionId: string,
): Promise<AuditEventRow[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('entity_type', '=', 'submission')
    .where('entity_id', '=', submissionId)
    .where('org_id', '=', orgId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id), at: new Date(r.at) }));
}

/** The bodies of notes or messages by id (what erasure left of them). */
export async function bodies(
  db: Db,
  table: 'submission_notes' | 'submission_messages',
  submissionId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom(table)
    .select(['id', 'body'])
    .where('submission_id', '=', submissionId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.body]));
}

/** Whether this person opened this submission since `since` (the view events' throttle). */
export async function viewedSince(
  db: Db,
  p: { orgId: string; submissionId: string; staffId: string; since: Date },
): Promise<boolean> {
  const row = await db
    .selectFrom('audit_events')
    .select('id')
    .where('entity_type', '=', 'submission')
    .where('entity_id', '=', p.submissionId)
    .where('at', '>', p.since)
    .where('action', '=', 'view')
    .where('actor_kind', '=', 'staff')
    .where('actor_id', '=', p.staffId)
    .where('org_id', '=', p.orgId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface AuditQuery {
  orgId: string;
  entity?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** The organisation's log, newest first. */
export async function listAuditEvents(
  db: Db,
  p: AuditQuery,
): Promise<{ rows: AuditEventRow[]; nextCursor: string | null }> {
  let q = db.selectFrom('audit_events').selectAll().where('org_id', '=', p.orgId);
  if (p.entity) q = q.where('entity_type', '=', p.entity);
  if (p.action) q = q.where('action', '=', p.action);
  if (p.actor) q = q.where('actor_id', '=', p.actor);
  if (p.from) q = q.where('at', '>=', dayStart(p.from));
  if (p.to) q = q.where('at', '<', nextDay(p.to));
  if (p.cursor) {
    const [key, id] = decodeCursor(p.cursor, 'time');
    if (!/^\d{1,18}$/.test(id))
      throw new BadCursorError('The cursor is not one this server gave out');
    q = q.where(sql<SqlBool>`(at, id) < (${String(key)}::timestamptz, ${id}::bigint)`);
  }
  const rows = await q
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(p.limit + 1)
    .execute();
  const result = page(
    rows.map((r) => ({ ...r, id: String(r.id), at: new Date(r.at) })),
    p.limit,
    (r) => [r.at.toISOString(), r.id],
  );
  return { rows: result.rows, nextCursor: result.nextCursor };
}
