/**
 * The mails the inbox sends. Each function runs inside the caller's
 * transaction (`db` is that transaction) and only writes to the outbox
 * (store/outbox.ts), so a mail exists exactly when the change that caused it
 * does; the worker (mail/worker.ts) sends it. Every mail is in the
 * organisation's default language (en, sv, nb, fi; otherwise English), has a
 * plain-text and an HTML part (mail/compose.ts) and carries the submission's
 * reference in its subject.
 *
 * - Staff mails link to the console at `PUBLIC_URL` (`configureNotify`, set
 *   where the server or CLI starts); without one they name the reference.
 * - A mail to a company replies to the organisation's entry point, is signed
 *   by the organisation and its entry point, and names no other staff.
 * - Arrivals go to the assignee, else to the entry-point address: at once, in
 *   the daily digest (`queueDueDigests`) or not at all, as that member chose
 *   (memberships.arrival_mail); an entry-point address that is no member of
 *   the organisation always gets them at once.
 */
import type { Kysely } from 'kysely';
import type { ArrivalMail, Challenge, OrganizationAdmin, Submission } from '@entrypoint/sdk';
import { ARRIVAL_MAIL_CHOICES, localize } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import { enqueueMail, type NewMail } from '../store/outbox.js';
import { getOrganization } from '../store/organizations.js';
import { getChallenge } from '../store/challenges.js';
import { findStaffById } from '../store/staff.js';
import {
  compose,
  LOCALES,
  mailLanguage,
  oneLine,
  type Block,
  type MailLanguage,
} from '../mail/compose.js';
import { STRINGS, type MailStrings } from '../mail/strings.js';
import type { Clock } from './clock.js';
import type { WriteContext } from './audit.js';
import { ConflictError, NotFoundError } from './errors.js';

type Db = Kysely<Database>;
export { ARRIVAL_MAIL_CHOICES, type ArrivalMail };

/** Dates in mails and the digest's hour are read in this zone unless configured. */
export const DEFAULT_MAIL_TIME_ZONE = 'Europe/Stockholm';

interface NotifySettings {
  /** The server's public base URL, for links to the console. */
  publicUrl: string | undefined;
  /** The IANA time zone dates in mails are written in. */
  timeZone: string;
}

const settings: NotifySettings = { publicUrl: undefined, timeZone: DEFAULT_MAIL_TIME_ZONE };

/** Where mails link to and which time zone they write dates in (main.ts, cli.ts). */
export function configureNotify(next: Partial<NotifySettings>) {
  if ('publicUrl' in next) settings.publicUrl = next.publicUrl?.replace(/\/+$/, '') || undefined;
  if (next.timeZone) settings.timeZone = next.timeZone;
}

/** `/console/inbox/REF` on the public address; undefined without one. */
export function consoleUrl(path = ''): string | undefined {
  return settings.publicUrl ? `${settings.publicUrl}/console/${path}` : undefined;
}

const inboxUrl = (reference: string) => consoleUrl(`inbox/${encodeURIComponent(reference)}`);

// ---------------------------------------------------------------- helpers

interface OrgContext {
  org: OrganizationAdmin;
  lang: MailLanguage;
  t: MailStrings;
  name: string;
}

async function orgContext(db: Db, orgId: string): Promise<OrgContext> {
  const org = await getOrganization(db, orgId);
  if (!org) throw new NotFoundError(`Organization "${orgId}"`);
  return orgContextOf(org);
}

function orgContextOf(org: OrganizationAdmin): OrgContext {
  const lang = mailLanguage(org.defaultLanguage);
  return { org, lang, t: STRINGS[lang], name: orgName(org, lang) };
}

function orgName(org: Pick<OrganizationAdmin, 'id' | 'name' | 'defaultLanguage'>, lang: string) {
  return localize(org.name, lang, [org.defaultLanguage])?.text ?? org.id;
}

/**
 * Intl formatters are costly to build (a mail per arrival built two of each),
 * so they are kept per locale and time zone; the zone is a setting tests change.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();

function formatWhen(at: string | Date, lang: MailLanguage): string {
  const key = `${LOCALES[lang]} ${settings.timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: settings.timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(at));
}

function countryName(code: string, lang: MailLanguage): string {
  try {
    let names = regionNames.get(LOCALES[lang]);
    if (!names) {
      names = new Intl.DisplayNames([LOCALES[lang]], { type: 'region' });
      regionNames.set(LOCALES[lang], names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The submission's title for a staff mail: none for a confidential one (mail is less safe than the console). */
const staffTitle = (s: Submission) => (s.confidential ? undefined : oneLine(s.title, 80));

/** What staff read about a submission in any mail about it. */
async function submissionFacts(db: Db, s: Submission, ctx: OrgContext): Promise<Block[]> {
  const challenge = s.challengeId ? await getChallenge(db, s.challengeId, s.orgId) : undefined;
  const via = s.via ? await getOrganization(db, s.via) : undefined;
  return factBlocks(s, ctx, challenge, via);
}

/** The same from the submission's challenge and door opener, read already. */
function factBlocks(
  s: Submission,
  ctx: OrgContext,
  challenge: Pick<Challenge, 'title'> | undefined,
  via: OrganizationAdmin | undefined,
): Block[] {
  const { t, lang } = ctx;
  const rows: Array<[string, string]> = [
    [t.reference, s.reference],
    [t.kind, t.kinds[s.kind] ?? s.kind],
  ];
  if (s.confidential) {
    rows.push([t.confidential, t.confidentialValue]);
  } else {
    rows.push([t.title, s.title]);
    rows.push([t.company, `${s.company.name} (${countryName(s.company.country, lang)})`]);
  }
  if (s.challengeId && challenge) {
    rows.push([
      t.challenge,
      localize(challenge.title, lang, [ctx.org.defaultLanguage])?.text ?? s.challengeId,
    ]);
  }
  if (s.via) rows.push([t.via, via ? orgName(via, lang) : s.via]);
  rows.push([t.received, formatWhen(s.createdAt, lang)]);
  const blocks: Block[] = [{ kind: 'facts', rows }];
  if (!s.confidential && !s.erasedAt && s.description) {
    const text = s.description.length > 600 ? `${s.description.slice(0, 599)}…` : s.description;
    blocks.push({ kind: 'quote', label: t.description, text });
  }
  return blocks;
}

function openLink(t: MailStrings, reference: string): Block {
  const href = inboxUrl(reference);
  return href
    ? { kind: 'link', text: t.openInConsole(reference), href }
    : { kind: 'p', text: t.findInConsole(reference) };
}

/** Who did it, for a staff mail: a person's name (or address), else what it was. */
async function actorName(db: Db, by: WriteContext, t: MailStrings): Promise<string> {
  switch (by.actor.kind) {
    case 'staff': {
      const staff = await findStaffById(db, by.actor.id);
      return staff?.name || staff?.email || t.anOperator;
    }
    case 'api_key':
      return t.anApiKey;
    case 'operator':
      return t.anOperator;
    case 'system':
    case 'public':
      return 'Entrypoint';
  }
}

export interface Member {
  staffId: string;
  email: string;
  arrivalMail: ArrivalMail;
}

export async function memberOf(
  db: Db,
  orgId: string,
  who: { staffId: string } | { email: string },
): Promise<Member | undefined> {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('staff', 'staff.id', 'memberships.staff_id')
    .select(['staff.id', 'staff.email', 'memberships.arrival_mail'])
    .where('memberships.org_id', '=', orgId)
    .$if('staffId' in who, (qb) => qb.where('staff.id', '=', (who as { staffId: string }).staffId))
    .$if('email' in who, (qb) =>
      qb.where('staff.email', '=', (who as { email: string }).email.trim().toLowerCase()),
    )
    .executeTakeFirst();
  return row ? { staffId: row.id, email: row.email, arrivalMail: row.arrival_mail } : undefined;
}

/** The company's address, or a conflict when its details were erased. */
function companyAddress(s: Submission): string {
  if (s.erasedAt) {
    throw new ConflictError(
      `The company's contact details in submission ${s.reference} were erased; it cannot be written to`,
    );
  }
  return s.contact.email;
}

/** How a mail to a company ends: the entry point and the organisation sign it. */
function signature(ctx: OrgContext): Block {
  const ep = ctx.org.entryPoint;
  return {
    kind: 'signature',
    lines: [ep.name, ...(ep.role ? [ep.role] : []), ctx.name, ep.email],
  };
}

// ---------------------------------------------------------------- the mails

/**
 * A submission arrived: to its assignee, else to the entry-point address, in
 * the way that member chose (at once, in the digest, or not at all).
 */
export async function notifyArrival(
  db: Db,
  clock: Clock,
  submission: Submission,
  /** The receiver, when the caller has just read it. */
  receiver?: OrganizationAdmin,
): Promise<void> {
  const org =
    receiver?.id === submission.orgId ? receiver : (await orgContext(db, submission.orgId)).org;
  const assignee = submission.assigneeId
    ? await memberOf(db, submission.orgId, { staffId: submission.assigneeId })
    : undefined;
  const mail = arrivalMail(
    {
      receiver: org,
      assignee,
      entryPointMember: assignee
        ? undefined
        : await memberOf(db, submission.orgId, { email: org.entryPoint.email }),
      challenge: submission.challengeId
        ? await getChallenge(db, submission.challengeId, submission.orgId)
        : undefined,
      via: submission.via ? await getOrganization(db, submission.via) : undefined,
    },
    submission,
  );
  if (mail) await enqueueMail(db, clock.now(), mail);
}

/** What the arrival mail is made of, read beforehand (a post reads them all in one query). */
export interface ArrivalFacts {
  receiver: OrganizationAdmin;
  /** The submission's assignee, when a member of the receiver. */
  assignee: Member | undefined;
  /** The member at the receiver's entry-point address, if any (needed when there is no assignee). */
  entryPointMember: Member | undefined;
  /** The submission's challenge (the receiver's own). */
  challenge: Pick<Challenge, 'title'> | undefined;
  /** The organisation named as `via`. */
  via: OrganizationAdmin | undefined;
}

/** The arrival mail of `notifyArrival`, or undefined when its reader chose none now; reads nothing. */
export function arrivalMail(facts: ArrivalFacts, submission: Submission): NewMail | undefined {
  const ctx = orgContextOf(facts.receiver);
  const assignee = submission.assigneeId ? facts.assignee : undefined;
  const to = assignee?.email ?? ctx.org.entryPoint.email;
  const member = assignee ?? facts.entryPointMember;
  // A member chose; an address that is no member gets every arrival at once.
  if (member && member.arrivalMail !== 'immediate') return undefined;
  const { t } = ctx;
  const mail = compose(ctx.lang, t.arrivalSubject(submission.reference, staffTitle(submission)), [
    { kind: 'p', text: assignee ? t.arrivalIntroAssigned(ctx.name) : t.arrivalIntro(ctx.name) },
    ...factBlocks(submission, ctx, facts.challenge, facts.via),
    openLink(t, submission.reference),
    ...(member ? [{ kind: 'small' as const, text: t.arrivalPreferences }] : []),
  ]);
  return { kind: 'arrival', to, ...mail };
}

/** A submission was assigned to a person (not when they assigned it to themselves). */
export async function notifyAssigned(
  db: Db,
  clock: Clock,
  submission: Submission,
  assigneeId: string,
  by: WriteContext,
): Promise<void> {
  if (by.actor.kind === 'staff' && by.actor.id === assigneeId) return;
  const assignee = await memberOf(db, submission.orgId, { staffId: assigneeId });
  if (!assignee) return;
  const ctx = await orgContext(db, submission.orgId);
  const { t } = ctx;
  const who = await actorName(db, by, t);
  const mail = compose(ctx.lang, t.assignedSubject(submission.reference, staffTitle(submission)), [
    { kind: 'p', text: t.assignedIntro(who, submission.reference, ctx.name) },
    ...(await submissionFacts(db, submission, ctx)),
    openLink(t, submission.reference),
  ]);
  await enqueueMail(db, clock.now(), { kind: 'assigned', to: assignee.email, ...mail });
}

/**
 * Staff write to the company: their words, signed by the organisation and its
 * entry point, replying to the entry point. Returns the outbox row's id.
 */
export async function mailCompany(
  db: Db,
  clock: Clock,
  submission: Submission,
  body: string,
): Promise<{ outboxId: string }> {
  const to = companyAddress(submission);
  const ctx = await orgContext(db, submission.orgId);
  const { t } = ctx;
  const ep = ctx.org.entryPoint;
  const mail = compose(ctx.lang, t.companySubject(ctx.name, submission.reference), [
    { kind: 'p', text: t.hello(submission.contact.name) },
    ...body
      .trim()
      .split(/\r?\n\s*\r?\n/)
      .map((text) => ({ kind: 'p' as const, text })),
    signature(ctx),
    { kind: 'small', text: t.companyFooter(submission.reference, ep.name, ctx.name) },
  ]);
  const outboxId = await enqueueMail(db, clock.now(), {
    kind: 'company-message',
    to,
    replyTo: ep.email,
    ...mail,
  });
  return { outboxId };
}

/**
 * Another organisation forwarded a submission: its copy's receiver hears at
 * once (the assignee, else the entry point), with the sender's message.
 */
export async function notifyForwardReceived(
  db: Db,
  clock: Clock,
  copy: Submission,
  from: { orgId: string; reference: string },
  message?: string,
): Promise<void> {
  const ctx = await orgContext(db, copy.orgId);
  const sender = await getOrganization(db, from.orgId);
  const fromName = sender ? orgName(sender, ctx.lang) : from.orgId;
  const assignee = copy.assigneeId
    ? await memberOf(db, copy.orgId, { staffId: copy.assigneeId })
    : undefined;
  const to = assignee?.email ?? ctx.org.entryPoint.email;
  const { t } = ctx;
  const mail = compose(ctx.lang, t.forwardSubject(copy.reference, fromName), [
    { kind: 'p', text: t.forwardIntro(fromName, ctx.name, copy.reference, from.reference) },
    ...(message?.trim()
      ? [{ kind: 'quote' as const, label: t.theirMessage(fromName), text: message.trim() }]
      : []),
    ...(await submissionFacts(db, copy, ctx)),
    openLink(t, copy.reference),
  ]);
  await enqueueMail(db, clock.now(), { kind: 'forward-received', to, ...mail });
}

/** The company is told that its submission went on to another organisation. */
export async function tellCompanyForwarded(
  db: Db,
  clock: Clock,
  original: Submission,
  toOrgId: string,
): Promise<void> {
  if (original.erasedAt) return;
  const ctx = await orgContext(db, original.orgId);
  const receiver = await getOrganization(db, toOrgId);
  const toName = receiver ? orgName(receiver, ctx.lang) : toOrgId;
  // The copy, when the caller has made it already: its reference helps the company.
  const copy = await db
    .selectFrom('submissions')
    .select('reference')
    .where('forwarded_from', '=', original.id)
    .where('org_id', '=', toOrgId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const { t } = ctx;
  const mail = compose(ctx.lang, t.toldForwardedSubject(ctx.name, original.reference, toName), [
    { kind: 'p', text: t.hello(original.contact.name) },
    { kind: 'p', text: t.toldForwarded(original.reference, original.title, toName) },
    ...(copy
      ? [{ kind: 'p' as const, text: t.toldForwardedReference(toName, copy.reference) }]
      : []),
    { kind: 'p', text: t.toldForwardedNext },
    signature(ctx),
    { kind: 'small', text: t.companyFooter(original.reference, ctx.org.entryPoint.name, ctx.name) },
  ]);
  await enqueueMail(db, clock.now(), {
    kind: 'company-forwarded',
    to: original.contact.email,
    replyTo: ctx.org.entryPoint.email,
    ...mail,
  });
}

/** A colleague forwarded a submission to a person, perhaps with a message. */
export async function notifyColleagueForward(
  db: Db,
  clock: Clock,
  submission: Submission,
  staffId: string,
  by: WriteContext,
  message?: string,
): Promise<void> {
  if (by.actor.kind === 'staff' && by.actor.id === staffId) return;
  const colleague = await memberOf(db, submission.orgId, { staffId });
  if (!colleague) return;
  const ctx = await orgContext(db, submission.orgId);
  const { t } = ctx;
  const who = await actorName(db, by, t);
  const mail = compose(
    ctx.lang,
    t.colleagueSubject(who, submission.reference, staffTitle(submission)),
    [
      { kind: 'p', text: t.colleagueIntro(who, submission.reference, ctx.name) },
      ...(message?.trim()
        ? [{ kind: 'quote' as const, label: t.theirMessage(who), text: message.trim() }]
        : []),
      ...(await submissionFacts(db, submission, ctx)),
      openLink(t, submission.reference),
    ],
  );
  await enqueueMail(db, clock.now(), { kind: 'colleague-forward', to: colleague.email, ...mail });
}

/** A person was given a role in an organisation: how to sign in. */
export async function notifyInvited(
  db: Db,
  clock: Clock,
  input: { orgId: string; email: string; role: string; by: WriteContext },
): Promise<void> {
  const ctx = await orgContext(db, input.orgId);
  const { t } = ctx;
  const email = input.email.trim().toLowerCase();
  const who = await actorName(db, input.by, t);
  const role = (t.roles as Record<string, string>)[input.role] ?? input.role;
  const href = consoleUrl();
  const mail = compose(ctx.lang, t.invitedSubject(ctx.name), [
    { kind: 'p', text: t.invitedIntro(who, ctx.name, role) },
    { kind: 'p', text: t.invitedHow(email) },
    href ? { kind: 'link', text: t.signIn, href } : { kind: 'p', text: t.signIn },
    { kind: 'small', text: t.ignore },
  ]);
  await enqueueMail(db, clock.now(), { kind: 'staff-invite', to: email, ...mail });
}

// ---------------------------------------------------------------- sign-in code

/** The sign-in code mail, in the language of the person's first organisation. */
export async function signInCodeMail(db: Db, email: string, code: string) {
  const first = await db
    .selectFrom('memberships')
    .innerJoin('staff', 'staff.id', 'memberships.staff_id')
    .innerJoin('organizations', 'organizations.id', 'memberships.org_id')
    .select('organizations.doc')
    .where('staff.email', '=', email)
    .orderBy('memberships.created_at')
    .orderBy('memberships.org_id')
    .executeTakeFirst();
  const lang = mailLanguage((first?.doc as OrganizationAdmin | undefined)?.defaultLanguage);
  const t = STRINGS[lang];
  const mail = compose(lang, t.codeSubject(code), [
    { kind: 'p', text: t.codeIntro },
    { kind: 'code', text: code },
    { kind: 'p', text: t.codeRules },
    { kind: 'small', text: t.codeIgnore },
  ]);
  return { kind: 'sign-in-code', to: email, ...mail };
}

// ---------------------------------------------------------------- the daily digest

export interface DigestOptions {
  /** The local hour after which a day's digest goes out (default 7). */
  hour?: number;
  /** Members handled per transaction. */
  batch?: number;
}

/**
 * Arrivals only count once their transaction can have committed: a digest
 * covers what arrived up to this long before it is made, and the next one
 * starts there, so a submission committed late is in the next digest, not lost.
 */
export const DIGEST_MARGIN_MS = 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The offset of `zone` from UTC at `at`, in ms. */
function zoneOffset(at: Date, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  const part = (type: string) => parts[type] ?? 0;
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant when the wall clock in `zone` shows the given day (may overflow: day 0) and hour. */
function wallClock(zone: string, year: number, month: number, day: number, hour: number): number {
  const asUtc = Date.UTC(year, month, day, hour);
  const first = asUtc - zoneOffset(new Date(asUtc), zone);
  // Again with the offset of that instant, in case a DST change lies in between.
  return asUtc - zoneOffset(new Date(first), zone);
}

/** The latest moment at or before `now` when it was `hour`:00 in `zone`. */
export function latestLocalHour(now: Date, zone: string, hour: number): Date {
  const local = new Date(now.getTime() + zoneOffset(now, zone));
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  for (let back = 0; ; back++) {
    const at = wallClock(zone, y, m, d - back, hour);
    if (at <= now.getTime()) return new Date(at);
  }
}

/**
 * Queues the day's digest for every member who chose one and has not had it
 * since today's `hour`:00 (in the configured time zone): ONE mail listing what
 * arrived for them since their last digest (assigned to them, or unassigned
 * when they are the entry point), none when nothing did. Several instances
 * may run this at once: each member's row is taken `FOR UPDATE SKIP LOCKED`
 * and moved on in the same transaction as their mail, so it goes out once.
 * Returns how many digests were queued.
 */
export async function queueDueDigests(
  db: Db,
  clock: Clock,
  { hour = 7, batch = 50 }: DigestOptions = {},
): Promise<number> {
  const now = clock.now();
  const dueSince = latestLocalHour(now, settings.timeZone, hour);
  const threshold = new Date(dueSince.getTime() - DIGEST_MARGIN_MS);
  const until = new Date(now.getTime() - DIGEST_MARGIN_MS);
  let queued = 0;
  for (;;) {
    const { taken, sent } = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('memberships')
        .select(['staff_id', 'org_id', 'digest_sent_at'])
        .where('arrival_mail', '=', 'digest')
        .where((eb) =>
          eb.or([eb('digest_sent_at', 'is', null), eb('digest_sent_at', '<', threshold)]),
        )
        .orderBy('org_id')
        .orderBy('staff_id')
        .limit(batch)
        .forUpdate()
        .skipLocked()
        .execute();
      let sent = 0;
      for (const m of due) {
        const since = m.digest_sent_at
          ? new Date(m.digest_sent_at)
          : new Date(until.getTime() - DAY_MS);
        if (await queueDigest(trx, now, m.staff_id, m.org_id, since, until)) sent++;
        await trx
          .updateTable('memberships')
          .set({ digest_sent_at: until })
          .where('staff_id', '=', m.staff_id)
          .where('org_id', '=', m.org_id)
          .execute();
      }
      return { taken: due.length, sent };
    });
    queued += sent;
    if (taken < batch) return queued;
  }
}

async function queueDigest(
  db: Db,
  now: Date,
  staffId: string,
  orgId: string,
  since: Date,
  until: Date,
): Promise<boolean> {
  const staff = await findStaffById(db, staffId);
  const org = await getOrganization(db, orgId);
  if (!staff || !org) return false;
  const entryPoint = org.entryPoint.email.trim().toLowerCase() === staff.email;
  const rows = await db
    .selectFrom('submissions')
    .select('doc')
    .where('org_id', '=', orgId)
    .where('created_at', '>', since)
    .where('created_at', '<=', until)
    .where('erased_at', 'is', null)
    // A forward's copy is mailed at once (notifyForwardReceived).
    .where('forwarded_from', 'is', null)
    .where((eb) =>
      entryPoint
        ? eb.or([eb('assignee_id', '=', staffId), eb('assignee_id', 'is', null)])
        : eb('assignee_id', '=', staffId),
    )
    .orderBy('created_at')
    .orderBy('reference')
    .limit(200)
    .execute();
  if (!rows.length) return false;
  const submissions = rows.map((r) => r.doc as Submission);
  const lang = mailLanguage(org.defaultLanguage);
  const t = STRINGS[lang];
  const name = orgName(org, lang);
  const refs = submissions.map((s) => s.reference);
  const refList = refs.length > 3 ? `${refs.slice(0, 3).join(', ')}, …` : refs.join(', ');
  const inbox = consoleUrl('inbox');
  const blocks: Block[] = [
    { kind: 'p', text: t.digestIntro(name, submissions.length, formatWhen(since, lang)) },
    {
      kind: 'list',
      items: submissions.map((s) => ({
        text: [
          s.reference,
          t.kinds[s.kind] ?? s.kind,
          s.confidential ? t.confidential : `${oneLine(s.title, 100)} (${s.company.name})`,
        ].join(' – '),
        href: inboxUrl(s.reference),
      })),
    },
  ];
  if (inbox) blocks.push({ kind: 'link', text: t.openInbox, href: inbox });
  blocks.push({ kind: 'small', text: t.arrivalPreferences });
  const mail = compose(lang, t.digestSubject(name, submissions.length, refList), blocks);
  await enqueueMail(db, now, { kind: 'arrival-digest', to: staff.email, ...mail });
  return true;
}

/** A member's choice of arrival mails; switching to the digest starts it from now. */
export async function setArrivalMail(
  db: Db,
  clock: Clock,
  staffId: string,
  orgId: string,
  choice: ArrivalMail,
): Promise<void> {
  const run = async (trx: Db) => {
    const row = await trx
      .selectFrom('memberships')
      .select('arrival_mail')
      .where('staff_id', '=', staffId)
      .where('org_id', '=', orgId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new NotFoundError(`A membership of "${orgId}"`);
    if (row.arrival_mail === choice) return;
    await trx
      .updateTable('memberships')
      .set({
        arrival_mail: choice,
        // Arrivals until now went out as chosen before; the digest lists what comes next.
        ...(choice === 'digest'
          ? { digest_sent_at: new Date(clock.now().getTime() - DIGEST_MARGIN_MS) }
          : {}),
      })
      .where('staff_id', '=', staffId)
      .where('org_id', '=', orgId)
      .execute();
  };
  await (db.isTransaction ? run(db) : db.transaction().execute(run));
}
