/**
 * The inbox's own rows beside the submissions (migration 9): internal notes,
 * messages to the company, the organisation's tags, the default assignee of
 * a challenge's submissions, and what a change needs to know about staff.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export interface InboxEntryRow {
  id: string;
  body: string;
  authorId: string | null;
  createdAt: string;
}

export async function insertNote(
  db: Db,
  n: {
    id: string;
    submissionId: string;
    orgId: string;
    authorId: string | null;
    body: string;
    now: Date;
  },
): Promise<InboxEntryRow> {
  await db
    .insertInto('submission_notes')
    .values({
      id: n.id,
      submission_id: n.submissionId,
      org_id: n.orgId,
      author_id: n.authorId,
      body: n.body,
      created_at: n.now,
    })
    .execute();
  return { id: n.id, body: n.body, authorId: n.authorId, createdAt: n.now.toISOString() };
}

export async function insertMessage(
  db: Db,
  m: {
    id: string;
    submissionId: string;
    orgId: string;
    authorId: string | null;
    body: string;
    outboxId: string;
    now: Date;
  },
): Promise<InboxEntryRow> {
  await db
    .insertInto('submission_messages')
    .values({
      id: m.id,
      submission_id: m.submissionId,
      org_id: m.orgId,
      author_id: m.authorId,
      body: m.body,
      outbox_id: m.outboxId,
      created_at: m.now,
    })
    .execute();
  return { id: m.id, body: m.body, authorId: m.authorId, createdAt: m.now.toISOString() };
}

/** The messages to the companies of these submissions, oldest first. */
export async function messagesOf(
  db: Db,
  submissionIds: readonly string[],
): Promise<Array<{ submissionId: string; body: string; createdAt: string }>> {
  if (!submissionIds.length) return [];
  const rows = await db
    .selectFrom('submission_messages')
    .select(['submission_id', 'body', 'created_at'])
    .where('submission_id', 'in', submissionIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    submissionId: r.submission_id,
    body: r.body,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** The first time staff wrote to the company, kept once (the answer promise is measured to it). */
export async function markFirstAnswer(db: Db, submissionId: string, now: Date): Promise<void> {
  await db
    .updateTable('submissions')
    .set({ first_answer_at: sql<Date>`coalesce(first_answer_at, ${now}::timestamptz)` })
    .where('id', '=', submissionId)
    .execute();
}

/**
 * What the person wrote or is, in the notes and messages of these
 * submissions, replaced by a marker (erasure): the rows stay, so the
 * timeline still shows that something was written, and when.
 */
export async function eraseInboxTexts(
  db: Db,
  submissionIds: readonly string[],
  marker: string,
): Promise<void> {
  if (!submissionIds.length) return;
  await db
    .updateTable('submission_notes')
    .set({ body: marker })
    .where('submission_id', 'in', submissionIds)
    .execute();
  await db
    .updateTable('submission_messages')
    .set({ body: marker })
    .where('submission_id', 'in', submissionIds)
    .execute();
}

/** The staff ids among `ids` that are members of the organisation. */
export async function membersAmong(
  db: Db,
  orgId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('memberships')
    .select('staff_id')
    .where('org_id', '=', orgId)
    .where('staff_id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.staff_id));
}

/** A name to show for staff ids (the name, else the address: colleagues see each other's). */
export async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'name', 'email'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name ?? r.email]));
}

export async function listTags(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('org_tags')
    .select('tag')
    .where('org_id', '=', orgId)
    .orderBy('tag')
    .execute();
  return rows.map((r) => r.tag);
}

/** False when the organisation has the tag already. */
export async function insertTag(db: Db, orgId: string, tag: string, now: Date): Promise<boolean> {
  const r = await db
    .insertInto('org_tags')
    .values({ org_id: orgId, tag, created_at: now })
    .onConflict((oc) => oc.columns(['org_id', 'tag']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes the tag; false when there was none. */
export async function deleteTag(db: Db, orgId: string, tag: string): Promise<boolean> {
  const r = await db
    .deleteFrom('org_tags')
    .where('org_id', '=', orgId)
    .where('tag', '=', tag)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Takes the tag off every submission of the organisation that has it; their ids and new tags. */
export async function untagSubmissions(
  db: Db,
  orgId: string,
  tag: string,
): Promise<Array<{ id: string; tags: string[] }>> {
  return db
    .updateTable('submissions')
    .set({ tags: sql<string[]>`array_remove(tags, ${tag})` })
    .where('org_id', '=', orgId)
    .where(sql<boolean>`${tag} = any(tags)`)
    .returning(['id', 'tags'])
    .execute();
}

/** Whether the organisation has this challenge (a draft too). */
export async function ownsChallenge(db: Db, orgId: string, challengeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('challenges')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', challengeId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setChallengeAssignee(
  db: Db,
  orgId: string,
  challengeId: string,
  staffId: string | null,
): Promise<void> {
  if (staffId === null) {
    await db
      .deleteFrom('challenge_assignees')
      .where('org_id', '=', orgId)
      .where('challenge_id', '=', challengeId)
      .execute();
    return;
  }
  await db
    .insertInto('challenge_assignees')
    .values({ org_id: orgId, challenge_id: challengeId, staff_id: staffId })
    .onConflict((oc) => oc.columns(['org_id', 'challenge_id']).doUpdateSet({ staff_id: staffId }))
    .execute();
}

/** The copies made of these submissions by forwards, and their copies in turn. */
export async function copiesOf(
  db: Db,
  ids: readonly string[],
): Promise<Array<{ id: string; orgId: string }>> {
  const found: Array<{ id: string; orgId: string }> = [];
  const seen = new Set(ids);
  let next = [...ids];
  while (next.length) {
    const rows = await db
      .selectFrom('submissions')
      .select(['id', 'org_id'])
      .where('forwarded_from', 'in', next)
      .execute();
    next = [];
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      found.push({ id: r.id, orgId: r.org_id });
      next.push(r.id);
    }
  }
  return found;
}

/** The latest event of a submission that changed it (not a view, note, message or export). */
export async function lastChange(
  db: Db,
  orgId: string,
  submissionId: string,
): Promise<
  | {
      at: Date;
      actorKind: string;
      actorId: string;
      action: string;
      detail: Record<string, unknown> | null;
    }
  | undefined
> {
  const row = await db
    .selectFrom('audit_events')
    .select(['at', 'actor_kind', 'actor_id', 'action', 'detail'])
    .where('entity_type', '=', 'submission')
    .where('entity_id', '=', submissionId)
    .where('org_id', '=', orgId)
    .where('action', 'in', ['create', 'move', 'assign', 'tag', 'forward', 'erase', 'update'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        at: new Date(row.at),
        actorKind: row.actor_kind,
        actorId: row.actor_id,
        action: row.action,
        detail: row.detail as Record<string, unknown> | null,
      }
    : undefined;
}

export async function apiKeyLabel(db: Db, keyId: string): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select('label')
    .where('id', '=', keyId)
    .executeTakeFirst();
  return row?.label;
}
