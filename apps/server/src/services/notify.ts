/**
 * The mails the inbox sends. Each function runs inside the caller's
 * transaction (`db` is it) and only enqueues into the outbox
 * (store/outbox.ts), so a mail exists exactly when what caused it does; the
 * worker (mail/worker.ts) sends it. The submission's reference is in every
 * subject. A mail to a company replies to the organisation's entry point and
 * names no staff member's address.
 *
 * Plain English text for now: one version per function, with the
 * signatures the localized versions keep.
 */
import type { Kysely } from 'kysely';
import { localize, type OrganizationAdmin, type Submission } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import { enqueueMail } from '../store/outbox.js';
import { getOrganization } from '../store/organizations.js';
import { findStaffById } from '../store/staff.js';
import type { Clock } from './clock.js';
import type { WriteContext } from './audit.js';

type Db = Kysely<Database>;

const orgName = (org: OrganizationAdmin) =>
  localize(org.name, org.defaultLanguage, ['en'])?.text ?? org.id;

async function orgOf(db: Db, id: string): Promise<OrganizationAdmin> {
  const org = await getOrganization(db, id);
  if (!org) throw new Error(`No organisation "${id}"`);
  return org;
}

/** The name a staff member signs with in a mail to a colleague. */
async function byName(db: Db, by: WriteContext): Promise<string> {
  if (by.actor.kind !== 'staff') return 'A colleague';
  const staff = await findStaffById(db, by.actor.id);
  return staff?.name ?? staff?.email ?? 'A colleague';
}

/** Whether a member wants arrival mails at once (not in the daily digest, not at all). */
async function wantsArrivalNow(db: Db, orgId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select('m.arrival_mail')
    .where('m.org_id', '=', orgId)
    .where('s.email', '=', email)
    .executeTakeFirst();
  // An entry-point address that is nobody's account always gets it at once.
  return !row || row.arrival_mail === 'immediate';
}

/** A new submission: to its assignee, else to the entry point, as they chose to get arrivals. */
export async function notifyArrival(db: Db, clock: Clock, submission: Submission): Promise<void> {
  const org = await orgOf(db, submission.orgId);
  const assignee = submission.assigneeId
    ? await findStaffById(db, submission.assigneeId)
    : undefined;
  const to = assignee?.email ?? org.entryPoint.email;
  if (!(await wantsArrivalNow(db, org.id, to))) return;
  await enqueueMail(db, clock.now(), {
    kind: 'submission-arrived',
    to,
    subject: `New submission ${submission.reference}: ${submission.title}`,
    text:
      `${submission.company.name} sent a submission to ${orgName(org)}.\n\n` +
      `Reference: ${submission.reference}\nTitle: ${submission.title}\n`,
  });
}

/** To the staff member a submission was assigned to. */
export async function notifyAssigned(
  db: Db,
  clock: Clock,
  submission: Submission,
  assigneeId: string,
  by: WriteContext,
): Promise<void> {
  const staff = await findStaffById(db, assigneeId);
  if (!staff) return;
  await enqueueMail(db, clock.now(), {
    kind: 'submission-assigned',
    to: staff.email,
    subject: `${submission.reference} was assigned to you`,
    text: `${await byName(db, by)} assigned ${submission.reference} (${submission.title}) to you.\n`,
  });
}

/** What staff write to the company; answers go to the entry point. */
export async function mailCompany(
  db: Db,
  clock: Clock,
  submission: Submission,
  body: string,
): Promise<{ outboxId: string }> {
  const org = await orgOf(db, submission.orgId);
  const outboxId = await enqueueMail(db, clock.now(), {
    kind: 'company-message',
    to: submission.contact.email,
    replyTo: org.entryPoint.email,
    subject: `${submission.reference}: ${orgName(org)} about "${submission.title}"`,
    text:
      `${body}\n\n--\n${orgName(org)}, ${org.entryPoint.name}\n` +
      `Reference: ${submission.reference}. Answer this mail to reach us.\n`,
  });
  return { outboxId };
}

/** To the entry point of the organisation a submission was forwarded to. */
export async function notifyForwardReceived(
  db: Db,
  clock: Clock,
  copy: Submission,
  from: { orgId: string; reference: string },
  message?: string,
): Promise<void> {
  const [org, sender] = await Promise.all([orgOf(db, copy.orgId), orgOf(db, from.orgId)]);
  await enqueueMail(db, clock.now(), {
    kind: 'submission-forwarded-in',
    to: org.entryPoint.email,
    subject: `${copy.reference}: forwarded to you by ${orgName(sender)}`,
    text:
      `${orgName(sender)} forwarded a submission to ${orgName(org)} (their reference ${from.reference}).\n\n` +
      `Reference: ${copy.reference}\nTitle: ${copy.title}\n` +
      (message ? `\nTheir message:\n${message}\n` : ''),
  });
}

/** To the company: its submission went on to another organisation. */
export async function tellCompanyForwarded(
  db: Db,
  clock: Clock,
  original: Submission,
  toOrgId: string,
): Promise<void> {
  const [org, receiver] = await Promise.all([orgOf(db, original.orgId), orgOf(db, toOrgId)]);
  await enqueueMail(db, clock.now(), {
    kind: 'company-forwarded',
    to: original.contact.email,
    replyTo: org.entryPoint.email,
    subject: `${original.reference}: forwarded to ${orgName(receiver)}`,
    text:
      `${orgName(org)} forwarded your submission "${original.title}" (${original.reference}) ` +
      `to ${orgName(receiver)}, who can help further and will be in touch.\n`,
  });
}

/** To a colleague a submission was forwarded to (and assigned). */
export async function notifyColleagueForward(
  db: Db,
  clock: Clock,
  submission: Submission,
  staffId: string,
  by: WriteContext,
  message?: string,
): Promise<void> {
  const staff = await findStaffById(db, staffId);
  if (!staff) return;
  await enqueueMail(db, clock.now(), {
    kind: 'submission-forwarded-colleague',
    to: staff.email,
    subject: `${submission.reference} was forwarded to you`,
    text:
      `${await byName(db, by)} forwarded ${submission.reference} (${submission.title}) to you.\n` +
      (message ? `\n${message}\n` : ''),
  });
}
