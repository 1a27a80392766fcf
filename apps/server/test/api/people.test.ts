/**
 * A person's data rights through the admin API, end to end over HTTP: what
 * is held is exported, the newsletter consent can be withdrawn, and after an
 * erase nothing of the person remains in any table (nor in the API's answers
 * or the feeds), while the submission's reference, status and dates do.
 */
import { describe, expect, it } from 'vitest';
import { letters, openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';
import { allTableText } from '../helpers/db-text.js';
import { runCommand, UsageError } from '../../src/ops/commands.js';
import { systemClock } from '../../src/services/clock.js';

const { server, api } = await openTestServer();

function person() {
  const tag = letters(10);
  return {
    tag,
    email: `zelda.${tag}@quokka.example`,
    name: `Zelda Quokka${tag}`,
    phone: '+46 70 555 01 23',
    company: `Quokka${tag} Marine AB`,
    orgNumber: `559${tag.length}77-0042`,
    title: `Floating ${tag} gardens`,
    description: `Moored gardens that clean the harbour water, idea ${tag}.`,
  };
}

async function submitAs(orgId: string, p: ReturnType<typeof person>, newsletter = true) {
  const res = await api.post(
    '/v1/submissions',
    submissionInput(orgId, {
      title: p.title,
      description: p.description,
      company: { name: p.company, orgNumber: p.orgNumber, country: 'SE', size: 'micro' },
      contact: { name: p.name, email: p.email, phone: p.phone },
      consent: { privacy: true, newsletter },
    }),
    { ...idem(), 'entrypoint-page': `https://city.example/ideas?from=${p.email}` },
  );
  expect(res.status).toBe(201);
  return res.body as { id: string; reference: string };
}

describe("a person's data through the admin API", () => {
  it('exports everything held, withdraws the newsletter consent, and erases so that nothing of the person remains but the reference', async () => {
    const { id: orgId, key } = await server.org();
    const other = await server.org();
    const p = person();
    const first = await submitAs(orgId, p);
    const second = await submitAs(orgId, p, false);
    await submitAs(other.id, p);
    const auth = bearer(key);
    const inReview = await api.patch(`/v1/submissions/${first.id}`, { status: 'in-review' }, auth);
    expect(inReview.status).toBe(200);

    // Export: in any case of the address, only this organisation's submissions.
    const exported = await api.get(
      `/v1/people?email=${encodeURIComponent(p.email.toUpperCase())}`,
      auth,
    );
    expect(exported.status).toBe(200);
    expect(exported.headers.get('cache-control')).toBe('no-store');
    expect(exported.body.submissions.map((s: { reference: string }) => s.reference)).toEqual([
      first.reference,
      second.reference,
    ]);
    expect(exported.body.submissions[0].contact).toEqual({
      name: p.name,
      email: p.email,
      phone: p.phone,
    });
    expect(exported.body.consents).toEqual([
      expect.objectContaining({ reference: first.reference, privacy: true, newsletter: true }),
      expect.objectContaining({ reference: second.reference, privacy: true, newsletter: false }),
    ]);
    expect(exported.body.messages).toEqual([]);

    // Withdrawing the newsletter consent.
    const withdrawn = await api.post('/v1/people/withdraw-newsletter', { email: p.email }, auth);
    expect(withdrawn.body).toEqual({ withdrawn: [first.reference] });
    const afterWithdraw = await api.get(`/v1/submissions/${first.id}`, auth);
    expect(afterWithdraw.body.consent).toEqual({
      privacy: true,
      newsletter: false,
      newsletterWithdrawnAt: expect.any(String),
    });

    // Erase.
    const erased = await api.post('/v1/people/erase', { email: p.email }, auth);
    expect(erased.status).toBe(200);
    expect(erased.body.erased.map((e: { reference: string }) => e.reference)).toEqual([
      first.reference,
      second.reference,
    ]);

    // The API: the record stays, anonymised, with its reference, status, dates and receiver.
    const kept = await api.get(`/v1/submissions/${first.id}`, auth);
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({
      id: first.id,
      reference: first.reference,
      orgId,
      status: 'in-review',
      createdAt: afterWithdraw.body.createdAt,
      erasedAt: expect.any(String),
    });
    const inbox = await api.get('/v1/submissions?limit=100', auth);
    const again = await api.get(`/v1/people?email=${encodeURIComponent(p.email)}`, auth);
    expect(again.body.submissions).toEqual([]);
    const feeds = await Promise.all(
      ['rss', 'atom', 'json'].map((f) => api.get(`/v1/stories/feed.${f}?org=${orgId}`)),
    );
    const answers = [kept.text, inbox.text, ...feeds.map((f) => f.text)].join('\n');

    // Every table of the database: nothing of the person, but the other organisation's copy.
    const tables = await allTableText(server.store);
    const secrets = [p.email, p.name, p.phone, p.company, p.orgNumber, p.title, p.description];
    for (const secret of secrets) {
      expect(answers, secret).not.toContain(secret);
    }
    const withoutOther = tables
      .split('\n')
      .filter((row) => !row.includes(other.id))
      .join('\n');
    for (const secret of [...secrets, p.tag]) expect(withoutOther, secret).not.toContain(secret);
    expect(tables).toContain(first.reference);
    expect(tables).toContain(second.reference);

    // The other organisation still holds its own, until it erases too.
    const elsewhere = await api.get(
      `/v1/people?email=${encodeURIComponent(p.email)}`,
      bearer(other.key),
    );
    expect(elsewhere.body.submissions).toHaveLength(1);
  });

  it('needs the API key of an organisation and a well-formed address', async () => {
    const { key } = await server.org();
    expect((await api.get('/v1/people?email=a@b.example')).status).toBe(401);
    expect((await api.post('/v1/people/erase', { email: 'a@b.example' })).status).toBe(401);
    const bad = await api.get('/v1/people?email=not-an-address', bearer(key));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('email');
    expect((await api.post('/v1/people/erase', { email: 'nope' }, bearer(key))).status).toBe(422);
    const none = await api.post('/v1/people/erase', { email: 'nobody@x.example' }, bearer(key));
    expect(none.body).toEqual({ erased: [] });
  });
});

describe('the people commands (as the CLI runs them)', () => {
  const run = (command: string[], options: Record<string, string>) =>
    runCommand({ store: server.store, clock: systemClock }, { command, options });

  it("withdraw the newsletter consent across organisations, or one organisation's with --org", async () => {
    const a = await server.org();
    const b = await server.org();
    const p = person();
    const inA = await submitAs(a.id, p);
    const inB = await submitAs(b.id, p);
    const first = await run(['people', 'withdraw-newsletter'], { email: p.email, org: a.id });
    expect(first.join('\n')).toContain(inA.reference);
    expect(first.join('\n')).not.toContain(inB.reference);
    const rest = await run(['people', 'withdraw-newsletter'], { email: p.email });
    expect(rest.join('\n')).toContain(inB.reference);
    const exported = JSON.parse((await run(['people', 'export'], { email: p.email })).join('\n'));
    expect(exported.consents.map((c: { newsletter: boolean }) => c.newsletter)).toEqual([
      false,
      false,
    ]);
  });

  it("read and set an organisation's retention period, and refuse a malformed one", async () => {
    const { id } = await server.org();
    expect(await run(['people', 'retention'], { org: id })).toEqual([
      `${id} keeps submissions 730 days after they reached a final status (the default)`,
    ]);
    expect(await run(['people', 'retention'], { org: id, days: '365' })).toEqual([
      `${id} keeps submissions 365 days after they reached a final status`,
    ]);
    await expect(run(['people', 'retention'], { org: id, days: 'soon' })).rejects.toThrow(
      UsageError,
    );
    await expect(run(['people', 'export'], {})).rejects.toThrow(UsageError);
  });
});
