/**
 * The public write and the inbox: idempotency, references, transitions.
 *
 * Idempotency: the key (per receiving organisation), a hash of the request
 * and the answer are written in the same statement as the submission. A
 * concurrent send of the same key waits for the first to commit (on the
 * reference counter, then on the key's primary key), is undone whole, then
 * finds the key and replays the stored answer, so 20 parallel sends store one
 * submission and all get the same 201.
 *
 * A post costs two round trips: one query reads what it needs (the receiver,
 * the challenge, `via`, who gets the mail, and the shared rate limit's
 * count), one statement writes everything (store/submissions.ts).
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod/mini';
import {
  SUBMISSION_TRANSITIONS,
  type ArrivalMail,
  type Challenge,
  type OrganizationAdmin,
  type Submission,
  type SubmissionInput,
  type SubmissionReceipt,
  type SubmissionSource,
  type SubmissionStatus,
} from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as store from '../store/submissions.js';
import type { AuditRow } from '../store/audit.js';
import type { HitRow } from '../store/rate-limits.js';
import * as inbox from '../store/inbox-actions.js';
import type { Clock } from './clock.js';
import {
  ConflictError,
  InvalidError,
  NotFoundError,
  PreconditionFailedError,
  type FieldError,
} from './errors.js';
import { canonicalJson, newId, sha256 } from './ids.js';
import { ifMatchHolds, recordEtag, type WriteCondition } from './versions.js';
import { versioned } from './inbox.js';
import { recordAudit, type Actor, type AuditAction, type WriteContext } from './audit.js';
import { arrivalMail, memberOf, type Member } from './notify.js';

export type SubmissionData = z.output<typeof SubmissionInput>;
type Db = Kysely<Database>;

/** `norrhamn` → `NOR`: the owner's part of a reference. */
export function referencePrefix(orgId: string): string {
  const letters = orgId.replace(/[^a-z]/g, '');
  return (letters.length >= 2 ? letters : orgId.replace(/[^a-z0-9]/g, ''))
    .slice(0, 3)
    .toUpperCase();
}

export function formatReference(orgId: string, year: number, n: number): string {
  return `${referencePrefix(orgId)}-${year}-${String(n).padStart(4, '0')}`;
}

/**
 * What a post needs from the database before it writes, read in one query
 * (store/submissions.ts `readArrival`): the receiver, the challenge, `via`,
 * a cluster listing the origin, and who gets the arrival mail.
 */
export interface Arrival {
  /** The shared rate limit's count for the client address, when it was counted with the rest. */
  hits: number | undefined;
  receiver: OrganizationAdmin | undefined;
  /** The receiver's own challenge `challengeId`, when it is not a draft. */
  challenge: Pick<Challenge, 'title'> | undefined;
  via: OrganizationAdmin | undefined;
  /** A cluster whose allowed origins list the origin (read only when the receiver's do not). */
  cluster: string | undefined;
  /** The challenge's default assignee, while a member of the receiver. */
  assignee: Member | undefined;
  /** The member at the receiver's entry-point address, if any. */
  entryPointMember: Member | undefined;
}

const asMember = (m: store.ArrivalMember | null): Member | undefined =>
  m ? { staffId: m.staffId, email: m.email, arrivalMail: m.arrivalMail as ArrivalMail } : undefined;

export async function readArrival(
  db: Db,
  input: SubmissionData,
  args: {
    /** The request's `Origin` and the server's own: a cluster is looked for when they differ. */
    origin?: string | undefined;
    ownOrigin?: string | undefined;
    /** The shared rate limit's hit, counted in the same query. */
    hit?: HitRow | undefined;
  } = {},
): Promise<Arrival> {
  const row = await store.readArrival(db, {
    orgId: input.orgId,
    challengeId: input.challengeId,
    via: input.via,
    clusterOrigin:
      args.origin !== undefined && args.origin !== args.ownOrigin ? args.origin : undefined,
    hit: args.hit,
  });
  const receiver = (row.org ?? undefined) as OrganizationAdmin | undefined;
  let entryPointMember = asMember(row.entry_point);
  if (receiver && row.entry_point_key !== receiver.entryPoint.email.trim().toLowerCase()) {
    // Lower-cased by the database otherwise than here (letters beyond ASCII): asked again as staff are stored.
    entryPointMember = await memberOf(db, input.orgId, { email: receiver.entryPoint.email });
  }
  return {
    hits: row.hits ?? undefined,
    receiver,
    challenge: (row.challenge ?? undefined) as Pick<Challenge, 'title'> | undefined,
    via: (row.via ?? undefined) as OrganizationAdmin | undefined,
    cluster: row.cluster ?? undefined,
    assignee: asMember(row.assignee),
    entryPointMember,
  };
}

/** Checks what the schema cannot: the receiver, the challenge and `via` exist and fit. */
export function checkTargets(input: SubmissionData, arrival: Arrival): OrganizationAdmin {
  const errors: FieldError[] = [];
  const org = arrival.receiver;
  if (!org) errors.push({ path: 'orgId', message: `No organisation "${input.orgId}"` });
  if (input.challengeId && !arrival.challenge) {
    errors.push({
      path: 'challengeId',
      message: `No challenge "${input.challengeId}" of this organisation`,
    });
  }
  if (input.via && !arrival.via) {
    errors.push({ path: 'via', message: `No organisation "${input.via}"` });
  }
  if (errors.length || !org) throw new InvalidError(errors);
  return org;
}

/**
 * Why a post is refused before anything is stored: the site it came from may
 * not send to this receiver, or it names a door opener (`via`) it cannot
 * prove. `code` is for programs (the form shows its own words for each).
 */
export type SenderRefusal =
  | { code: 'origin-not-allowed'; detail: string; origin: string; orgId: string }
  | { code: 'via-unproven'; detail: string; via: string };

export interface Sender {
  /** The request's `Origin`, when it has one (browsers send it; programs need not). */
  origin: string | undefined;
  /** The server's own origin: its own pages may always post. */
  ownOrigin: string;
  /** The organisation of the API key the request carries, if any. */
  keyOrgId: () => Promise<string | undefined>;
}

/**
 * Whether this sender may post to the receiver, and credit `via` (from what
 * readArrival read, for the same origin).
 *
 * - The receiver accepts its own `allowedOrigins` (none listed: any site), the
 *   server's own origin, and the sites of every cluster organisation on the
 *   server (clusters open doors to every receiver). A request without `Origin`
 *   is not a browser's, and passes.
 * - `via` is credited only when proven: the site is among the via
 *   organisation's own `allowedOrigins` (an empty list proves nothing), or it
 *   is the server's own pages, or the request carries the via organisation's
 *   API key. A claim that cannot be proven is refused, not stored.
 */
export async function checkSender(
  arrival: Arrival,
  via: string | undefined,
  sender: Sender,
): Promise<SenderRefusal | undefined> {
  const { origin, ownOrigin } = sender;
  const org = arrival.receiver!;
  if (
    origin !== undefined &&
    origin !== ownOrigin &&
    org.allowedOrigins.length > 0 &&
    !org.allowedOrigins.includes(origin) &&
    arrival.cluster === undefined
  ) {
    return {
      code: 'origin-not-allowed',
      detail: `${origin} may not send submissions to "${org.id}": the site is not among its allowed origins, nor a cluster's`,
      origin,
      orgId: org.id,
    };
  }
  if (via === undefined) return undefined;
  if (origin !== undefined) {
    if (origin === ownOrigin) return undefined;
    if (arrival.via?.allowedOrigins.includes(origin)) return undefined;
  }
  if ((await sender.keyOrgId()) === via) return undefined;
  return {
    code: 'via-unproven',
    detail: `The submission names "${via}" as the site it came from, but ${origin ?? 'the request'} is not among that organisation's sites and carries none of its keys`,
    via,
  };
}
/** Who writes a submission that arrives through the form, in the audit trail. */
const ARRIVAL: WriteContext = { actor: { kind: 'public', id: 'entry-form' } };
/** The server itself, applying a challenge's default assignee. */
const SYSTEM_ASSIGN: WriteContext = { actor: { kind: 'system', id: 'default-assignee' } };

export interface SubmitResult {
  receipt: SubmissionReceipt;
  replayed: boolean;
}

const auditRow = (
  clock: Clock,
  by: WriteContext,
  e: { orgId: string; action: AuditAction; entityId: string; detail: Record<string, unknown> },
): AuditRow => ({
  at: clock.now(),
  orgId: e.orgId,
  actorKind: by.actor.kind,
  actorId: by.actor.id,
  action: e.action,
  entityType: 'submission',
  entityId: e.entityId,
  requestId: by.requestId ?? null,
  detail: e.detail,
});

/**
 * Stores a submission with its audit events and arrival mail, and the
 * answer for its idempotency key, in one statement (store/submissions.ts
 * `insertArrival`); a key sent before answers what it answered then.
 * `arrival` is what the route read already; without it, it is read here.
 */
export async function submit(
  db: Db,
  clock: Clock,
  args: {
    input: SubmissionData;
    idempotencyKey: string;
    source: SubmissionSource;
    /** What readArrival read for this input (the route has it already). */
    arrival?: Arrival;
  },
): Promise<SubmitResult> {
  const { input, idempotencyKey } = args;
  const requestHash = sha256(canonicalJson(input));
  const arrival = args.arrival ?? (await readArrival(db, input));
  const receiver = arrival.receiver;
  if (!receiver) throw new NotFoundError(`Organization "${input.orgId}"`);
  const now = clock.now();
  const year = now.getUTCFullYear();
  const token = `R${randomBytes(16).toString('hex')}`;
  const createdAt = now.toISOString();
  const submission: Submission = {
    id: newId(),
    reference: token,
    ...input,
    status: 'received',
    createdAt,
    updatedAt: createdAt,
    source: args.source,
  };
  // What arrives for a challenge goes to its default assignee, if any.
  const assigneeId = input.challengeId ? arrival.assignee?.staffId : undefined;
  const audit = [
    auditRow(clock, ARRIVAL, {
      orgId: input.orgId,
      action: 'create',
      entityId: submission.id,
      detail: input.via ? { via: input.via } : {},
    }),
  ];
  if (assigneeId) {
    audit.push(
      auditRow(clock, SYSTEM_ASSIGN, {
        orgId: input.orgId,
        action: 'assign',
        entityId: submission.id,
        detail: { assigneeId, default: true },
      }),
    );
  }
  const mail = arrivalMail(
    {
      receiver,
      assignee: arrival.assignee,
      entryPointMember: arrival.entryPointMember,
      challenge: arrival.challenge,
      via: arrival.via,
    },
    { ...submission, assigneeId: assigneeId ?? null, tags: [] },
  );
  const receipt: SubmissionReceipt = {
    id: submission.id,
    reference: token,
    orgId: submission.orgId,
    ...(submission.challengeId ? { challengeId: submission.challengeId } : {}),
    status: submission.status,
    createdAt,
  };
  const result = await store.insertArrival(db, {
    orgId: input.orgId,
    key: idempotencyKey,
    requestHash,
    now,
    prefix: referencePrefix(input.orgId),
    year,
    token,
    submission: {
      id: submission.id,
      status: submission.status,
      createdAt,
      assigneeId: assigneeId ?? null,
      doc: JSON.stringify(store.docOf(submission)),
    },
    response: JSON.stringify(receipt),
    audit,
    mail: mail && { ...mail, id: newId(), at: clock.now() },
  });
  if (result.reference !== undefined) {
    return { receipt: { ...receipt, reference: result.reference }, replayed: false };
  }
  const record = result.record;
  if (!record || record.request_hash !== requestHash || !record.response) {
    throw new ConflictError(
      'This Idempotency-Key was used for another request; send a new key for a new submission',
    );
  }
  return { receipt: record.response as SubmissionReceipt, replayed: true };
}

/**
 * The answer a bot gets for a filled honeypot: looks like a receipt, stores
 * nothing. Its reference can never be a real one (a person whose browser
 * filled the field might quote it to the owner): real numbers are written with
 * at least four digits and no leading zero beyond them, so a decoy's number
 * is five digits starting with 0 (`NOR-2026-04821`), a form no real one takes.
 */
export function decoyReceipt(clock: Clock, orgId: unknown): SubmissionReceipt {
  const org = typeof orgId === 'string' && /^[a-z0-9-]{2,64}$/.test(orgId) ? orgId : 'entrypoint';
  const now = clock.now();
  const number = `0${String(1000 + randomInt(9000))}`;
  return {
    id: newId(),
    reference: `${referencePrefix(org)}-${now.getUTCFullYear()}-${number}`,
    orgId: org,
    status: 'received',
    createdAt: now.toISOString(),
  };
}

/** One of the owner's submissions; another owner's is "not found", as for a key of the owner. */
export async function getSubmission(db: Db, orgId: string, id: string): Promise<Submission> {
  const submission = await store.getSubmission(db, orgId, id);
  if (!submission) throw new NotFoundError(`Submission "${id}"`);
  return submission;
}

/**
 * The same by id or by human reference, in any case (`nor-2026-0042`): staff
 * read the reference off a mail or a phone call. Ids are UUIDs the server
 * makes, so the two never collide.
 */
export async function findSubmission(
  db: Db,
  orgId: string,
  idOrReference: string,
): Promise<Submission> {
  const submission =
    (await store.getSubmission(db, orgId, idOrReference)) ??
    (await store.getSubmissionByReference(db, orgId, idOrReference.toUpperCase()));
  if (!submission) throw new NotFoundError(`Submission "${idOrReference}"`);
  return submission;
}

/** The whole inbox, newest first: the API's pages, followed to the end. */
export async function listAllSubmissions(
  db: Db,
  args: { orgId: string; statuses?: string[] | undefined },
): Promise<Submission[]> {
  const all: Submission[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listSubmissions(db, { ...args, limit: 100, cursor });
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/**
 * A submission's ETag: its version as the inbox shows it (record, assignee,
 * tags). The links of a forward are left out: they show what another
 * organisation did with its copy, which is no change to this one.
 */
export function submissionEtag(s: Submission): string {
  // The same version the inbox's GET shows (services/inbox.ts).
  return recordEtag(versioned(s));
}

/** How a change's author is named to colleagues: a person's name (else address), or what else wrote. */
async function actorName(db: Db, actor: Pick<Actor, 'id'> & { kind: string }): Promise<string> {
  switch (actor.kind) {
    case 'staff':
      return (await inbox.staffNames(db, [actor.id])).get(actor.id) ?? 'A former colleague';
    case 'api_key': {
      const label = await inbox.apiKeyLabel(db, actor.id);
      return label ? `The API key "${label}"` : 'An API key';
    }
    case 'operator':
      return `The operator ${actor.id}`;
    case 'public':
      return 'The sender';
    default:
      return 'Entrypoint';
  }
}

/** What an audit event of a submission did, in words ("changed the status to in-review"). */
async function changeText(
  db: Db,
  action: string,
  detail: Record<string, unknown> | null,
): Promise<string> {
  const d = detail ?? {};
  switch (action) {
    case 'move':
      return `changed the status to ${String(d.to)}`;
    case 'assign': {
      if (typeof d.assigneeId !== 'string') return 'unassigned it';
      const name = (await inbox.staffNames(db, [d.assigneeId])).get(d.assigneeId);
      return `assigned it to ${name ?? 'a former colleague'}`;
    }
    case 'tag':
      return Array.isArray(d.tags) && d.tags.length
        ? `set the tags to ${d.tags.join(', ')}`
        : 'removed the tags';
    case 'forward': {
      if (typeof d.toOrgId === 'string') return `forwarded it to ${d.toOrgId}`;
      const id = typeof d.toStaffId === 'string' ? d.toStaffId : '';
      return `forwarded it to ${(await inbox.staffNames(db, [id])).get(id) ?? 'a colleague'}`;
    }
    case 'erase':
      return "erased the person's data in it";
    case 'create':
      return 'sent it';
    default:
      return 'changed it';
  }
}

/**
 * Throws 412 unless `ifMatch` (when sent) names the submission's current
 * version. The problem says who changed it, what and when, from the latest
 * change in its audit trail (`changedBy: {id, name}`, `changedAt`), so the
 * person whose change was refused knows what they would overwrite.
 */
export async function checkSubmissionVersion(
  db: Db,
  ifMatch: string | undefined,
  s: Submission,
): Promise<void> {
  if (ifMatch === undefined) return;
  const etag = submissionEtag(s);
  if (ifMatchHolds(ifMatch, etag)) return;
  const again = 'GET it again and reapply your change';
  const last = await inbox.lastChange(db, s.orgId, s.id);
  if (!last) {
    throw new PreconditionFailedError(
      `Submission ${s.reference} has changed since the version in If-Match; ${again}`,
      { etag },
    );
  }
  const name = await actorName(db, { kind: last.actorKind, id: last.actorId });
  const at = last.at.toISOString();
  const when = `at ${at.slice(11, 16)} UTC on ${at.slice(0, 10)}`;
  throw new PreconditionFailedError(
    `${name} ${await changeText(db, last.action, last.detail)} ${when}; ${again}`,
    { etag, changedBy: { id: last.actorId, name }, changedAt: at },
  );
}

/** Throws 409 unless SUBMISSION_TRANSITIONS allows the move, naming the statuses it can move to. */
export function assertTransition(from: SubmissionStatus, to: SubmissionStatus): void {
  const allowed = SUBMISSION_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  throw new ConflictError(
    `A submission cannot move from "${from}" to "${to}"` +
      (allowed.length
        ? `; it can move to ${allowed.map((s) => `"${s}"`).join(', ')}`
        : '; it is final'),
    { from, allowed },
  );
}

/**
 * Moves a submission along SUBMISSION_TRANSITIONS and says where it came from
 * (the CLI's `inbox move`; the API's PATCH does more, in services/inbox.ts).
 * The same status again is no move and no error; a move the map does not allow
 * is a conflict naming the statuses it can move to. The row is locked from the
 * read on, so two moves at once are decided one after the other: the second
 * sees the first's status (e.g. `accepted` then `declined`: 409, it is final).
 */
export async function transitionSubmission(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  status: SubmissionStatus,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<{ from: SubmissionStatus; submission: Submission }> {
  return db.transaction().execute(async (trx) => {
    const existing = await store.getSubmission(trx, orgId, id, { lock: true });
    if (!existing) throw new NotFoundError(`Submission "${id}"`);
    await checkSubmissionVersion(trx, condition.ifMatch, existing);
    const from = existing.status;
    if (from === status) return { from, submission: existing };
    assertTransition(from, status);
    const next: Submission = { ...existing, status, updatedAt: clock.now().toISOString() };
    await store.replaceSubmission(trx, next);
    await recordAudit(trx, clock, by, {
      orgId,
      action: 'move',
      entityType: 'submission',
      entityId: next.id,
      detail: { from, to: status },
    });
    return { from, submission: next };
  });
}

export async function moveSubmission(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  status: SubmissionStatus,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<Submission> {
  return (await transitionSubmission(db, clock, orgId, id, status, by, condition)).submission;
}
