import { array, safeParse, string, union } from 'zod/mini';
import type * as z from 'zod/mini';
import { formatPath, type FieldError } from '../issues.js';
import { Challenge } from '../schemas/challenge.js';
import { ChallengeCardPage } from '../schemas/challenge-card.js';
import { Cluster } from '../schemas/cluster.js';
import { listOf, Problem } from '../schemas/common.js';
import { Organization, OrganizationAdmin } from '../schemas/organization.js';
import { StaffMember } from '../schemas/staff.js';
import { Story } from '../schemas/story.js';
import { Submission, SubmissionReceipt } from '../schemas/submission.js';
import { MessageAnswer, StaffSession } from '../schemas/session.js';
import { AuditLogEntry, SubmissionCounts, TimelineEvent } from '../schemas/inbox.js';
import { DoorOpener, OpenedDoor, OpenedDoorsSummary } from '../schemas/doors.js';
import {
  DefaultAssignee,
  InboxEntry,
  OrgTag,
  SubmissionBulkResult,
} from '../schemas/inbox-actions.js';
import type { AnswerName, Answers } from './answers.js';

/** The schema of each answer that is one record (typed, so a schema cannot stand for another answer). */
const ONE: { [K in keyof Answers]: z.core.$ZodType<Answers[K]> } = {
  // The admin shape first: with the organisation's own key the answer has `allowedOrigins`.
  organization: /* @__PURE__ */ union([OrganizationAdmin, Organization]),
  challenge: Challenge,
  cardPage: ChallengeCardPage,
  cluster: Cluster,
  story: Story,
  submission: Submission,
  receipt: SubmissionReceipt,
  session: StaffSession,
  message: MessageAnswer,
  staffMember: StaffMember,
  counts: SubmissionCounts,
  event: TimelineEvent,
  auditEntry: AuditLogEntry,
  // Never looked up: parseAnswer hands a text answer back before any check.
  csv: /* @__PURE__ */ string(),
  openedDoor: OpenedDoor,
  openedDoorsSummary: OpenedDoorsSummary,
  doorOpeners: /* @__PURE__ */ array(DoorOpener),
  inboxEntry: InboxEntry,
  bulkResult: SubmissionBulkResult,
  tag: OrgTag,
  defaultAssignee: DefaultAssignee,
};
/** The list envelopes, made when first needed. */
const LISTS: Partial<Record<AnswerName, z.core.$ZodType>> = {};

/**
 * Checks an answer against the schema its name stands for: the checked value,
 * or the issues (paths into the body) when it is off-contract.
 */
export function checkAnswer(
  name: AnswerName,
  body: unknown,
): { data: unknown; issues?: undefined } | { issues: FieldError[]; cause: unknown } {
  const schema = name.endsWith('[]')
    ? (LISTS[name] ??= listOf(ONE[name.slice(0, -2) as keyof Answers]))
    : ONE[name as keyof Answers];
  const result = safeParse(schema, body);
  if (result.success) return { data: result.data };
  // Paths are what matter here (a developer reads them); zod's issue code
  // says enough, without the cost of issueMessage in every browser bundle.
  return {
    issues: result.error.issues.map((i) => ({
      path: formatPath(i.path),
      message: i.message === 'Invalid input' ? `Invalid input (${i.code})` : i.message,
    })),
    cause: result.error,
  };
}

/** A problem document as the schema reads it, or `undefined` when the body is none. */
export function checkProblem(body: unknown): Problem | undefined {
  const parsed = safeParse(Problem, body);
  return parsed.success ? parsed.data : undefined;
}
