import type { Challenge } from '../schemas/challenge.js';
import type { Cluster } from '../schemas/cluster.js';
import type { List } from '../schemas/common.js';
import type { Organization, OrganizationAdmin } from '../schemas/organization.js';
import type { StaffMember } from '../schemas/staff.js';
import type { Story } from '../schemas/story.js';
import type { Submission, SubmissionReceipt } from '../schemas/submission.js';
import type { AuditLogEntry, SubmissionCounts, TimelineEvent } from '../schemas/inbox.js';
import type {
  DefaultAssignee,
  InboxEntry,
  OrgTag,
  SubmissionBulkResult,
} from '../schemas/inbox-actions.js';
import type { MessageAnswer, StaffSession } from '../schemas/session.js';

/**
 * What the API answers, by name. A call names its answer instead of passing a
 * schema, so that a client that does not check answers ({@link createLiteClient})
 * bundles no schema at all; the checking client looks the schema up by this name.
 */
export interface Answers {
  /** With the organisation's own key, the admin shape (its `allowedOrigins` too). */
  organization: Organization | OrganizationAdmin;
  challenge: Challenge;
  cluster: Cluster;
  story: Story;
  submission: Submission;
  receipt: SubmissionReceipt;
  staffMember: StaffMember;
  counts: SubmissionCounts;
  event: TimelineEvent;
  auditEntry: AuditLogEntry;
  /** A text answer (CSV), returned as it came: not JSON, never checked. */
  csv: string;
  /** A note on a submission, or a message to its company. */
  inboxEntry: InboxEntry;
  bulkResult: SubmissionBulkResult;
  tag: OrgTag;
  defaultAssignee: DefaultAssignee;
  /** Who is signed in, with their memberships. */
  session: StaffSession;
  /** An answer that is only a sentence. */
  message: MessageAnswer;
}

/** One record (`'challenge'`) or a page of them (`'challenge[]'`). */
export type AnswerName = keyof Answers | `${keyof Answers}[]`;

/** The type of the answer a name stands for; `undefined` is an answer without a body (204). */
export type AnswerOf<N extends AnswerName | undefined> =
  N extends `${infer K extends keyof Answers}[]`
    ? List<Answers[K]>
    : N extends keyof Answers
      ? Answers[N]
      : void;
