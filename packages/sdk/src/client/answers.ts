import type { Challenge } from '../schemas/challenge.js';
import type { ChallengeCardPage } from '../schemas/challenge-card.js';
import type { Cluster } from '../schemas/cluster.js';
import type { List } from '../schemas/common.js';
import type { Organization, OrganizationAdmin } from '../schemas/organization.js';
import type { StaffMember } from '../schemas/staff.js';
import type { Story } from '../schemas/story.js';
import type { Submission, SubmissionReceipt } from '../schemas/submission.js';
import type { MessageAnswer, StaffSession } from '../schemas/session.js';
import type { AuditLogEntry, SubmissionCounts, TimelineEvent } from '../schemas/inbox.js';
import type { DoorOpener, OpenedDoor, OpenedDoorsSummary } from '../schemas/doors.js';
import type {
  DefaultAssignee,
  InboxEntry,
  OrgTag,
  SubmissionBulkResult,
} from '../schemas/inbox-actions.js';

/**
 * What the API answers, by name. A call names its answer instead of passing a
 * schema, so that a client that does not check answers ({@link createLiteClient})
 * bundles no schema at all; the checking client looks the schema up by this name.
 */
export interface Answers {
  /** With the organisation's own key, the admin shape (its `allowedOrigins` too). */
  organization: Organization | OrganizationAdmin;
  challenge: Challenge;
  /** `GET /v1/challenges?view=card`: a page of cards, with the facets when asked. */
  cardPage: ChallengeCardPage;
  cluster: Cluster;
  story: Story;
  submission: Submission;
  receipt: SubmissionReceipt;
  /** Who is signed in, with their memberships. */
  session: StaffSession;
  /** An answer that is only a sentence. */
  message: MessageAnswer;
  staffMember: StaffMember;
  counts: SubmissionCounts;
  event: TimelineEvent;
  auditEntry: AuditLogEntry;
  /** A text answer (CSV), returned as it came: not JSON, never checked. */
  csv: string;
  openedDoor: OpenedDoor;
  openedDoorsSummary: OpenedDoorsSummary;
  /** `GET /v1/door-openers` answers a plain array, not a page. */
  doorOpeners: DoorOpener[];
  /** A note on a submission, or a message to its company. */
  inboxEntry: InboxEntry;
  bulkResult: SubmissionBulkResult;
  tag: OrgTag;
  defaultAssignee: DefaultAssignee;
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
