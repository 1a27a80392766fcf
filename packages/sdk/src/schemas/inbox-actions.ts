// What staff do with a submission besides moving it: internal notes, messages
// to the company, forwards, bulk changes, the organisation's tags and the
// default assignee of a challenge's submissions. Same conventions as the
// other schema files (namespace import, `/* @__PURE__ */` wrappers).
import * as z from 'zod/mini';
import { int } from './int.js';
import { Slug, Timestamp } from './common.js';
import { RecordId } from './challenge.js';
import { SUBMISSION_STATUSES } from './vocabulary.js';
import { InboxText, StaffId, TagName } from './submission.js';

/** `POST /v1/submissions/{id}/notes` (never sent) and `/messages` (mailed to the company). */
export const InboxTextInput = /* @__PURE__ */ (() => z.object({ body: InboxText }))();
export type InboxTextInput = z.input<typeof InboxTextInput>;

/** A note or a message as stored: `authorId` is `null` when an API key wrote it. */
export const InboxEntry = /* @__PURE__ */ (() =>
  z.object({
    id: RecordId,
    body: z.string(),
    authorId: z.nullable(z.string()),
    createdAt: Timestamp,
  }))();
export type InboxEntry = z.infer<typeof InboxEntry>;

const forwardMessage = () =>
  z.optional(
    z.string().check(z.trim(), z.minLength(1, { error: 'Write something' }), z.maxLength(5000)),
  );

/**
 * `POST /v1/submissions/{id}/forward`: to a colleague (`staffId`: assigns it to
 * them and mails them), or to another organisation on the server (`orgId`: a
 * linked copy with its own reference in their inbox). `message` goes with the
 * mail to the colleague or to the other organisation's entry point.
 */
export const SubmissionForward = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ staffId: StaffId, message: forwardMessage() }),
    z.strictObject({ orgId: Slug, message: forwardMessage() }),
  ]))();
export type SubmissionForward = z.input<typeof SubmissionForward>;

const BULK_ACTIONS = ['assigneeId', 'status', 'addTags', 'removeTags'] as const;

/**
 * `POST /v1/submissions/bulk`: the same change on up to 100 submissions, each
 * in a transaction of its own. At least one of the changes. A move to
 * `declined` needs a message to each company: decline one at a time.
 */
export const SubmissionBulk = /* @__PURE__ */ (() =>
  z
    .object({
      ids: z.array(RecordId).check(z.minLength(1), z.maxLength(100)),
      assigneeId: z.optional(z.nullable(StaffId)),
      status: z.optional(z.enum(SUBMISSION_STATUSES)),
      addTags: z.optional(z.array(TagName).check(z.maxLength(20))),
      removeTags: z.optional(z.array(TagName).check(z.maxLength(20))),
    })
    .check(
      z.check((ctx) => {
        const v = ctx.value as Record<string, unknown>;
        if (!BULK_ACTIONS.some((k) => v[k] !== undefined)) {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            path: [],
            message: `Send at least one of ${BULK_ACTIONS.join(', ')}`,
          });
        }
        if (v.status === 'declined') {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            path: ['status'],
            message: 'Declining needs a message to each company: decline one at a time',
          });
        }
      }),
    ))();
export type SubmissionBulk = z.input<typeof SubmissionBulk>;

/**
 * What became of each submission of a bulk change, in the order sent: `ok`,
 * or the status and problem detail the same change alone would have got.
 */
export const SubmissionBulkResult = /* @__PURE__ */ (() =>
  z.object({
    results: z.array(
      z.object({
        id: z.string(),
        ok: z.boolean(),
        status: z.optional(int()),
        detail: z.optional(z.string()),
      }),
    ),
  }))();
export type SubmissionBulkResult = z.infer<typeof SubmissionBulkResult>;

/** One of an organisation's own tags (`GET /v1/tags`, `POST /v1/tags`). */
export const OrgTag = /* @__PURE__ */ (() => z.object({ tag: TagName }))();
export type OrgTag = z.input<typeof OrgTag>;

/** `PUT /v1/challenges/{id}/default-assignee`: who gets what arrives for it (`null`: nobody). */
export const DefaultAssignee = /* @__PURE__ */ (() => z.object({ staffId: z.nullable(StaffId) }))();
export type DefaultAssignee = z.infer<typeof DefaultAssignee>;
