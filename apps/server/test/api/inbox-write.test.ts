/**
 * Working the inbox through the API: moves with a message, assignments, tags,
 * notes, messages to the company, forwards (to a colleague, to another
 * organisation), bulk changes, tags and a challenge's default assignee. Mail
 * goes through the real outbox worker to a real SMTP server in this process,
 * and is read back as the receiver's mail program would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { sql } from 'kysely';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, submissionInput } from '../helpers/factories.js';
import { signIn as signInWith } from '../helpers/sign-in.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { createMailWorker, type MailWorker } from '../../src/mail/worker.js';
import { smtpTransport } from '../../src/mail/transport.js';
import type { SubmissionInput } from '@entrypoint/sdk';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;

let smtp: TestSmtp;
let worker: MailWorker;
beforeAll(async () => {
  smtp = await startTestSmtp();
  worker = createMailWorker({ db, transport: smtpTransport(smtp.url), clock: systemClock });
});
afterAll(async () => {
  await smtp.stop();
});

/** Sends what the outbox holds, then the mails to `address` as received over SMTP. */
async function mailsTo(address: string): Promise<ParsedMail[]> {
  while ((await worker.runOnce()).sent > 0);
  return smtp.received.filter((m) =>
    [m.to]
      .flat()
      .flatMap((t) => t?.value ?? [])
      .some((v) => v.address === address),
  );
}

/** Everything a mail program shows of a mail, headers included. */
const wholeMail = (m: ParsedMail) =>
  [
    ...m.headerLines.map((h) => h.line),
    m.text ?? '',
    typeof m.html === 'string' ? m.html : '',
  ].join('\n');

const replyToOf = (m: ParsedMail) => m.replyTo?.value.map((v) => v.address);

let clients = 0;
interface Member {
  id: string;
  email: string;
  name: string;
  cookie: string;
  /** Headers of a change made in this person's session. */
  as: Record<string, string>;
}

async function member(orgId: string, role: string, name: string): Promise<Member> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${role}@${orgId}.example`;
  const added = await addStaff(db, systemClock, { orgId, email, role, name });
  const from = { 'x-forwarded-for': `10.2.${Math.floor(++clients / 250)}.${clients % 250}` };
  const { cookie } = await signInWith(api, db, email, from);
  return { id: added.staff.id, email, name, cookie, as: { cookie, origin: server.url } };
}

async function submit(orgId: string, overrides: Partial<SubmissionInput> = {}) {
  const sent = await api.post('/v1/submissions', submissionInput(orgId, overrides), idem());
  expect(sent.status).toBe(201);
  return { id: sent.body.id as string, reference: sent.body.reference as string };
}

/** The audit trail of one submission, oldest first. */
async function trail(entityId: string) {
  const rows = await db
    .selectFrom('audit_events')
    .select(['org_id', 'actor_kind', 'actor_id', 'action', 'detail'])
    .where('entity_type', '=', 'submission')
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, detail: r.detail as Record<string, unknown> | null }));
}

async function firstAnswerAt(id: string) {
  const row = await db
    .selectFrom('submissions')
    .select('first_answer_at')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.first_answer_at ? new Date(row.first_answer_at).toISOString() : null;
}

describe('PATCH /v1/submissions/{id}', () => {
  it('moves with a message to the company, assigns and tags, with an event for each', async () => {
    const org = await server.org();
    const anna = await member(org.id, 'handler', 'Anna Berg');
    const bo = await member(org.id, 'handler', 'Bo Ek');
    await api.post('/v1/tags', { tag: 'energy' }, anna.as);
    await api.post('/v1/tags', { tag: 'follow up' }, anna.as);
    const company = `ceo@${org.id}-company.example`;
    const s = await submit(org.id, { contact: { name: 'Kim Berg', email: company } });
    expect(await firstAnswerAt(s.id)).toBeNull();

    const path = `/v1/submissions/${s.id}`;
    const changed = await api.patch(
      path,
      {
        status: 'in-dialogue',
        message: 'Thank you! Could you tell us more about the boats?',
        assigneeId: bo.id,
        tags: ['energy', 'follow up'],
      },
      anna.as,
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      status: 'in-dialogue',
      assigneeId: bo.id,
      tags: ['energy', 'follow up'],
      forwardedTo: [],
    });
    expect(changed.headers.get('etag')).toBe((await api.get(path, anna.as)).headers.get('etag'));
    const firstAnswer = await firstAnswerAt(s.id);
    expect(firstAnswer).not.toBeNull();

    const events = (await trail(s.id)).filter((e) => e.action !== 'create' && e.action !== 'view');
    expect(events.map((e) => e.action)).toEqual(['move', 'message', 'assign', 'tag']);
    for (const e of events) expect(e).toMatchObject({ actor_kind: 'staff', actor_id: anna.id });
    const messageId = events[1]!.detail!.messageId as string;
    expect(events[0]!.detail).toEqual({ from: 'received', to: 'in-dialogue', messageId });
    expect(events[2]!.detail).toEqual({ assigneeId: bo.id });
    expect(events[3]!.detail).toEqual({ tags: ['energy', 'follow up'] });
    const stored = await db
      .selectFrom('submission_messages')
      .selectAll()
      .where('id', '=', messageId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ author_id: anna.id, submission_id: s.id, org_id: org.id });
    expect(stored.outbox_id).toEqual(expect.any(String));

    // The company: the reference in the subject, answers to the entry point, no staff address.
    const [mail, ...more] = await mailsTo(company);
    expect(more).toEqual([]);
    expect(mail!.subject).toContain(s.reference);
    expect(replyToOf(mail!)).toEqual([org.org.entryPoint.email]);
    expect(mail!.text).toContain('Could you tell us more about the boats?');
    for (const staff of [anna.email, bo.email]) expect(wholeMail(mail!)).not.toContain(staff);
    // Bo is told he has it; Anna, who did it, is not.
    const toBo = (await mailsTo(bo.email)).filter((m) => m.subject?.includes(s.reference));
    expect(toBo).toHaveLength(1);
    expect((await mailsTo(anna.email)).filter((m) => m.subject?.includes(s.reference))).toEqual([]);

    // A later message leaves the first answer where it was.
    const again = await api.patch(path, { message: 'One more question.' }, anna.as);
    expect(again.status).toBe(200);
    expect(await firstAnswerAt(s.id)).toBe(firstAnswer);
    // Unassigning and emptying the tags.
    const cleared = await api.patch(path, { assigneeId: null, tags: [] }, anna.as);
    expect(cleared.body).toMatchObject({ assigneeId: null, tags: [] });
    const last = (await trail(s.id)).slice(-2);
    expect(last.map((e) => [e.action, e.detail])).toEqual([
      ['assign', { assigneeId: null }],
      ['tag', { tags: [] }],
    ]);
  });

  it('refuses to decline without a message, and what is not the organisation’s (422)', async () => {
    const org = await server.org();
    const other = await server.org();
    const outsider = await member(other.id, 'handler', 'Out Sider');
    const s = await submit(org.id);
    const path = `/v1/submissions/${s.id}`;
    const auth = bearer(org.key);
    const declined = await api.patch(path, { status: 'declined' }, auth);
    expect(declined.status).toBe(422);
    expect(declined.body.errors).toEqual([{ path: 'message', message: expect.any(String) }]);
    expect((await api.patch(path, {}, auth)).status).toBe(422);
    const stranger = await api.patch(path, { assigneeId: outsider.id }, auth);
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].path).toBe('assigneeId');
    const unknownTag = await api.patch(path, { tags: ['no-such-tag'] }, auth);
    expect(unknownTag.status).toBe(422);
    expect(unknownTag.body.errors[0]).toMatchObject({ path: 'tags' });
    expect((await api.get(path, auth)).body).toMatchObject({
      status: 'received',
      assigneeId: null,
      tags: [],
    });
    expect((await trail(s.id)).map((e) => e.action)).toEqual(['create']);
    expect(await firstAnswerAt(s.id)).toBeNull();

    const ok = await api.patch(path, { status: 'declined', message: 'Not for us.' }, auth);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('declined');
  });

  it('says who changed what, and when, to a change made from a stale version (412)', async () => {
    const org = await server.org();
    const anna = await member(org.id, 'handler', 'Anna Berg');
    const bo = await member(org.id, 'admin', 'Bo Ek');
    const s = await submit(org.id);
    const path = `/v1/submissions/${s.id}`;
    const seen = (await api.get(path, bo.as)).headers.get('etag')!;
    expect((await api.patch(path, { status: 'in-dialogue' }, anna.as)).status).toBe(200);

    const stale = await api.patch(path, { status: 'in-review' }, { ...bo.as, 'if-match': seen });
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toMatch(/^Anna Berg changed the status to in-dialogue at \d\d:\d\d/);
    expect(stale.body.changedBy).toEqual({ id: anna.id, name: 'Anna Berg' });
    const { at } = await db
      .selectFrom('audit_events')
      .select('at')
      .where('entity_id', '=', s.id)
      .where('action', '=', 'move')
      .executeTakeFirstOrThrow();
    expect(stale.body.changedAt).toBe(new Date(at).toISOString());
    expect((await api.get(path, bo.as)).body.status).toBe('in-dialogue');

    // An assignment is a change too; a note is not.
    const current = (await api.get(path, bo.as)).headers.get('etag')!;
    expect((await api.patch(path, { assigneeId: bo.id }, anna.as)).status).toBe(200);
    const assigned = await api.patch(path, { tags: [] }, { ...anna.as, 'if-match': current });
    expect(assigned.status).toBe(412);
    expect(assigned.body.detail).toMatch(/^Anna Berg assigned it to Bo Ek at /);
    const fresh = (await api.get(path, bo.as)).headers.get('etag')!;
    await api.post(`${path}/notes`, { body: 'Looks promising' }, anna.as);
    const after = await api.patch(path, { status: 'in-review' }, { ...bo.as, 'if-match': fresh });
    expect(after.status).toBe(200);
  });
});

describe('who may change the inbox', () => {
  it('lets viewers and editors change nothing (403 everywhere), and read the tags', async () => {
    const org = await server.org();
    const handler = await member(org.id, 'handler', 'Han Dler');
    const other = await server.org();
    await api.post('/v1/tags', { tag: 'energy' }, handler.as);
    const { id: challengeId } = (
      await api.post('/v1/challenges', challengeInput({ status: 'open' }), bearer(org.key))
    ).body as { id: string };
    const s = await submit(org.id);
    const path = `/v1/submissions/${s.id}`;
    for (const role of ['viewer', 'editor']) {
      const m = await member(org.id, role, `Some ${role}`);
      const answers = await Promise.all([
        api.patch(path, { status: 'in-review' }, m.as),
        api.patch(path, { assigneeId: m.id }, m.as),
        api.patch(path, { tags: ['energy'] }, m.as),
        api.post(`${path}/notes`, { body: 'A note' }, m.as),
        api.post(`${path}/messages`, { body: 'Hello' }, m.as),
        api.post(`${path}/forward`, { orgId: other.id }, m.as),
        api.post(`${path}/forward`, { staffId: handler.id }, m.as),
        api.post('/v1/submissions/bulk', { ids: [s.id], status: 'in-review' }, m.as),
        api.post('/v1/tags', { tag: 'mine' }, m.as),
        api.delete('/v1/tags/energy', m.as),
        api.call('PUT', `/v1/challenges/${challengeId}/default-assignee`, { staffId: m.id }, m.as),
      ]);
      expect(
        answers.map((a) => a.status),
        role,
      ).toEqual(answers.map(() => 403));
      expect(answers[0].body.detail).toContain(role);
      const tags = await api.get('/v1/tags', { cookie: m.cookie });
      expect(tags.status).toBe(200);
      expect(tags.body).toEqual({ data: [{ tag: 'energy' }], nextCursor: null });
    }
    expect((await api.get(path, bearer(org.key))).body).toMatchObject({
      status: 'received',
      assigneeId: null,
      tags: [],
    });
    expect((await trail(s.id)).map((e) => e.action)).toEqual(['create']);
  });

  it("keeps one organisation's staff off another's submissions (404)", async () => {
    const mine = await server.org();
    const theirs = await server.org();
    const me = await member(mine.id, 'admin', 'Me Myself');
    const s = await submit(theirs.id);
    const path = `/v1/submissions/${s.id}`;
    const answers = await Promise.all([
      api.patch(path, { status: 'in-review' }, me.as),
      api.post(`${path}/notes`, { body: 'A note' }, me.as),
      api.post(`${path}/messages`, { body: 'Hello' }, me.as),
      api.post(`${path}/forward`, { orgId: mine.id }, me.as),
      api.post(`${path}/forward`, { staffId: me.id }, me.as),
      api.patch(path, { status: 'in-review' }, bearer(mine.key)),
    ]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 404));
    const bulk = await api.post(
      '/v1/submissions/bulk',
      { ids: [s.id], status: 'in-review' },
      me.as,
    );
    expect(bulk.body.results).toEqual([
      { id: s.id, ok: false, status: 404, detail: expect.any(String) },
    ]);
    expect((await api.get(path, bearer(theirs.key))).body.status).toBe('received');
    expect((await trail(s.id)).map((e) => e.action)).toEqual(['create']);
  });
});

describe('notes and messages', () => {
  it('keeps a note internal and mails a message to the company', async () => {
    const org = await server.org();
    const anna = await member(org.id, 'handler', 'Anna Berg');
    const company = `kim@${org.id}-boats.example`;
    const s = await submit(org.id, { contact: { name: 'Kim', email: company } });
    const path = `/v1/submissions/${s.id}`;

    const note = await api.post(`${path}/notes`, { body: '  Call them on Monday  ' }, anna.as);
    expect(note.status).toBe(201);
    expect(note.body).toEqual({
      id: expect.any(String),
      body: 'Call them on Monday',
      authorId: anna.id,
      createdAt: expect.any(String),
    });
    expect((await api.post(`${path}/notes`, { body: '   ' }, anna.as)).status).toBe(422);

    const message = await api.post(`${path}/messages`, { body: 'When can we meet?' }, anna.as);
    expect(message.status).toBe(201);
    expect(message.body).toMatchObject({ body: 'When can we meet?', authorId: anna.id });
    expect(await firstAnswerAt(s.id)).not.toBeNull();
    const byKey = await api.post(`${path}/messages`, { body: 'Second' }, bearer(org.key));
    expect(byKey.body.authorId).toBeNull();

    expect((await trail(s.id)).map((e) => [e.action, e.detail])).toEqual([
      ['create', {}],
      ['note', { noteId: note.body.id }],
      ['message', { messageId: message.body.id }],
      ['message', { messageId: byKey.body.id }],
    ]);
    const mails = await mailsTo(company);
    expect(mails.map((m) => m.text?.includes('When can we meet?'))).toEqual([true, false]);
    for (const m of mails) {
      expect(m.subject).toContain(s.reference);
      expect(replyToOf(m)).toEqual([org.org.entryPoint.email]);
      expect(wholeMail(m)).not.toContain(anna.email);
      expect(wholeMail(m)).not.toContain('Call them on Monday');
    }
  });
});

describe('forwarding', () => {
  it('to another organisation: a linked copy with its own reference, the sender seeing what becomes of it', async () => {
    const sender = await server.org();
    const receiver = await server.org();
    const anna = await member(sender.id, 'handler', 'Anna Berg');
    const company = `lee@${sender.id}-wind.example`;
    const s = await submit(sender.id, { contact: { name: 'Lee', email: company } });
    const path = `/v1/submissions/${s.id}`;

    const forwarded = await api.post(
      `${path}/forward`,
      { orgId: receiver.id, message: 'This fits your harbour project.' },
      anna.as,
    );
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.status).toBe('forwarded');
    const [link] = forwarded.body.forwardedTo as Array<{
      orgId: string;
      reference: string;
      status: string;
      at: string;
    }>;
    expect(link).toEqual({
      orgId: receiver.id,
      reference: expect.stringMatching(/^[A-Z]+-\d{4}-\d{4}$/),
      status: 'received',
      at: expect.any(String),
    });
    expect(link!.reference).not.toBe(s.reference);
    expect(link!.reference.slice(0, 3)).toBe(receiver.id.slice(0, 3).toUpperCase());

    // In the receiver's inbox, with where it came from.
    const list = await api.get('/v1/submissions', bearer(receiver.key));
    const copy = list.body.data.find((x: { reference: string }) => x.reference === link!.reference);
    expect(copy).toMatchObject({
      orgId: receiver.id,
      status: 'received',
      title: 'Shared electric boats',
    });
    const shown = await api.get(`/v1/submissions/${copy.id}`, bearer(receiver.key));
    expect(shown.body.forwardedFrom).toEqual({
      orgId: sender.id,
      reference: s.reference,
      status: 'forwarded',
      at: link!.at,
    });
    expect(shown.body.challengeId).toBeUndefined();

    // Both trails.
    expect((await trail(s.id)).map((e) => [e.action, e.detail])).toEqual([
      ['create', {}],
      ['move', { from: 'received', to: 'forwarded' }],
      ['forward', { toOrgId: receiver.id, toReference: link!.reference }],
    ]);
    expect(await trail(copy.id)).toEqual([
      {
        org_id: receiver.id,
        actor_kind: 'staff',
        actor_id: anna.id,
        action: 'create',
        detail: { forwardedFrom: { orgId: sender.id, reference: s.reference } },
      },
    ]);

    // The receiver's entry point is mailed; the company is told, answering to the sender.
    const toReceiver = (await mailsTo(receiver.org.entryPoint.email)).filter((m) =>
      m.subject?.includes(link!.reference),
    );
    expect(toReceiver).toHaveLength(1);
    expect(toReceiver[0]!.text).toContain('This fits your harbour project.');
    const told = await mailsTo(company);
    expect(told).toHaveLength(1);
    expect(told[0]!.subject).toContain(s.reference);
    expect(replyToOf(told[0]!)).toEqual([sender.org.entryPoint.email]);
    expect(wholeMail(told[0]!)).not.toContain(anna.email);

    // The receiver works its copy; the sender sees it.
    const moved = await api.patch(
      `/v1/submissions/${copy.id}`,
      { status: 'in-review' },
      bearer(receiver.key),
    );
    expect(moved.status).toBe(200);
    const seen = await api.get(path, anna.as);
    expect(seen.body.forwardedTo).toEqual([{ ...link, status: 'in-review' }]);
    // ... which is no change to the sender's own version.
    expect(seen.headers.get('etag')).toBe(forwarded.headers.get('etag'));

    // Once per organisation.
    const twice = await api.post(`${path}/forward`, { orgId: receiver.id }, anna.as);
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain(link!.reference);
    const self = await api.post(`${path}/forward`, { orgId: sender.id }, anna.as);
    expect(self.status).toBe(422);
    const nowhere = await api.post(`${path}/forward`, { orgId: 'no-such-org' }, anna.as);
    expect(nowhere.status).toBe(422);
  });

  it('forwards a confidential submission only with the company’s consent', async () => {
    const sender = await server.org();
    const receiver = await server.org();
    const auth = bearer(sender.key);
    const secret = await submit(sender.id, { confidential: true });
    const refused = await api.post(
      `/v1/submissions/${secret.id}/forward`,
      { orgId: receiver.id },
      auth,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('confidential');
    expect(refused.body.code).toBe('confidential');
    expect((await api.get(`/v1/submissions/${secret.id}`, auth)).body).toMatchObject({
      status: 'received',
      forwardedTo: [],
    });
    const inbox = await api.get('/v1/submissions', bearer(receiver.key));
    expect(inbox.body.data).toEqual([]);

    const allowed = await submit(sender.id, {
      confidential: true,
      consent: { privacy: true, forwarding: true },
    });
    const ok = await api.post(
      `/v1/submissions/${allowed.id}/forward`,
      { orgId: receiver.id },
      auth,
    );
    expect(ok.status).toBe(200);
    const copies = (await api.get('/v1/submissions', bearer(receiver.key))).body.data;
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ confidential: true, consent: { forwarding: true } });
  });

  it('to a colleague: assigns it to them and mails them', async () => {
    const org = await server.org();
    const anna = await member(org.id, 'handler', 'Anna Berg');
    const carl = await member(org.id, 'viewer', 'Carl Dahl');
    const s = await submit(org.id);
    const path = `/v1/submissions/${s.id}`;
    const done = await api.post(
      `${path}/forward`,
      { staffId: carl.id, message: 'You know this company.' },
      anna.as,
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'received', assigneeId: carl.id });
    expect((await trail(s.id)).map((e) => [e.action, e.detail])).toEqual([
      ['create', {}],
      ['assign', { assigneeId: carl.id }],
      ['forward', { toStaffId: carl.id }],
    ]);
    const mails = (await mailsTo(carl.email)).filter((m) => m.subject?.includes(s.reference));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('You know this company.');
    const outsider = await api.post(`${path}/forward`, { staffId: 'nobody' }, anna.as);
    expect(outsider.status).toBe(422);
    const both = await api.post(`${path}/forward`, { staffId: carl.id, orgId: 'x-y' }, anna.as);
    expect(both.status).toBe(422);
  });
});

describe('bulk changes', () => {
  it('changes each submission in its own transaction and says what became of each', async () => {
    const org = await server.org();
    const other = await server.org();
    const anna = await member(org.id, 'handler', 'Anna Berg');
    await api.post('/v1/tags', { tag: 'batch' }, anna.as);
    await api.post('/v1/tags', { tag: 'old' }, anna.as);
    const a = await submit(org.id);
    const b = await submit(org.id);
    const final = await submit(org.id);
    const foreign = await submit(other.id);
    await api.patch(`/v1/submissions/${b.id}`, { tags: ['old'] }, anna.as);
    await api.patch(`/v1/submissions/${final.id}`, { status: 'in-review' }, anna.as);
    const accepted = await api.patch(
      `/v1/submissions/${final.id}`,
      { status: 'accepted' },
      anna.as,
    );
    expect(accepted.status).toBe(200);

    const res = await api.post(
      '/v1/submissions/bulk',
      {
        ids: [a.id, final.id, foreign.id, b.id, 'no-such-id'],
        status: 'in-review',
        assigneeId: anna.id,
        addTags: ['batch'],
        removeTags: ['old'],
      },
      anna.as,
    );
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { id: a.id, ok: true },
      { id: final.id, ok: false, status: 409, detail: expect.stringContaining('final') },
      { id: foreign.id, ok: false, status: 404, detail: expect.any(String) },
      { id: b.id, ok: true },
      { id: 'no-such-id', ok: false, status: 404, detail: expect.any(String) },
    ]);
    for (const id of [a.id, b.id]) {
      expect((await api.get(`/v1/submissions/${id}`, anna.as)).body).toMatchObject({
        status: 'in-review',
        assigneeId: anna.id,
        tags: ['batch'],
      });
    }
    // The refused one is untouched: no assignment or tag slipped through.
    expect((await api.get(`/v1/submissions/${final.id}`, anna.as)).body).toMatchObject({
      status: 'accepted',
      assigneeId: null,
      tags: [],
    });
    expect((await api.get(`/v1/submissions/${foreign.id}`, bearer(other.key))).body).toMatchObject({
      status: 'received',
      assigneeId: null,
    });
    expect((await trail(a.id)).map((e) => e.action).filter((a) => a !== 'view')).toEqual([
      'create',
      'move',
      'assign',
      'tag',
    ]);

    // What is not the organisation's refuses the whole request.
    const unknown = await api.post(
      '/v1/submissions/bulk',
      { ids: [a.id], addTags: ['nope'] },
      anna.as,
    );
    expect(unknown.status).toBe(422);
    const declined = await api.post(
      '/v1/submissions/bulk',
      { ids: [a.id], status: 'declined' },
      anna.as,
    );
    expect(declined.status).toBe(422);
    const tooMany = await api.post(
      '/v1/submissions/bulk',
      { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`), status: 'in-review' },
      anna.as,
    );
    expect(tooMany.status).toBe(422);
  });
});

describe('tags', () => {
  it('are the organisation’s own; deleting one takes it off its submissions', async () => {
    const org = await server.org();
    const other = await server.org();
    const auth = bearer(org.key);
    expect((await api.post('/v1/tags', { tag: ' Wind power ' }, auth)).body).toEqual({
      tag: 'Wind power',
    });
    expect((await api.post('/v1/tags', { tag: 'energy' }, auth)).status).toBe(201);
    expect((await api.post('/v1/tags', { tag: 'energy' }, auth)).status).toBe(409);
    expect((await api.post('/v1/tags', { tag: 'a,b' }, auth)).status).toBe(422);
    expect((await api.get('/v1/tags', auth)).body).toEqual({
      data: [{ tag: 'Wind power' }, { tag: 'energy' }],
      nextCursor: null,
    });
    expect((await api.get('/v1/tags', bearer(other.key))).body.data).toEqual([]);

    const s = await submit(org.id);
    await api.patch(`/v1/submissions/${s.id}`, { tags: ['energy', 'Wind power'] }, auth);
    const removed = await api.delete(`/v1/tags/${encodeURIComponent('Wind power')}`, auth);
    expect(removed.status).toBe(204);
    expect((await api.get(`/v1/submissions/${s.id}`, auth)).body.tags).toEqual(['energy']);
    expect((await trail(s.id)).slice(-1)[0]).toMatchObject({
      action: 'tag',
      detail: { tags: ['energy'] },
    });
    expect((await api.delete(`/v1/tags/${encodeURIComponent('Wind power')}`, auth)).status).toBe(
      404,
    );
    // Another organisation's tag of the same name is another tag.
    expect((await api.delete('/v1/tags/energy', bearer(other.key))).status).toBe(404);
  });
});

describe('arrival', () => {
  it('assigns what arrives for a challenge to its default assignee, who gets the mail', async () => {
    const org = await server.org();
    const other = await server.org();
    const anna = await member(org.id, 'handler', 'Anna Berg');
    const stranger = await member(other.id, 'handler', 'Sam Stranger');
    const auth = bearer(org.key);
    const challenge = await api.post('/v1/challenges', challengeInput({ status: 'open' }), auth);
    const challengeId = challenge.body.id as string;
    const put = (id: string, staffId: string | null, headers = anna.as) =>
      api.call('PUT', `/v1/challenges/${id}/default-assignee`, { staffId }, headers);

    expect((await put(challengeId, stranger.id)).status).toBe(422);
    const theirs = await api.post(
      '/v1/challenges',
      challengeInput({ status: 'open' }),
      bearer(other.key),
    );
    expect((await put(theirs.body.id, anna.id)).status).toBe(404);
    const set = await put(challengeId, anna.id);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ staffId: anna.id });

    const s = await submit(org.id, { challengeId });
    const got = await api.get(`/v1/submissions/${s.id}`, auth);
    expect(got.body.assigneeId).toBe(anna.id);
    expect((await trail(s.id)).map((e) => [e.action, e.actor_kind, e.detail])).toEqual([
      ['create', 'public', {}],
      ['assign', 'system', { assigneeId: anna.id, default: true }],
    ]);
    expect(
      (await mailsTo(anna.email)).filter((m) => m.subject?.includes(s.reference)),
    ).toHaveLength(1);
    expect(
      (await mailsTo(org.org.entryPoint.email)).filter((m) => m.subject?.includes(s.reference)),
    ).toEqual([]);

    // Without a default assignee: unassigned, and the entry point is told.
    expect((await put(challengeId, null)).body).toEqual({ staffId: null });
    const plain = await submit(org.id, { challengeId });
    expect((await api.get(`/v1/submissions/${plain.id}`, auth)).body.assigneeId).toBeNull();
    const arrived = (await mailsTo(org.org.entryPoint.email)).filter((m) =>
      m.subject?.includes(plain.reference),
    );
    expect(arrived).toHaveLength(1);
  });
});

describe('erasure', () => {
  it("clears notes and messages, the mails, and the copies a forward made, with the person's data", async () => {
    const sender = await server.org();
    const receiver = await server.org();
    const auth = bearer(sender.key);
    const email = `erase-me@${sender.id}.example`;
    const s = await submit(sender.id, { contact: { name: 'Erin Erase', email } });
    const path = `/v1/submissions/${s.id}`;
    await api.post(`${path}/notes`, { body: 'Erin said her phone is 070-1234567' }, auth);
    await api.post(`${path}/messages`, { body: 'Dear Erin, thank you' }, auth);
    const forwarded = await api.post(`${path}/forward`, { orgId: receiver.id }, auth);
    const copyRef = forwarded.body.forwardedTo[0].reference as string;
    const copy = (await api.get('/v1/submissions', bearer(receiver.key))).body.data[0];
    await api.post(
      `/v1/submissions/${copy.id}/notes`,
      { body: 'Erin again' },
      bearer(receiver.key),
    );

    const exported = await api.get(`/v1/people?email=${encodeURIComponent(email)}`, auth);
    expect(exported.body.messages).toEqual([
      {
        submissionId: s.id,
        reference: s.reference,
        body: 'Dear Erin, thank you',
        sentAt: expect.any(String),
      },
    ]);

    const erased = await api.post('/v1/people/erase', { email }, auth);
    expect(erased.status).toBe(200);
    expect(erased.body.erased.map((e: { reference: string }) => e.reference)).toEqual([
      s.reference,
      copyRef,
    ]);
    const bodies = await db
      .selectFrom('submission_notes')
      .select('body')
      .where('submission_id', 'in', [s.id, copy.id])
      .union(
        db
          .selectFrom('submission_messages')
          .select('body')
          .where('submission_id', 'in', [s.id, copy.id]),
      )
      .execute();
    expect(bodies.length).toBeGreaterThan(0);
    for (const { body } of bodies) expect(body).not.toMatch(/Erin/);
    const leftInMail = await sql<{ n: number }>`
      select count(*)::int as n from outbox
       where to_address = ${email} or text_body like '%Erin%' or subject like ${`%${copyRef}%`}`.execute(
      db,
    );
    expect(leftInMail.rows[0]!.n).toBe(0);
    const shownCopy = await api.get(`/v1/submissions/${copy.id}`, bearer(receiver.key));
    expect(shownCopy.body.erasedAt).toEqual(expect.any(String));
    expect(JSON.stringify(shownCopy.body)).not.toContain('Erin');
    expect((await trail(copy.id)).slice(-1)[0]).toMatchObject({ action: 'erase' });
  });
});
