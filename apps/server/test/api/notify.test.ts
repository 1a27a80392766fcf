/**
 * The inbox's mails (services/notify.ts) end to end: queued in a transaction,
 * sent by the real worker to a real SMTP server in this process, parsed by
 * mailparser. Language, plain text and HTML, the reference in the subject,
 * Reply-To and no staff in mails to companies, escaping, the choice between
 * at once, a daily digest and nothing, and a mail server that is down.
 */
import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type Submission, type SubmissionInput } from '@entrypoint/sdk';
import { openTestServer } from '../helpers/server.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import { submissionInput } from '../helpers/factories.js';
import { signIn } from '../helpers/sign-in.js';
import { createMailWorker, type MailWorker } from '../../src/mail/worker.js';
import { smtpTransport } from '../../src/mail/transport.js';
import { createDigestJob } from '../../src/mail/digest.js';
import { submit, getSubmission } from '../../src/services/submissions.js';
import { addStaff } from '../../src/services/staff.js';
import { requestSignInCode } from '../../src/services/sessions.js';
import { insertSubmission } from '../../src/store/submissions.js';
import {
  configureNotify,
  latestLocalHour,
  mailCompany,
  notifyArrival,
  notifyAssigned,
  notifyColleagueForward,
  notifyForwardReceived,
  notifyInvited,
  queueDueDigests,
  setArrivalMail,
  tellCompanyForwarded,
} from '../../src/services/notify.js';
import type { WriteContext } from '../../src/services/audit.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
const PUBLIC = 'https://entrypoint.example.org';

/** A clock the test moves: 2030-01-15 is a Tuesday in winter (Stockholm = UTC+1). */
const clock = { at: new Date('2030-01-15T04:00:00Z'), now: () => new Date(clock.at) };
const setTime = (iso: string) => (clock.at = new Date(iso));

let smtp: TestSmtp;
let worker: MailWorker;
let clients = 0;
const newClient = () => ({ 'x-forwarded-for': `10.9.0.${++clients}` });

beforeAll(async () => {
  configureNotify({ publicUrl: `${PUBLIC}/`, timeZone: 'Europe/Stockholm' });
  smtp = await startTestSmtp();
  worker = createMailWorker({
    db,
    transport: smtpTransport(smtp.url, 'Entrypoint <no-reply@entrypoint.test>'),
    clock,
    backoffMs: 60_000,
  });
});
afterAll(async () => {
  await smtp.stop();
});
beforeEach(async () => {
  await db.deleteFrom('outbox').execute();
  smtp.received.length = 0;
  setTime('2030-01-15T04:00:00Z');
});

type Lang = 'en' | 'sv' | 'nb' | 'fi';

const HARBOUR = { en: 'Harbour City', sv: 'Hamnstaden', nb: 'Havnebyen', fi: 'Satamakaupunki' };
const FJORD = { en: 'Fjord Region', sv: 'Fjordregionen', nb: 'Fjordregionen', fi: 'Vuonoseutu' };

async function makeOrg(lang: Lang = 'sv', name: Record<Lang, string> = HARBOUR) {
  const made = await server.org({
    defaultLanguage: lang,
    name,
    entryPoint: {
      name: 'Eva Entré',
      role: 'Innovation manager',
      email: `entry-${randomUUID().slice(0, 8)}@city.example`,
    },
  });
  return { ...made, entry: made.org.entryPoint };
}

async function makeSubmission(
  orgId: string,
  overrides: Partial<SubmissionInput> = {},
): Promise<Submission> {
  const input = submissionInput(orgId, {
    contact: { name: 'Kim Berg', email: `kim-${randomUUID().slice(0, 8)}@vagkraft.example` },
    ...overrides,
  });
  const { receipt } = await submit(db, clock, {
    input,
    idempotencyKey: randomUUID(),
    source: { origin: null, page: null },
  });
  // Arriving already mailed the entry point (the form's path, tested in
  // inbox-write.test.ts); each test here sends and counts its own mails.
  await db.deleteFrom('outbox').execute();
  return getSubmission(db, orgId, receipt.id);
}

async function staff(orgId: string, role: string, name: string, email?: string) {
  const address = email ?? `${name.toLowerCase().replace(/\W/g, '')}-${orgId}@staff.example`;
  const added = await addStaff(db, clock, { orgId, email: address, role, name });
  await db.deleteFrom('outbox').where('kind', '=', 'staff-invite').execute();
  return { id: added.staff.id, email: address, name };
}

const by = (staffId: string): WriteContext => ({ actor: { kind: 'staff', id: staffId } });

/** Sends what the outbox holds and returns the mails that arrived (all of them). */
async function deliver(expected: number): Promise<ParsedMail[]> {
  for (;;) {
    const { sent, failed } = await worker.runOnce();
    expect(failed).toBe(0);
    if (sent === 0) break;
  }
  const mails = await smtp.waitFor(expected);
  expect(smtp.received).toHaveLength(expected);
  return mails;
}

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0]! : m.to!).value[0]!.address;
const replyTo = (m: ParsedMail) => m.replyTo?.value[0]?.address;
const html = (m: ParsedMail) => (typeof m.html === 'string' ? m.html : '');
/** Everything a reader can see of a mail: its headers, text and HTML. */
const everything = (m: ParsedMail) =>
  [...m.headerLines.map((h) => h.line), m.text ?? '', html(m)].join('\n');

function expectBothParts(m: ParsedMail, lang: Lang) {
  expect(m.text?.length).toBeGreaterThan(20);
  expect(html(m)).toContain(`<html lang="${lang}">`);
  expect(html(m)).not.toMatch(/<img|<script|src=/i);
}

const inTransaction = <T>(fn: (trx: typeof db) => Promise<T>) =>
  db.transaction().execute((trx) => fn(trx));

describe('arrival mails', () => {
  const words: Record<Lang, { subject: string; text: string }> = {
    en: { subject: 'New submission', text: 'A new submission has arrived for Harbour City' },
    sv: { subject: 'Nytt ärende', text: 'Ett nytt ärende har kommit in till Hamnstaden' },
    nb: { subject: 'Ny henvendelse', text: 'En ny henvendelse har kommet inn til Havnebyen' },
    fi: { subject: 'Uusi yhteydenotto', text: 'Uusi yhteydenotto on saapunut: Satamakaupunki' },
  };

  for (const lang of ['en', 'sv', 'nb', 'fi'] as const) {
    it(`reach the entry point at once in the organisation's language (${lang})`, async () => {
      const { id, entry } = await makeOrg(lang);
      const s = await makeSubmission(id);
      await inTransaction((trx) => notifyArrival(trx, clock, s));
      const [mail] = await deliver(1);
      expect(to(mail!)).toBe(entry.email);
      expect(mail!.subject).toBe(`${words[lang].subject} ${s.reference}: Shared electric boats`);
      expect(mail!.text).toContain(words[lang].text);
      expect(mail!.text).toContain(`${PUBLIC}/console/inbox/${s.reference}`);
      expect(mail!.text).toContain('Vågkraft AB');
      expectBothParts(mail!, lang);
      expect(html(mail!)).toContain(`href="${PUBLIC}/console/inbox/${s.reference}"`);
      expect(html(mail!)).toContain(words[lang].text);
    });
  }

  it('go to the assignee when there is one, and keep a confidential title out of the mail', async () => {
    const { id, entry } = await makeOrg('en');
    const anna = await staff(id, 'handler', 'Anna Berg');
    const s = await makeSubmission(id, { confidential: true, title: 'Secret harbour plan' });
    await inTransaction((trx) => notifyArrival(trx, clock, { ...s, assigneeId: anna.id }));
    const [mail] = await deliver(1);
    expect(to(mail!)).toBe(anna.email);
    expect(mail!.subject).toBe(`New submission ${s.reference}`);
    expect(everything(mail!)).not.toContain('Secret harbour plan');
    expect(everything(mail!)).not.toContain(entry.email);
    expect(mail!.text).toContain('It is assigned to you');
  });

  it('without a public address, name the reference instead of linking', async () => {
    const { id } = await makeOrg('en');
    const s = await makeSubmission(id);
    configureNotify({ publicUrl: undefined });
    try {
      await inTransaction((trx) => notifyArrival(trx, clock, s));
    } finally {
      configureNotify({ publicUrl: PUBLIC });
    }
    const [mail] = await deliver(1);
    expect(mail!.text).toContain(`Find ${s.reference} in the Entrypoint console.`);
    expect(html(mail!)).not.toContain('href=');
  });
});

describe('mails to the company', () => {
  const hello: Record<Lang, string> = { en: 'Hello', sv: 'Hej', nb: 'Hei', fi: 'Hei' };

  for (const lang of ['en', 'sv', 'nb', 'fi'] as const) {
    it(`reply to the entry point, are signed by the organisation and name no other staff (${lang})`, async () => {
      const { id, entry } = await makeOrg(lang);
      const anna = await staff(id, 'handler', 'Anna Handläggare');
      const admin = await staff(id, 'admin', 'Olle Admin');
      const s = await makeSubmission(id);
      const body = 'Thank you for your idea.\n\nCould we meet next week?';
      const { outboxId } = await inTransaction((trx) =>
        mailCompany(trx, clock, { ...s, assigneeId: anna.id }, body),
      );
      expect(outboxId).toMatch(/\S/);
      const [mail] = await deliver(1);
      expect(to(mail!)).toBe(s.contact.email);
      expect(replyTo(mail!)).toBe(entry.email);
      expect(mail!.messageId).toBe(`<${outboxId}@entrypoint.test>`);
      expect(mail!.subject).toContain(s.reference);
      expect(mail!.text).toContain(`${hello[lang]} Kim Berg,`);
      expect(mail!.text).toContain('Thank you for your idea.');
      expect(mail!.text).toContain('Could we meet next week?');
      for (const part of [mail!.text!, html(mail!)]) {
        expect(part).toContain('Eva Entré');
        expect(part).toContain('Innovation manager');
      }
      expectBothParts(mail!, lang);
      const seen = everything(mail!);
      for (const person of [anna, admin]) {
        expect(seen).not.toContain(person.email);
        expect(seen).not.toContain(person.name);
      }
      expect(seen).not.toContain('/console/');
    });
  }

  it('refuse a submission whose contact details were erased', async () => {
    const { id } = await makeOrg('en');
    const s = await makeSubmission(id);
    await expect(
      inTransaction((trx) =>
        mailCompany(trx, clock, { ...s, erasedAt: clock.now().toISOString() }, 'Hello'),
      ),
    ).rejects.toThrow(/erased/);
    expect(await db.selectFrom('outbox').selectAll().execute()).toEqual([]);
  });

  it('tell the company where its submission was forwarded, with the copy’s reference', async () => {
    const from = await makeOrg('sv');
    const dest = await makeOrg('en', FJORD);
    const anna = await staff(from.id, 'handler', 'Anna Avsändare');
    const destStaff = await staff(dest.id, 'admin', 'Mottagare Person');
    const s = await makeSubmission(from.id);
    const copy: Submission = {
      ...s,
      id: randomUUID(),
      orgId: dest.id,
      reference: 'HAR-2030-0777',
      status: 'received',
    };
    await insertSubmission(db, copy);
    await db
      .updateTable('submissions')
      .set({ forwarded_from: s.id })
      .where('id', '=', copy.id)
      .execute();
    await inTransaction((trx) =>
      tellCompanyForwarded(trx, clock, { ...s, assigneeId: anna.id }, dest.id),
    );
    const [mail] = await deliver(1);
    expect(to(mail!)).toBe(s.contact.email);
    expect(replyTo(mail!)).toBe(from.entry.email);
    expect(mail!.subject).toContain(s.reference);
    expect(mail!.subject).toBe(
      `Hamnstaden: ditt ärende ${s.reference} har skickats vidare till Fjordregionen`,
    );
    expect(mail!.text).toContain('HAR-2030-0777');
    expect(mail!.text).toContain('Hej Kim Berg');
    expectBothParts(mail!, 'sv');
    const seen = everything(mail!);
    for (const person of [anna, destStaff]) {
      expect(seen).not.toContain(person.email);
      expect(seen).not.toContain(person.name);
    }
    expect(seen).not.toContain(dest.entry.email);
  });
});

describe('mails between staff', () => {
  it('tell a person a submission was assigned to them (not when they took it themselves)', async () => {
    const { id } = await makeOrg('nb');
    const anna = await staff(id, 'handler', 'Anna Berg');
    const olle = await staff(id, 'admin', 'Olle Sjef');
    const s = await makeSubmission(id);
    await inTransaction((trx) => notifyAssigned(trx, clock, s, anna.id, by(olle.id)));
    await inTransaction((trx) => notifyAssigned(trx, clock, s, anna.id, by(anna.id)));
    const [mail] = await deliver(1);
    expect(to(mail!)).toBe(anna.email);
    expect(mail!.subject).toBe(`${s.reference} er tildelt deg: Shared electric boats`);
    expect(mail!.text).toContain(`Olle Sjef har tildelt deg henvendelsen ${s.reference}`);
    expectBothParts(mail!, 'nb');
  });

  it('hand a submission to a colleague with a message', async () => {
    const { id } = await makeOrg('fi');
    const anna = await staff(id, 'handler', 'Anna Berg');
    const olle = await staff(id, 'handler', 'Olle Virtanen');
    const s = await makeSubmission(id);
    await inTransaction((trx) =>
      notifyColleagueForward(trx, clock, s, olle.id, by(anna.id), 'Voisitko katsoa tätä?'),
    );
    const [mail] = await deliver(1);
    expect(to(mail!)).toBe(olle.email);
    expect(mail!.subject).toContain(s.reference);
    expect(mail!.subject).toContain('Anna Berg välitti sinulle');
    expect(mail!.text).toContain('> Voisitko katsoa tätä?');
    expect(html(mail!)).toContain('<blockquote');
    expectBothParts(mail!, 'fi');
  });

  it("tell the receiver's entry point of a forward from another organisation", async () => {
    const from = await makeOrg('en', FJORD);
    const dest = await makeOrg('sv');
    const s = await makeSubmission(dest.id);
    await inTransaction((trx) =>
      notifyForwardReceived(
        trx,
        clock,
        s,
        { orgId: from.id, reference: 'XYZ-2030-0042' },
        'This fits your harbour challenge.',
      ),
    );
    const [mail] = await deliver(1);
    expect(to(mail!)).toBe(dest.entry.email);
    expect(mail!.subject).toBe(`${s.reference} vidarebefordrat från Fjordregionen`);
    expect(mail!.text).toContain('XYZ-2030-0042');
    expect(mail!.text).toContain('> This fits your harbour challenge.');
    expect(mail!.text).toContain(`${PUBLIC}/console/inbox/${s.reference}`);
    expectBothParts(mail!, 'sv');
  });

  it('invite a person with their role, in the language of the organisation', async () => {
    const { id } = await makeOrg('sv');
    const olle = await staff(id, 'admin', 'Olle Admin');
    await inTransaction((trx) =>
      notifyInvited(trx, clock, {
        orgId: id,
        email: 'New.Person@Example.org',
        role: 'handler',
        by: by(olle.id),
      }),
    );
    const [mail] = await deliver(1);
    expect(to(mail!)).toBe('new.person@example.org');
    expect(mail!.subject).toBe('Du är inbjuden till Hamnstaden i Entrypoint');
    expect(mail!.text).toContain(
      'Olle Admin har lagt till dig i Hamnstaden i Entrypoint som handläggare',
    );
    expect(html(mail!)).toContain(`href="${PUBLIC}/console/"`);
    expectBothParts(mail!, 'sv');
  });

  it("send the sign-in code in the language of the person's first organisation", async () => {
    const first = await makeOrg('fi');
    const second = await makeOrg('en');
    const p = await staff(first.id, 'viewer', 'Pekka');
    setTime('2030-01-15T04:00:01Z');
    await addStaff(db, clock, { orgId: second.id, email: p.email, role: 'admin' });
    await db.deleteFrom('outbox').execute();
    const issued = await requestSignInCode(db, clock, 'secret', p.email);
    const [mail] = await deliver(1);
    expect(mail!.subject).toBe(`Entrypoint-kirjautumiskoodisi: ${issued!.code}`);
    expect(mail!.text).toContain(issued!.code);
    expect(html(mail!)).toContain(issued!.code);
    expectBothParts(mail!, 'fi');
  });
});

describe('hostile input', () => {
  it('is escaped in the HTML of every mail it appears in', async () => {
    const { id } = await makeOrg('en');
    const anna = await staff(id, 'handler', 'Anna Berg');
    const olle = await staff(id, 'admin', '<b>Olle</b>');
    const s = await makeSubmission(id, {
      title: '<img src=x onerror=alert(1)> boats',
      company: { name: '<script>alert(1)</script>', country: 'SE', size: 'small' },
      contact: { name: '"><script>alert(2)</script>', email: 'evil@company.example' },
      description: 'A long enough text </blockquote><script>alert(3)</script>',
    });
    await inTransaction(async (trx) => {
      await notifyArrival(trx, clock, s);
      await notifyAssigned(trx, clock, s, anna.id, by(olle.id));
      await mailCompany(trx, clock, s, '<script>alert(4)</script>\n\nThanks & "bye"');
      await notifyColleagueForward(trx, clock, s, anna.id, by(olle.id), '<script>x</script>');
    });
    const mails = await deliver(4);
    for (const mail of mails) {
      const h = html(mail);
      expect(h).not.toMatch(/<script|<img|<b>/i);
      expect(h).toContain('&lt;script&gt;');
    }
    const arrival = mails.find((m) => m.subject?.startsWith('New submission'))!;
    expect(arrival.text).toContain('<script>alert(1)</script>');
    expect(html(arrival)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // One line in a header, whatever was typed.
    expect(arrival.subject).toBe(
      `New submission ${s.reference}: <img src=x onerror=alert(1)> boats`,
    );
  });
});

describe('arrival mail choices and the daily digest', () => {
  it('at once, in a digest or not at all, as each person chooses in their session', async () => {
    const { id } = await makeOrg('sv');
    const other = await makeOrg('en');
    // The entry point is a member: their choice counts.
    const entryEmail = (
      await db
        .selectFrom('organizations')
        .select('doc')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).doc as { entryPoint: { email: string } };
    const eva = await staff(id, 'handler', 'Eva', entryEmail.entryPoint.email);
    await staff(other.id, 'viewer', 'Eva', eva.email);
    const from = newClient();
    const { cookie } = await signIn(api, db, eva.email, from);
    const headers = { cookie, origin: server.url, ...from };

    const me = await api.get('/v1/session', { cookie });
    expect(me.body.memberships.map((m: { arrivalMail: string }) => m.arrivalMail)).toEqual([
      'immediate',
      'immediate',
    ]);
    // Two memberships: the organisation must be named.
    expect(
      (await api.patch('/v1/session/preferences', { arrivalMail: 'digest' }, headers)).status,
    ).toBe(400);
    expect(
      (
        await api.patch(
          '/v1/session/preferences',
          { arrivalMail: 'digest' },
          { ...headers, 'entrypoint-org': 'not-mine' },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await api.patch(
          '/v1/session/preferences',
          { arrivalMail: 'weekly' },
          { ...headers, 'entrypoint-org': id },
        )
      ).status,
    ).toBe(422);
    expect(
      (await api.patch('/v1/session/preferences', { arrivalMail: 'off' }, { origin: server.url }))
        .status,
    ).toBe(401);

    // Immediate (the default): a mail per arrival.
    await db.deleteFrom('outbox').execute();
    const first = await makeSubmission(id);
    await inTransaction((trx) => notifyArrival(trx, clock, first));
    expect((await deliver(1))[0]!.subject).toContain(first.reference);
    await db.deleteFrom('outbox').execute();

    // Digest: nothing at once.
    const set = await api.patch(
      '/v1/session/preferences',
      { arrivalMail: 'digest' },
      { ...headers, 'entrypoint-org': id },
    );
    expect(set.status).toBe(200);
    expect(set.body.memberships).toContainEqual({
      orgId: id,
      role: 'handler',
      arrivalMail: 'digest',
    });
    expect(set.body.memberships).toContainEqual({
      orgId: other.id,
      role: 'viewer',
      arrivalMail: 'immediate',
    });
    setTime('2030-01-15T04:10:00Z');
    const second = await makeSubmission(id);
    await inTransaction((trx) => notifyArrival(trx, clock, second));
    expect(await db.selectFrom('outbox').selectAll().execute()).toEqual([]);

    // Off: nothing at all.
    expect(
      (
        await api.patch(
          '/v1/session/preferences',
          { arrivalMail: 'off' },
          { ...headers, 'entrypoint-org': id },
        )
      ).status,
    ).toBe(200);
    const third = await makeSubmission(id);
    await inTransaction((trx) => notifyArrival(trx, clock, third));
    expect(await db.selectFrom('outbox').selectAll().execute()).toEqual([]);

    // The SDK's client makes the same calls, its answers checked by its schemas.
    const sdk = createClient({ baseUrl: server.url, retry: 0, headers: { ...headers } });
    const back = await sdk.session.setPreferences({ arrivalMail: 'immediate' }, { org: id });
    expect(back.memberships.find((m) => m.orgId === id)?.arrivalMail).toBe('immediate');
    expect((await sdk.session.get()).staff.email).toBe(eva.email);
  });

  it('a digest lists what arrived since the last one, once a day after 07:00, even with two instances', async () => {
    const { id } = await makeOrg('en');
    const dana = await staff(id, 'handler', 'Dana Digest');
    const olle = await staff(id, 'handler', 'Olle Other');
    await setArrivalMail(db, clock, dana.id, id, 'digest'); // at 05:00 Stockholm
    const assign = async (s: Submission, staffId: string) => {
      await db
        .updateTable('submissions')
        .set({ assignee_id: staffId })
        .where('id', '=', s.id)
        .execute();
      return { ...s, assigneeId: staffId };
    };

    setTime('2030-01-15T05:20:00Z'); // 06:20 in Stockholm
    const a = await assign(await makeSubmission(id, { title: 'First boat' }), dana.id);
    const b = await assign(await makeSubmission(id, { title: 'Second boat' }), dana.id);
    const notDana = await assign(await makeSubmission(id, { title: 'Not for Dana' }), olle.id);
    for (const s of [a, b]) await inTransaction((trx) => notifyArrival(trx, clock, s));
    expect(await db.selectFrom('outbox').selectAll().execute()).toEqual([]);

    // Before 07:00 in Stockholm: no digest yet.
    setTime('2030-01-15T05:59:00Z');
    expect(await queueDueDigests(db, clock)).toBe(0);

    // After 07:00: two instances at once queue one digest between them.
    setTime('2030-01-15T06:02:00Z');
    const jobs = [1, 2].map(() => createDigestJob({ db, clock }));
    const counts = await Promise.all(jobs.map((j) => j.runOnce()));
    expect(counts.reduce((n, c) => n + c, 0)).toBe(1);
    expect(await queueDueDigests(db, clock)).toBe(0);
    const digests = await db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', dana.email)
      .execute();
    expect(digests).toHaveLength(1);
    const [mail] = await deliver(1);
    expect(to(mail!)).toBe(dana.email);
    expect(mail!.subject).toBe(
      `Daily summary for Harbour City: 2 new submissions (${a.reference}, ${b.reference})`,
    );
    expect(mail!.text).toContain('First boat');
    expect(mail!.text).toContain('Second boat');
    expect(mail!.text).not.toContain('Not for Dana');
    expect(mail!.text).not.toContain(notDana.reference);
    expect(html(mail!)).toContain(`href="${PUBLIC}/console/inbox/${a.reference}"`);
    expectBothParts(mail!, 'en');

    // Later the same day: nothing again, even with a new arrival.
    setTime('2030-01-15T12:00:00Z');
    const c = await assign(await makeSubmission(id, { title: 'Third boat' }), dana.id);
    expect(await queueDueDigests(db, clock)).toBe(0);

    // The next morning: only what came since.
    smtp.received.length = 0;
    await db.deleteFrom('outbox').execute();
    setTime('2030-01-16T06:00:30Z');
    await queueDueDigests(db, clock);
    const [next] = await deliver(1);
    expect(to(next!)).toBe(dana.email);
    expect(next!.subject).toBe(`Daily summary for Harbour City: 1 new submission (${c.reference})`);
    expect(next!.text).not.toContain('First boat');

    // A morning with nothing new: no mail.
    await db.deleteFrom('outbox').execute();
    setTime('2030-01-17T06:30:00Z');
    await queueDueDigests(db, clock);
    expect(
      await db.selectFrom('outbox').selectAll().where('to_address', '=', dana.email).execute(),
    ).toEqual([]);
  });

  it('reads 07:00 in the configured time zone, across daylight saving time', () => {
    const zone = 'Europe/Stockholm';
    // Winter: UTC+1.
    expect(latestLocalHour(new Date('2030-01-15T06:00:00Z'), zone, 7).toISOString()).toBe(
      '2030-01-15T06:00:00.000Z',
    );
    expect(latestLocalHour(new Date('2030-01-15T05:59:59Z'), zone, 7).toISOString()).toBe(
      '2030-01-14T06:00:00.000Z',
    );
    // Summer: UTC+2; and the day the clocks go forward (2030-03-31).
    expect(latestLocalHour(new Date('2030-07-01T12:00:00Z'), zone, 7).toISOString()).toBe(
      '2030-07-01T05:00:00.000Z',
    );
    expect(latestLocalHour(new Date('2030-03-31T05:30:00Z'), zone, 7).toISOString()).toBe(
      '2030-03-31T05:00:00.000Z',
    );
    expect(
      latestLocalHour(new Date('2030-01-15T06:30:00Z'), 'Europe/Helsinki', 7).toISOString(),
    ).toBe('2030-01-15T05:00:00.000Z');
  });
});

describe('a mail server that is down, then up', () => {
  it('loses none of the inbox mails and sends none twice, Reply-To kept', async () => {
    const from = await makeOrg('sv');
    const dest = await makeOrg('en');
    const anna = await staff(from.id, 'handler', 'Anna Berg');
    const olle = await staff(from.id, 'admin', 'Olle Admin');
    const s = await makeSubmission(from.id);
    await inTransaction(async (trx) => {
      await notifyArrival(trx, clock, s);
      await notifyAssigned(trx, clock, s, anna.id, by(olle.id));
      await mailCompany(trx, clock, s, 'Tack!');
      await notifyColleagueForward(trx, clock, s, anna.id, by(olle.id));
      await tellCompanyForwarded(trx, clock, s, dest.id);
      await notifyForwardReceived(trx, clock, s, { orgId: dest.id, reference: 'HAR-2030-0001' });
      await notifyInvited(trx, clock, {
        orgId: from.id,
        email: 'new@x.example',
        role: 'viewer',
        by: by(olle.id),
      });
    });
    const kinds = (await db.selectFrom('outbox').select('kind').execute())
      .map((r) => r.kind)
      .sort();
    expect(kinds).toEqual([
      'arrival',
      'assigned',
      'colleague-forward',
      'company-forwarded',
      'company-message',
      'forward-received',
      'staff-invite',
    ]);

    await smtp.stop();
    try {
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 7 });
      setTime('2030-01-15T04:01:00Z');
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 7 });
    } finally {
      await smtp.start();
    }
    setTime('2030-01-15T04:05:00Z');
    expect(await worker.runOnce()).toEqual({ sent: 7, failed: 0 });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    const mails = await smtp.waitFor(7);
    expect(mails).toHaveLength(7);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(7);
    const toCompany = mails.filter((m) => to(m) === s.contact.email);
    expect(toCompany).toHaveLength(2);
    for (const m of toCompany) expect(replyTo(m)).toBe(from.entry.email);
    for (const m of mails.filter((x) => !toCompany.includes(x))) expect(replyTo(m)).toBeUndefined();
    const unsent = await db.selectFrom('outbox').selectAll().where('sent_at', 'is', null).execute();
    expect(unsent).toEqual([]);
  });
});
