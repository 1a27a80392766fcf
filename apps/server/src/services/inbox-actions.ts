/**
 * Working a submission in the inbox: moving, assigning and tagging it (one
 * PATCH, or in bulk), internal notes, messages to the company, forwards to a
 * colleague or to another organisation on the server, the organisation's
 * tags and the default assignee of a challenge.
 *
 * Each change runs in one transaction on the submission's locked row, with
 * one audit event per kind of change (services/audit.ts) and its mails
 * enqueued in the outbox (services/notify.ts), so a change, its trail and
 * its mails exist together or not at all. Note and message bodies live in
 * their own tables, not in the audit trail, so erasure can clear them.
 */
import type { Kysely } from 'kysely';
import type { Submission, SubmissionStatus } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as store from '../store/submissions.js';
import * as inbox from '../store/inbox-actions.js';
import { getOrganization } from '../store/organizations.js';
import type { Clock } from './clock.js';
import { ConflictError, DomainError, InvalidError, NotFoundError } from './errors.js';
import { newId } from './ids.js';
import { recordAudit, type WriteContext } from './audit.js';
import type { WriteCondition } from './versions.js';
import {
  assertTransition,
  checkSubmissionVersion,
  formatReference,
  referencePrefix,
} from './submissions.js';
import {
  mailCompany,
  notifyAssigned,
  notifyColleagueForward,
  notifyForwardReceived,
  tellCompanyForwarded,
} from './notify.js';

type Db = Kysely<Database>;

/** What one PATCH (or one item of a bulk change) asks for. */
export interface SubmissionChange {
  status?: SubmissionStatus | undefined;
  /** Sent to the company (with the move, when there is one). */
  message?: string | undefined;
  /** `null`: unassign. */
  assigneeId?: string | null | undefined;
  /** The whole set of tags. */
  tags?: string[] | undefined;
}

export type InboxEntry = inbox.InboxEntryRow;

const authorOf = (by: WriteContext) => (by.actor.kind === 'staff' ? by.actor.id : null);
const unique = <T>(items: readonly T[]) => [...new Set(items)];
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

async function lockedSubmission(trx: Db, orgId: string, id: string): Promise<Submission> {
  const s = await store.getSubmission(trx, orgId, id, { lock: true });
  if (!s) throw new NotFoundError(`Submission "${id}"`);
  return s;
}

async function assertMember(db: Db, orgId: string, staffId: string, path: string) {
  if ((await inbox.membersAmong(db, orgId, [staffId])).has(staffId)) return;
  throw new InvalidError([{ path, message: `"${staffId}" is not a member of this organisation` }]);
}

async function assertTags(db: Db, orgId: string, tags: readonly string[], path: string) {
  if (!tags.length) return;
  const known = new Set(await inbox.listTags(db, orgId));
  const unknown = tags.filter((t) => !known.has(t));
  if (unknown.length) {
    throw new InvalidError([
      {
        path,
        message: `Not one of your tags: ${unknown.map((t) => `"${t}"`).join(', ')} (create them first)`,
      },
    ]);
  }
}

function assertNotErased(s: Submission, doing: string) {
  if (s.erasedAt) {
    throw new ConflictError(
      `The data of the person who sent ${s.reference} was erased: there is nobody to ${doing}`,
    );
  }
}

/** Writes to the company by mail and keeps the message (its first answer, too). No audit event. */
async function messageCompany(
  trx: Db,
  clock: Clock,
  s: Submission,
  body: string,
  by: WriteContext,
): Promise<InboxEntry> {
  const { outboxId } = await mailCompany(trx, clock, s, body);
  const now = clock.now();
  const entry = await inbox.insertMessage(trx, {
    id: newId(),
    submissionId: s.id,
    orgId: s.orgId,
    authorId: authorOf(by),
    body,
    outboxId,
    now,
  });
  await inbox.markFirstAnswer(trx, s.id, now);
  return entry;
}

/**
 * Applies a change to a submission whose row the transaction `trx` holds:
 * checks it all first (422 for an assignee or tag that is not the
 * organisation's, 409 for a move the map does not allow or a message to an
 * erased submission), then writes it with one event per kind of change:
 * `move` {from, to, messageId?}, `message` {messageId}, `assign`
 * {assigneeId}, `tag` {tags}. What changes nothing records nothing.
 */
async function applyChange(
  trx: Db,
  clock: Clock,
  existing: Submission,
  change: SubmissionChange,
  by: WriteContext,
  { notify = true } = {},
): Promise<Submission> {
  const { orgId } = existing;
  if (change.assigneeId) await assertMember(trx, orgId, change.assigneeId, 'assigneeId');
  const tags = change.tags ? unique(change.tags) : undefined;
  if (tags) await assertTags(trx, orgId, tags, 'tags');
  const from = existing.status;
  const to = change.status ?? from;
  const moves = to !== from;
  if (moves) assertTransition(from, to);
  if (change.message !== undefined) assertNotErased(existing, 'write to');
  const assigns = change.assigneeId !== undefined && change.assigneeId !== existing.assigneeId;
  const retags = tags !== undefined && !sameSet(tags, existing.tags ?? []);
  if (!moves && !assigns && !retags && change.message === undefined) return existing;

  const next: Submission = {
    ...existing,
    status: to,
    assigneeId: assigns ? change.assigneeId! : (existing.assigneeId ?? null),
    tags: retags ? tags : (existing.tags ?? []),
    ...(moves || assigns || retags ? { updatedAt: clock.now().toISOString() } : {}),
  };
  if (moves || assigns || retags) await store.replaceSubmission(trx, next);
  const message =
    change.message !== undefined
      ? await messageCompany(trx, clock, next, change.message, by)
      : undefined;
  const event = (action: 'move' | 'message' | 'assign' | 'tag', detail: Record<string, unknown>) =>
    recordAudit(trx, clock, by, {
      orgId,
      action,
      entityType: 'submission',
      entityId: existing.id,
      detail,
    });
  if (moves) await event('move', { from, to, ...(message ? { messageId: message.id } : {}) });
  if (message) await event('message', { messageId: message.id });
  if (assigns) await event('assign', { assigneeId: next.assigneeId });
  if (retags) await event('tag', { tags: next.tags });
  const assignee = next.assigneeId;
  if (notify && assigns && assignee && !(by.actor.kind === 'staff' && by.actor.id === assignee)) {
    await notifyAssigned(trx, clock, next, assignee, by);
  }
  return (await store.getSubmission(trx, orgId, existing.id))!;
}

/** `PATCH /v1/submissions/{id}`: move, message, assign, tag; `If-Match` honoured (412 says who changed what). */
export async function updateSubmission(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  change: SubmissionChange,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<Submission> {
  return db.transaction().execute(async (trx) => {
    const existing = await lockedSubmission(trx, orgId, id);
    await checkSubmissionVersion(trx, condition.ifMatch, existing);
    return applyChange(trx, clock, existing, change, by);
  });
}

export interface BulkChange {
  ids: string[];
  assigneeId?: string | null | undefined;
  status?: SubmissionStatus | undefined;
  addTags?: string[] | undefined;
  removeTags?: string[] | undefined;
}

export type BulkOutcome = { id: string; ok: true } | { id: string; ok: false; error: DomainError };

/**
 * The same change on many submissions, each in a transaction of its own: one
 * that cannot take it (not found, a move not allowed from its status) does
 * not hold the others back. An assignee or a tag that is not the
 * organisation's refuses the whole request (422) before anything is written.
 */
export async function bulkChange(
  db: Db,
  clock: Clock,
  orgId: string,
  bulk: BulkChange,
  by: WriteContext,
): Promise<BulkOutcome[]> {
  if (bulk.assigneeId) await assertMember(db, orgId, bulk.assigneeId, 'assigneeId');
  if (bulk.addTags) await assertTags(db, orgId, bulk.addTags, 'addTags');
  const outcomes: BulkOutcome[] = [];
  for (const id of unique(bulk.ids)) {
    try {
      await db.transaction().execute(async (trx) => {
        const existing = await lockedSubmission(trx, orgId, id);
        const tags =
          bulk.addTags || bulk.removeTags
            ? unique([...(existing.tags ?? []), ...(bulk.addTags ?? [])]).filter(
                (t) => !bulk.removeTags?.includes(t),
              )
            : undefined;
        await applyChange(
          trx,
          clock,
          existing,
          { status: bulk.status, assigneeId: bulk.assigneeId, tags },
          by,
        );
      });
      outcomes.push({ id, ok: true });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.push({ id, ok: false, error });
    }
  }
  return outcomes;
}

/** `POST /v1/submissions/{id}/notes`: an internal note, never sent; the event names it. */
export async function addNote(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  body: string,
  by: WriteContext,
): Promise<InboxEntry> {
  return db.transaction().execute(async (trx) => {
    const s = await lockedSubmission(trx, orgId, id);
    const note = await inbox.insertNote(trx, {
      id: newId(),
      submissionId: s.id,
      orgId,
      authorId: authorOf(by),
      body,
      now: clock.now(),
    });
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'note',
      entityType: 'submission',
      entityId: s.id,
      detail: { noteId: note.id },
    });
    return note;
  });
}

/** `POST /v1/submissions/{id}/messages`: mails the company (replies go to the entry point). */
export async function sendMessage(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  body: string,
  by: WriteContext,
): Promise<InboxEntry> {
  return db.transaction().execute(async (trx) => {
    const s = await lockedSubmission(trx, orgId, id);
    assertNotErased(s, 'write to');
    const message = await messageCompany(trx, clock, s, body, by);
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'message',
      entityType: 'submission',
      entityId: s.id,
      detail: { messageId: message.id },
    });
    return message;
  });
}

export type ForwardTarget =
  | { staffId: string; message?: string | undefined }
  | { orgId: string; message?: string | undefined };

/**
 * `POST /v1/submissions/{id}/forward`. To a colleague: assigns it to them
 * and mails them. To another organisation on the server: a copy with its own
 * reference in their inbox (`received`, linked to the original), their entry
 * point mailed, the company told, and the original moved to `forwarded`. A
 * confidential submission goes to another organisation only when the
 * company allowed it (`consent.forwarding`); else 409. Answers the original.
 */
export async function forwardSubmission(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  target: ForwardTarget,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<Submission> {
  return db.transaction().execute(async (trx) => {
    const existing = await lockedSubmission(trx, orgId, id);
    await checkSubmissionVersion(trx, condition.ifMatch, existing);
    if ('staffId' in target) {
      const { staffId } = target;
      await assertMember(trx, orgId, staffId, 'staffId');
      const assigned =
        existing.assigneeId === staffId
          ? existing
          : await applyChange(trx, clock, existing, { assigneeId: staffId }, by, {
              // The forward's own mail tells them.
              notify: false,
            });
      await recordAudit(trx, clock, by, {
        orgId,
        action: 'forward',
        entityType: 'submission',
        entityId: id,
        detail: { toStaffId: staffId },
      });
      await notifyColleagueForward(trx, clock, assigned, staffId, by, target.message);
      return assigned;
    }
    return forwardToOrganization(trx, clock, existing, target, by);
  });
}

async function forwardToOrganization(
  trx: Db,
  clock: Clock,
  original: Submission,
  target: { orgId: string; message?: string | undefined },
  by: WriteContext,
): Promise<Submission> {
  const { orgId } = original;
  const toOrgId = target.orgId;
  if (toOrgId === orgId) {
    throw new InvalidError([
      { path: 'orgId', message: 'That is your own organisation: forward to a colleague instead' },
    ]);
  }
  const receiver = await getOrganization(trx, toOrgId);
  if (!receiver)
    throw new InvalidError([{ path: 'orgId', message: `No organisation "${toOrgId}"` }]);
  assertNotErased(original, 'forward the submission of');
  if (original.confidential && original.consent.forwarding !== true) {
    throw new ConflictError(
      `${original.reference} is confidential and the company did not allow it to be shared with other organisations; ask the company first`,
      { code: 'confidential' },
    );
  }
  const already = original.forwardedTo?.find((l) => l.orgId === toOrgId);
  if (already) {
    throw new ConflictError(
      `${original.reference} was forwarded to ${toOrgId} already (their reference ${already.reference})`,
    );
  }
  if (original.status !== 'forwarded') assertTransition(original.status, 'forwarded');

  const now = clock.now();
  const createdAt = now.toISOString();
  const year = now.getUTCFullYear();
  const n = await store.nextReferenceNumber(trx, referencePrefix(toOrgId), year);
  // The company's text, not where the original stood with its receiver: no
  // challenge (it was the sender's), no door opener, nothing of the inbox.
  const copy: Submission = {
    id: newId(),
    reference: formatReference(toOrgId, year, n),
    orgId: toOrgId,
    kind: original.kind,
    title: original.title,
    description: original.description,
    company: original.company,
    contact: original.contact,
    ...(original.maturity !== undefined ? { maturity: original.maturity } : {}),
    ...(original.confidential !== undefined ? { confidential: original.confidential } : {}),
    language: original.language,
    consent: original.consent,
    status: 'received',
    createdAt,
    updatedAt: createdAt,
    source: original.source,
  };
  await store.insertSubmission(trx, copy, { forwardedFrom: original.id });
  const from = { orgId, reference: original.reference };
  await recordAudit(trx, clock, by, {
    orgId: toOrgId,
    action: 'create',
    entityType: 'submission',
    entityId: copy.id,
    detail: { forwardedFrom: from },
  });
  await notifyForwardReceived(
    trx,
    clock,
    { ...copy, assigneeId: null, tags: [] },
    from,
    target.message,
  );

  const moved: Submission =
    original.status === 'forwarded'
      ? original
      : { ...original, status: 'forwarded', updatedAt: createdAt };
  if (moved !== original) {
    await store.replaceSubmission(trx, moved);
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'move',
      entityType: 'submission',
      entityId: original.id,
      detail: { from: original.status, to: 'forwarded' },
    });
  }
  await recordAudit(trx, clock, by, {
    orgId,
    action: 'forward',
    entityType: 'submission',
    entityId: original.id,
    detail: { toOrgId, toReference: copy.reference },
  });
  await tellCompanyForwarded(trx, clock, moved, toOrgId);
  return (await store.getSubmission(trx, orgId, original.id))!;
}

/** `GET /v1/tags`. */
export async function listTags(db: Db, orgId: string): Promise<Array<{ tag: string }>> {
  return (await inbox.listTags(db, orgId)).map((tag) => ({ tag }));
}

/** `POST /v1/tags`: 409 when the organisation has it already. */
export async function createTag(
  db: Db,
  clock: Clock,
  orgId: string,
  tag: string,
  by: WriteContext,
): Promise<{ tag: string }> {
  return db.transaction().execute(async (trx) => {
    if (!(await inbox.insertTag(trx, orgId, tag, clock.now()))) {
      throw new ConflictError(`You have the tag "${tag}" already`);
    }
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'update',
      entityType: 'organization',
      entityId: orgId,
      detail: { tagAdded: tag },
    });
    return { tag };
  });
}

/** `DELETE /v1/tags/{tag}`: the tag goes, and comes off every submission that had it (a `tag` event each). */
export async function deleteTag(
  db: Db,
  clock: Clock,
  orgId: string,
  tag: string,
  by: WriteContext,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await inbox.deleteTag(trx, orgId, tag))) throw new NotFoundError(`Tag "${tag}"`);
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'update',
      entityType: 'organization',
      entityId: orgId,
      detail: { tagRemoved: tag },
    });
    for (const s of await inbox.untagSubmissions(trx, orgId, tag)) {
      await recordAudit(trx, clock, by, {
        orgId,
        action: 'tag',
        entityType: 'submission',
        entityId: s.id,
        detail: { tags: s.tags },
      });
    }
  });
}

/** `PUT /v1/challenges/{id}/default-assignee`: what arrives for the challenge goes to them (`null`: nobody). */
export async function setDefaultAssignee(
  db: Db,
  clock: Clock,
  orgId: string,
  challengeId: string,
  staffId: string | null,
  by: WriteContext,
): Promise<{ staffId: string | null }> {
  return db.transaction().execute(async (trx) => {
    if (!(await inbox.ownsChallenge(trx, orgId, challengeId))) {
      throw new NotFoundError(`Challenge "${challengeId}"`);
    }
    if (staffId !== null) await assertMember(trx, orgId, staffId, 'staffId');
    await inbox.setChallengeAssignee(trx, orgId, challengeId, staffId);
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'update',
      entityType: 'challenge',
      entityId: challengeId,
      detail: { defaultAssignee: staffId },
    });
    return { staffId };
  });
}
