/**
 * A person's data rights (GDPR articles 15–17 and 20) over what the public
 * write stored: everything held about an e-mail address (export), erasing it
 * (the submission stays as an anonymised record: reference, status, dates,
 * receiver), withdrawing the newsletter consent, and the retention period
 * after which the server erases a closed submission by itself.
 *
 * Submissions are the only place a person's data is kept: they are not in the
 * search index nor in any feed, and the access log holds no bodies. The
 * idempotency record of a submission (a hash of the request) goes with it.
 */
import type { Kysely } from 'kysely';
import type { Submission, SubmissionConsent } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as people from '../store/people.js';
import { forgetOldHits } from '../store/rate-limits.js';
import { organizationExists } from '../store/organizations.js';
import { copiesOf, eraseInboxTexts, messagesOf } from '../store/inbox-actions.js';
import { deleteMailAbout } from '../store/outbox.js';
import type { Clock } from './clock.js';
import { NotFoundError } from './errors.js';
import { operator, recordAudit, SYSTEM, type WriteContext } from './audit.js';

type Db = Kysely<Database>;

/** Kept this long after a submission reached a final status, unless its owner says otherwise. */
export const DEFAULT_RETENTION_DAYS = 730;
/** Idempotency records (a hash of the request, and the answer) are kept this long. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface PersonScope {
  email: string;
  /** Only this organisation's submissions (the API always scopes to the key's). */
  orgId?: string | undefined;
}

export interface ConsentRecord extends SubmissionConsent {
  submissionId: string;
  reference: string;
  orgId: string;
  /** When the consent was given: with the submission. */
  givenAt: string;
}

export interface PersonMessage {
  submissionId: string;
  reference: string;
  body: string;
  sentAt: string;
}

export interface PersonExport {
  email: string;
  orgId?: string;
  exportedAt: string;
  submissions: Submission[];
  consents: ConsentRecord[];
  /** What staff wrote to the person (by e-mail), oldest first. */
  messages: PersonMessage[];
}

export async function exportPerson(
  db: Db,
  clock: Clock,
  scope: PersonScope,
): Promise<PersonExport> {
  const submissions = await people.submissionsOfPerson(db, scope);
  return {
    email: scope.email,
    ...(scope.orgId ? { orgId: scope.orgId } : {}),
    exportedAt: clock.now().toISOString(),
    submissions,
    consents: submissions.map((s) => ({
      submissionId: s.id,
      reference: s.reference,
      orgId: s.orgId,
      givenAt: s.createdAt,
      ...s.consent,
    })),
    messages: await messagesTo(db, submissions),
  };
}

async function messagesTo(db: Db, submissions: Submission[]): Promise<PersonMessage[]> {
  const reference = new Map(submissions.map((s) => [s.id, s.reference]));
  return (await messagesOf(db, [...reference.keys()])).map((m) => ({
    submissionId: m.submissionId,
    reference: reference.get(m.submissionId)!,
    body: m.body,
    sentAt: m.createdAt,
  }));
}

/** What an erased submission keeps; everything the person wrote or is is replaced. */
export function anonymised(s: Submission, erasedAt: string): Submission {
  return {
    id: s.id,
    reference: s.reference,
    orgId: s.orgId,
    ...(s.challengeId ? { challengeId: s.challengeId } : {}),
    ...(s.via ? { via: s.via } : {}),
    kind: s.kind,
    title: 'Erased',
    description: 'Erased: the data of the person who sent this is no longer held.',
    company: { name: 'Erased', country: s.company.country, size: s.company.size },
    contact: { name: 'Erased', email: 'erased@erased.invalid' },
    ...(s.maturity !== undefined ? { maturity: s.maturity } : {}),
    ...(s.confidential !== undefined ? { confidential: s.confidential } : {}),
    language: s.language,
    consent: { privacy: true },
    status: s.status,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    // The page's URL may carry the person's data in its query; the site's origin does not.
    source: { origin: s.source.origin, page: null },
    erasedAt,
  };
}

export interface ErasedRecord {
  id: string;
  reference: string;
  orgId: string;
  status: Submission['status'];
}

/** What an erased note or message to the company says instead of what was written. */
export const ERASED_TEXT = 'Erased';

async function erase(
  db: Db,
  submissions: Submission[],
  now: Date,
  clock: Clock,
  by: WriteContext,
): Promise<ErasedRecord[]> {
  for (const s of submissions) {
    await people.rewriteSubmission(db, anonymised(s, now.toISOString()), now);
    await recordAudit(db, clock, by, {
      orgId: s.orgId,
      action: 'erase',
      entityType: 'submission',
      entityId: s.id,
    });
  }
  // Staff's notes and messages may quote the person, and mails about the
  // submission hold what they sent: their text goes too.
  await eraseInboxTexts(
    db,
    submissions.map((s) => s.id),
    ERASED_TEXT,
  );
  await deleteMailAbout(db, {
    references: submissions.map((s) => s.reference),
    addresses: [...new Set(submissions.map((s) => s.contact.email))],
  });
  await people.deleteIdempotencyRecordsOf(db, submissions);
  return submissions.map(({ id, reference, orgId, status }) => ({ id, reference, orgId, status }));
}

/** Erases the person's data in all their submissions (in scope), in one transaction. */
/**
 * Erases the person's data in all their submissions (in scope), in one
 * transaction, and in the copies forwards made of them in other
 * organisations' inboxes: the person's data went there from these.
 */
export async function erasePerson(
  db: Db,
  clock: Clock,
  scope: PersonScope,
  by: WriteContext = operator(),
): Promise<{ erased: ErasedRecord[] }> {
  return db.transaction().execute(async (trx) => {
    const submissions = await people.submissionsOfPerson(trx, { ...scope, lock: true });
    const copies = await copiesOf(
      trx,
      submissions.map((s) => s.id),
    );
    const more = await people.submissionsByIds(
      trx,
      copies.map((c) => c.id),
    );
    return { erased: await erase(trx, [...submissions, ...more], clock.now(), clock, by) };
  });
}

/** Withdraws the newsletter consent wherever the person gave it; returns the references. */
export async function withdrawNewsletterConsent(
  db: Db,
  clock: Clock,
  scope: PersonScope,
): Promise<{ withdrawn: string[] }> {
  return db.transaction().execute(async (trx) => {
    const now = clock.now().toISOString();
    const withdrawn: string[] = [];
    for (const s of await people.submissionsOfPerson(trx, { ...scope, lock: true })) {
      if (s.consent.newsletter !== true) continue;
      const consent = { ...s.consent, newsletter: false, newsletterWithdrawnAt: now };
      await people.rewriteSubmission(trx, { ...s, consent });
      withdrawn.push(s.reference);
    }
    return { withdrawn };
  });
}

/**
 * What the server does once a day: erases submissions whose final status is
 * older than their owner's retention period, and purges idempotency records
 * older than a day (and the shared rate limit's old windows).
 */
export async function applyRetention(
  db: Db,
  clock: Clock,
  { defaultDays = DEFAULT_RETENTION_DAYS } = {},
): Promise<{ erased: number; idempotencyRecords: number }> {
  const now = clock.now();
  const erased = await db.transaction().execute(async (trx) => {
    const due = await people.submissionsPastRetention(trx, now, defaultDays);
    return erase(trx, due, now, clock, SYSTEM);
  });
  const idempotencyRecords = await people.purgeIdempotencyRecords(
    db,
    new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS),
  );
  await forgetOldHits(db, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS));
  return { erased: erased.length, idempotencyRecords };
}

/** An organisation's retention period in days (`null`: the default), read or set. */
export async function retentionDays(
  db: Db,
  orgId: string,
  set?: { days: number | null },
): Promise<{ days: number; isDefault: boolean }> {
  if (!(await organizationExists(db, orgId))) throw new NotFoundError(`Organization "${orgId}"`);
  if (set) await people.setRetentionDays(db, orgId, set.days);
  const stored = (await people.getRetentionDays(db, orgId))?.days ?? null;
  return { days: stored ?? DEFAULT_RETENTION_DAYS, isDefault: stored === null };
}
