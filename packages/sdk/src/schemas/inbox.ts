// The inbox's reads beside the submissions themselves: counts per view, a
// submission's timeline and the organisation-wide log (see submission.ts).
import * as z from 'zod/mini';
import { int } from './int.js';
import { Timestamp } from './common.js';

/** The views of the inbox (`GET /v1/submissions?view=…`). */
export const INBOX_VIEWS = ['unassigned', 'mine', 'waiting', 'open', 'closed', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** The orders of the inbox (`sort`): by arrival, newest or oldest first, or by last change. */
export const INBOX_SORTS = ['newest', 'oldest', 'updated'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** Who did something: a staff member, an API key, the operator (CLI), the server itself, or the public (the form). */
export const AuditActor = /* @__PURE__ */ (() =>
  z.object({
    kind: z.enum(['staff', 'api_key', 'operator', 'system', 'public']),
    id: z.string(),
    /** A staff member's name (else their address), a key's label, the operator's account. */
    name: z.optional(z.string()),
  }))();
export type AuditActor = z.infer<typeof AuditActor>;

/**
 * One event of a submission's timeline (`GET /v1/submissions/{id}/timeline`),
 * oldest first. `action` is one of create (received), view, assign, move, tag,
 * note, message, forward, export, erase; `detail` says more: move `{from, to,
 * message?}`, assign `{assigneeId, assigneeName?}`, tag `{tags}`, note
 * `{noteId, body}`, message `{messageId, body}`, forward `{toOrgId?,
 * toReference?, toStaffId?, toStaffName?}`, create `{via?, forwardedFrom?}`.
 */
export const TimelineEvent = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    at: Timestamp,
    action: z.string(),
    actor: AuditActor,
    detail: z.looseObject({}),
  }))();
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** How many submissions each view holds (`GET /v1/submissions/counts`); `mine` is 0 for an API key. */
export const SubmissionCounts = /* @__PURE__ */ (() =>
  z.object({
    unassigned: int(),
    mine: int(),
    waiting: int(),
    open: int(),
    closed: int(),
    all: int(),
  }))();
export type SubmissionCounts = z.infer<typeof SubmissionCounts>;

/** One row of the organisation-wide log (`GET /v1/audit`, admins), newest first. */
export const AuditLogEntry = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    at: Timestamp,
    action: z.string(),
    /** `submission`, `challenge`, `story`, `cluster`, `organization`, `api_key`. */
    entityType: z.string(),
    entityId: z.string(),
    actor: AuditActor,
    /** The request's `X-Request-Id`, for writes through the API. */
    requestId: z.nullable(z.string()),
    detail: z.nullable(z.looseObject({})),
  }))();
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;
