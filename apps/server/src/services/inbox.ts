/**
 * The inbox's reads: the list and its views, counts, the CSV export (recorded
 * per submission), a submission's timeline, `view` events, and the
 * organisation-wide log. SQL in store/inbox.ts; who may read in
 * http/staff-access.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Submission } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as store from '../store/inbox.js';
import { insertAuditEvents } from '../store/audit.js';
import type { Clock } from './clock.js';
import { NotFoundError } from './errors.js';
import type { Actor, ActorKind, WriteContext } from './audit.js';
import { recordAudit } from './audit.js';
import { recordEtag } from './versions.js';

type Db = Kysely<Database>;
const DAY = 86_400_000;

/**
 * The moment `days` working days (Monday to Friday, UTC; public holidays are
 * not known) before `now`: a step back per working day, Saturdays and Sundays
 * skipped. A submission that arrived before it has waited longer than that.
 */
export function workingDaysBefore(now: Date, days: number): Date {
  let t = now.getTime();
  for (let left = days; left > 0;) {
    t -= DAY;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(t);
}

/** The reader: a staff member (for `mine`) or an API key (none). */
export interface Reader {
  orgId: string;
  actor: Actor;
}

/** What the views need; the organisation's answer promise is read only when `waiting` is asked. */
async function viewContext(
  db: Db,
  clock: Clock,
  reader: Reader,
  waiting = true,
): Promise<store.ViewContext> {
  const org = waiting
    ? await db
        .selectFrom('organizations')
        .select('answer_days')
        .where('id', '=', reader.orgId)
        .executeTakeFirst()
    : undefined;
  return {
    staffId: reader.actor.kind === 'staff' ? reader.actor.id : undefined,
    waitingBefore: workingDaysBefore(clock.now(), org?.answer_days ?? 10),
  };
}

export type ListArgs = Omit<store.InboxListArgs, 'orgId'>;
export type Filter = Omit<store.InboxFilter, 'orgId'>;

export async function listInbox(db: Db, clock: Clock, reader: Reader, args: ListArgs) {
  const ctx = await viewContext(db, clock, reader, args.view === 'waiting');
  return store.listInbox(db, { ...args, orgId: reader.orgId }, ctx);
}

export async function countInbox(db: Db, clock: Clock, reader: Reader, filter: Filter) {
  const ctx = await viewContext(db, clock, reader);
  return store.countInbox(db, { ...filter, orgId: reader.orgId }, ctx);
}

/**
 * A submission's ETag: the record with its assignee and tags, without the
 * forward links (they show other records, which change on their own). Every
 * `If-Match` on a submission is checked against this.
 */
export function submissionEtag(s: Submission): string {
  return recordEtag(versioned(s));
}

/** What a submission's ETag is the hash of (for `checkIfMatch`). */
export function versioned(s: Submission): Omit<Submission, 'forwardedFrom' | 'forwardedTo'> {
  const { forwardedFrom: _from, forwardedTo: _to, ...own } = s;
  return { ...own, assigneeId: own.assigneeId ?? null, tags: own.tags ?? [] };
}

/** One submission with the inbox's fields. */
export async function getInboxSubmission(db: Db, orgId: string, id: string): Promise<Submission> {
  const s = await store.getInboxSubmission(db, orgId, id);
  if (!s) throw new NotFoundError(`Submission "${id}"`);
  return s;
}

/**
 * Records that a staff member opened a submission: at most once per person,
 * submission and hour (a lock per pair keeps two tabs at once to one event).
 */
export async function recordView(
  db: Db,
  clock: Clock,
  by: WriteContext,
  orgId: string,
  submissionId: string,
): Promise<void> {
  if (by.actor.kind !== 'staff') return;
  const staffId = by.actor.id;
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`view:${staffId}:${submissionId}`}))`.execute(
      trx,
    );
    const now = clock.now();
    const since = new Date(now.getTime() - 3_600_000);
    if (await store.viewedSince(trx, { orgId, submissionId, staffId, since })) return;
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'view',
      entityType: 'submission',
      entityId: submissionId,
    });
  });
}

// ---------------------------------------------------------------------------
// CSV

/** Cells that a spreadsheet would read as a formula (or that hide one) start with `'`. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

type Cell = string | number | undefined;

const csvCell = (value: Cell): string => {
  const text = value === undefined ? '' : String(value);
  return `"${neutralise(text).replace(/"/g, '""')}"`;
};

const CSV_COLUMNS: Array<[string, (s: Submission, names: Map<string, string>) => Cell]> = [
  ['reference', (s) => s.reference],
  ['received', (s) => s.createdAt],
  ['updated', (s) => s.updatedAt],
  ['status', (s) => s.status],
  ['kind', (s) => s.kind],
  ['title', (s) => s.title],
  ['description', (s) => s.description],
  ['challenge', (s) => s.challengeId],
  ['via', (s) => s.via],
  ['company', (s) => s.company?.name],
  ['organisation number', (s) => s.company?.orgNumber],
  ['country', (s) => s.company?.country],
  ['company size', (s) => s.company?.size],
  ['website', (s) => s.company?.website],
  ['contact', (s) => s.contact?.name],
  ['e-mail', (s) => s.contact?.email],
  ['phone', (s) => s.contact?.phone],
  ['maturity', (s) => s.maturity],
  ['confidential', (s) => (s.confidential ? 'yes' : 'no')],
  ['language', (s) => s.language],
  ['assignee', (s, names) => (s.assigneeId ? (names.get(s.assigneeId) ?? s.assigneeId) : '')],
  ['tags', (s) => (s.tags ?? []).join(', ')],
  [
    'forwarded from',
    (s) => (s.forwardedFrom ? `${s.forwardedFrom.orgId} ${s.forwardedFrom.reference}` : ''),
  ],
  [
    'forwarded to',
    (s) => (s.forwardedTo ?? []).map((l) => `${l.orgId} ${l.reference} (${l.status})`).join('; '),
  ],
  ['erased', (s) => s.erasedAt],
];

/** RFC 4180 text with a byte-order mark (so spreadsheet programs read UTF-8). */
export function toCsv(rows: Submission[], names: Map<string, string>): string {
  const lines = [CSV_COLUMNS.map(([name]) => csvCell(name)).join(',')];
  for (const s of rows) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(s, names))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Every submission the list would show (all pages), as CSV, and an `export`
 * event on each, read and recorded in one transaction.
 */
export async function exportCsv(
  db: Db,
  clock: Clock,
  reader: Reader,
  by: WriteContext,
  args: Omit<ListArgs, 'limit' | 'cursor'>,
): Promise<{ csv: string; count: number }> {
  return db.transaction().execute(async (trx) => {
    const ctx = await viewContext(trx, clock, reader, args.view === 'waiting');
    const all: Submission[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listInbox(
        trx,
        { ...args, orgId: reader.orgId, limit: 500, cursor },
        ctx,
      );
      all.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const names = await store.staffNames(
      trx,
      all.flatMap((s) => (s.assigneeId ? [s.assigneeId] : [])),
    );
    const at = clock.now();
    await insertAuditEvents(
      trx,
      all.map((s) => ({
        at,
        orgId: reader.orgId,
        actorKind: by.actor.kind,
        actorId: by.actor.id,
        action: 'export',
        entityType: 'submission',
        entityId: s.id,
        requestId: by.requestId ?? null,
        detail: {},
      })),
    );
    return { csv: toCsv(all, names), count: all.length };
  });
}

// ---------------------------------------------------------------------------
// Timeline and log

export interface ActorView {
  kind: ActorKind;
  id: string;
  name?: string;
}

export interface TimelineEvent {
  id: string;
  at: string;
  action: string;
  actor: ActorView;
  detail: Record<string, unknown>;
}

async function actorNames(db: Db, rows: store.AuditEventRow[], extraStaff: string[] = []) {
  const staff = await store.staffNames(db, [
    ...rows.filter((r) => r.actor_kind === 'staff').map((r) => r.actor_id),
    ...extraStaff,
  ]);
  const keys = await store.keyLabels(
    db,
    rows.filter((r) => r.actor_kind === 'api_key').map((r) => r.actor_id),
  );
  const actor = (r: store.AuditEventRow): ActorView => {
    const name =
      r.actor_kind === 'staff'
        ? staff.get(r.actor_id)
        : r.actor_kind === 'api_key'
          ? keys.get(r.actor_id)
          : r.actor_kind === 'operator'
            ? r.actor_id
            : r.actor_kind === 'system'
              ? 'Entrypoint'
              : undefined;
    return {
      kind: r.actor_kind as ActorKind,
      id: r.actor_id,
      ...(name ? { name } : {}),
    };
  };
  return { staff, actor };
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * A submission's events, oldest first, each with who did it and what: names
 * of staff looked up now, bodies of notes and messages read from their own
 * tables (so that an erasure clears them here too).
 */
export async function timeline(db: Db, orgId: string, id: string): Promise<TimelineEvent[]> {
  const submission = await store.getInboxSubmission(db, orgId, id);
  if (!submission) throw new NotFoundError(`Submission "${id}"`);
  const rows = await store.submissionEvents(db, orgId, id);
  const details = rows.map((r) => (r.detail ?? {}) as Record<string, unknown>);
  const mentioned = details.flatMap((d) =>
    [str(d.assigneeId), str(d.toStaffId)].filter((v): v is string => v !== undefined),
  );
  const { staff, actor } = await actorNames(db, rows, mentioned);
  const notes = rows.some((r) => r.action === 'note')
    ? await store.bodies(db, 'submission_notes', id)
    : new Map<string, string>();
  const messages = rows.some((r) => r.action === 'message' || r.action === 'move')
    ? await store.bodies(db, 'submission_messages', id)
    : new Map<string, string>();
  return rows.map((r, i) => {
    const d = { ...details[i] };
    const noteId = str(d.noteId);
    const messageId = str(d.messageId);
    if (r.action === 'note' && noteId !== undefined) {
      const body = notes.get(noteId);
      if (body !== undefined) d.body = body;
    }
    if (r.action === 'message' && messageId !== undefined) {
      const body = messages.get(messageId);
      if (body !== undefined) d.body = body;
    }
    if (r.action === 'move' && messageId !== undefined) {
      const body = messages.get(messageId);
      if (body !== undefined) d.message = body;
    }
    const assigneeId = str(d.assigneeId);
    if (r.action === 'assign' && assigneeId && staff.has(assigneeId)) {
      d.assigneeName = staff.get(assigneeId);
    }
    const toStaffId = str(d.toStaffId);
    if (r.action === 'forward' && toStaffId && staff.has(toStaffId)) {
      d.toStaffName = staff.get(toStaffId);
    }
    const who = actor(r);
    if (
      r.actor_kind === 'public' &&
      !who.name &&
      submission.company?.name &&
      !submission.erasedAt
    ) {
      who.name = submission.company.name;
    }
    return { id: r.id, at: r.at.toISOString(), action: r.action, actor: who, detail: d };
  });
}

export interface AuditLogEntry {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: ActorView;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

/** The organisation's log, newest first, a page at a time. */
export async function auditLog(
  db: Db,
  query: store.AuditQuery,
): Promise<{ data: AuditLogEntry[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await store.listAuditEvents(db, query);
  const { actor } = await actorNames(db, rows);
  return {
    data: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      actor: actor(r),
      requestId: r.request_id,
      detail: (r.detail ?? null) as Record<string, unknown> | null,
    })),
    nextCursor,
  };
}
