/* eslint-disable @typescript-eslint/no-explicit-any -- replies are JSON checked by assertions, not by types */
/**
 * `GET /v1/results` and `.csv` on hand-made data: six submissions with known
 * arrivals, moves, messages and a forward, written through the services with
 * clocks set to the moment each thing happened. The expected numbers below
 * are worked out by hand from that story, not by running the same SQL.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { SubmissionInput } from '@entrypoint/sdk';
import { openTestServer, letters } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, submissionInput } from '../helpers/factories.js';
import { putStory } from '../helpers/stories.js';
import { signIn } from '../helpers/sign-in.js';
import type { Clock } from '../../src/services/clock.js';
import { systemClock } from '../../src/services/clock.js';
import { moveSubmission, submit } from '../../src/services/submissions.js';
import { forwardSubmission, sendMessage } from '../../src/services/inbox-actions.js';
import { addStaff } from '../../src/services/staff.js';
import { erasePerson } from '../../src/services/people.js';
import type { WriteContext } from '../../src/services/audit.js';
import { aggregateQuery } from '../../src/store/results.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
const at = (iso: string): Clock => ({ now: () => new Date(iso) });
const staff: WriteContext = { actor: { kind: 'api_key', id: 'key_test' } };
let clients = 0;

async function arrive(when: string, input: SubmissionInput): Promise<string> {
  const { receipt } = await submit(db, at(when), {
    input,
    idempotencyKey: letters(12),
    source: { origin: null, page: null },
  });
  return receipt.id;
}

/** The world of these tests: organisation A, its cluster C (a via) and B (a forward's receiver). */
async function world() {
  const cluster = await server.org({ kind: 'cluster', name: { en: '=Cluster of tests' } });
  const b = await server.org();
  const a = await server.org();
  const suffix = letters(6);
  const ids = { ch1: `ch1-${suffix}`, ch2: `ch2-${suffix}`, ch3: `ch3-${suffix}` };
  for (const [id, status] of [
    [ids.ch1, 'open'],
    [ids.ch2, 'open'],
    [ids.ch3, 'draft'],
  ] as const) {
    const res = await api.post(
      '/v1/challenges',
      challengeInput({ id, status, title: { en: `Title ${id}` } }),
      bearer(a.key),
    );
    expect(res.status).toBe(201);
  }
  const input = (o: Partial<SubmissionInput>) => submissionInput(a.id, o);
  const se = { name: 'Vågkraft AB', country: 'SE', size: 'small' } as const;

  // S1: ch1, idea, SE, via C. Message after 2 days (and in dialogue), accepted later.
  const s1 = await arrive(
    '2026-03-02T08:00:00Z',
    input({ challengeId: ids.ch1, via: cluster.id, kind: 'idea', company: se }),
  );
  await sendMessage(db, at('2026-03-04T08:00:00Z'), a.id, s1, 'Thank you, let us talk', staff);
  await moveSubmission(db, at('2026-03-04T08:00:01Z'), a.id, s1, 'in-dialogue', staff);
  await moveSubmission(db, at('2026-03-10T08:00:00Z'), a.id, s1, 'accepted', staff);

  // S2: ch1, proposal, NO. Reviewed and declined without a word to the company.
  const s2 = await arrive(
    '2026-03-03T08:00:00Z',
    input({
      challengeId: ids.ch1,
      kind: 'proposal',
      company: { name: 'Fjord AS', country: 'NO', size: 'micro' },
    }),
  );
  await moveSubmission(db, at('2026-03-03T20:00:00Z'), a.id, s2, 'in-review', staff);
  await moveSubmission(db, at('2026-03-05T08:00:00Z'), a.id, s2, 'declined', staff);

  // S3: ch2, idea, SE, via C. Forwarded to B after 1 day (the company is told), then back in dialogue.
  const s3 = await arrive(
    '2026-03-05T08:00:00Z',
    input({ challengeId: ids.ch2, via: cluster.id, kind: 'idea', company: se }),
  );
  await forwardSubmission(db, at('2026-03-06T08:00:00Z'), a.id, s3, { orgId: b.id }, staff);
  await moveSubmission(db, at('2026-03-07T08:00:00Z'), a.id, s3, 'in-dialogue', staff);

  // S4: no challenge, question, FI. A message after 4 days, no move.
  const s4 = await arrive(
    '2026-03-10T08:00:00Z',
    input({ kind: 'question', company: { name: 'Meri Oy', country: 'FI', size: 'large' } }),
  );
  await sendMessage(db, at('2026-03-14T08:00:00Z'), a.id, s4, 'Good question', staff);

  // S5: ch2, idea, SE. A message after 1 day; in dialogue, then back in review.
  const s5 = await arrive(
    '2026-03-12T08:00:00Z',
    input({ challengeId: ids.ch2, kind: 'idea', company: se }),
  );
  await sendMessage(db, at('2026-03-13T08:00:00Z'), a.id, s5, 'Tell us more', staff);
  await moveSubmission(db, at('2026-03-13T09:00:00Z'), a.id, s5, 'in-dialogue', staff);
  await moveSubmission(db, at('2026-03-14T09:00:00Z'), a.id, s5, 'in-review', staff);

  // S6: before the period (February): ch1, idea, SE, accepted, never answered by message.
  const s6 = await arrive(
    '2026-02-20T08:00:00Z',
    input({ challengeId: ids.ch1, kind: 'idea', company: se }),
  );
  await moveSubmission(db, at('2026-02-21T08:00:00Z'), a.id, s6, 'in-review', staff);
  await moveSubmission(db, at('2026-02-25T08:00:00Z'), a.id, s6, 'accepted', staff);

  // Stories: A's in March about ch1; A's in January; B's in March about ch1.
  const story = (orgId: string, publishedAt: string, challengeIds: string[]) =>
    putStory(server.store, orgId, {
      title: { en: `Story ${publishedAt}` },
      summary: { en: 'What happened' },
      body: { en: 'It worked.' },
      publishedAt,
      challengeIds,
    });
  await story(a.id, '2026-03-15T10:00:00Z', [ids.ch1]);
  await story(a.id, '2026-01-10T10:00:00Z', []);
  await story(b.id, '2026-03-20T10:00:00Z', [ids.ch1]);
  return { a, b, cluster, ids };
}

const w = await world();
const MARCH = 'from=2026-03-01&to=2026-03-31';

const zero = {
  received: 0,
  inDialogue: 0,
  forwarded: 0,
  accepted: 0,
  declined: 0,
  answered: 0,
  unanswered: 0,
  medianDays: null,
};

describe('GET /v1/results', () => {
  it('counts the funnel as "ever reached", with answer times, for a period', async () => {
    const res = await api.get(`/v1/results?${MARCH}`, bearer(w.a.key));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const r = res.body;
    expect(r).toMatchObject({
      orgId: w.a.id,
      challengeId: null,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    // S1–S5. Dialogue: S1, S3 (after its forward), S5 (now in review). Forwarded: S3.
    // Answers: S1 2 d, S3 1 d (the forward's mail), S4 4 d, S5 1 d → median of 1,1,2,4 = 1.5.
    expect(r.total).toEqual({
      received: 5,
      inDialogue: 3,
      forwarded: 1,
      accepted: 1,
      declined: 1,
      answered: 4,
      unanswered: 1,
      medianDays: 1.5,
    });
    expect(r.byKind).toEqual([
      {
        kind: 'idea',
        ...{ received: 3, inDialogue: 3, forwarded: 1, accepted: 1, declined: 0 },
        ...{ answered: 3, unanswered: 0, medianDays: 1 },
      },
      { kind: 'proposal', ...zero, received: 1, declined: 1, unanswered: 1 },
      { kind: 'question', ...zero, received: 1, answered: 1, medianDays: 4 },
    ]);
    expect(r.byVia).toEqual([
      {
        via: null,
        name: null,
        ...{ received: 3, inDialogue: 1, forwarded: 0, accepted: 0, declined: 1 },
        // S2 none, S4 4 d, S5 1 d.
        ...{ answered: 2, unanswered: 1, medianDays: 2.5 },
      },
      {
        via: w.cluster.id,
        name: { en: '=Cluster of tests' },
        ...{ received: 2, inDialogue: 2, forwarded: 1, accepted: 1, declined: 0 },
        ...{ answered: 2, unanswered: 0, medianDays: 1.5 },
      },
    ]);
    expect(r.byCountry).toEqual([
      {
        country: 'SE',
        ...{ received: 3, inDialogue: 3, forwarded: 1, accepted: 1, declined: 0 },
        ...{ answered: 3, unanswered: 0, medianDays: 1 },
      },
      { country: 'FI', ...zero, received: 1, answered: 1, medianDays: 4 },
      { country: 'NO', ...zero, received: 1, declined: 1, unanswered: 1 },
    ]);
    // ch3 is a draft with nothing: no row. Stories per challenge are anyone's (A's and B's on ch1).
    const rows = Object.fromEntries(r.challenges.map((c: any) => [String(c.challengeId), c]));
    expect(Object.keys(rows).sort()).toEqual([w.ids.ch1, w.ids.ch2, 'null'].sort());
    expect(rows[w.ids.ch1]).toEqual({
      challengeId: w.ids.ch1,
      title: { en: `Title ${w.ids.ch1}` },
      stories: 2,
      ...{ received: 2, inDialogue: 1, forwarded: 0, accepted: 1, declined: 1 },
      ...{ answered: 1, unanswered: 1, medianDays: 2 },
    });
    expect(rows[w.ids.ch2]).toEqual({
      challengeId: w.ids.ch2,
      title: { en: `Title ${w.ids.ch2}` },
      stories: 0,
      ...{ received: 2, inDialogue: 2, forwarded: 1, accepted: 0, declined: 0 },
      ...{ answered: 2, unanswered: 0, medianDays: 1 },
    });
    expect(rows.null).toEqual({
      challengeId: null,
      title: null,
      stories: 0,
      ...zero,
      received: 1,
      answered: 1,
      medianDays: 4,
    });
    expect(r.challenges.at(-1).challengeId).toBeNull();
    // A's own stories of March: one (January's is outside, B's is B's).
    expect(r.stories.count).toBe(1);
    expect(r.stories.items).toEqual([
      {
        id: expect.any(String),
        orgId: w.a.id,
        title: { en: 'Story 2026-03-15T10:00:00Z' },
        publishedAt: '2026-03-15T10:00:00.000Z',
      },
    ]);
  });

  it('counts the doors a cluster opened at other receivers, by their moves and answers', async () => {
    const res = await api.get(`/v1/results?${MARCH}`, bearer(w.cluster.key));
    expect(res.status).toBe(200);
    // Nothing arrived in the cluster's own inbox.
    expect(res.body.total).toEqual(zero);
    // S1 and S3 came via the cluster to A (the copy of S3 at B carries no via).
    const counted = {
      ...{ received: 2, inDialogue: 2, forwarded: 1, accepted: 1, declined: 0 },
      ...{ answered: 2, unanswered: 0, medianDays: 1.5 },
    };
    expect(res.body.openedDoors).toEqual({
      total: counted,
      byReceiver: [
        {
          orgId: w.a.id,
          name: { en: `Test city ${w.a.id}`, sv: `Teststad ${w.a.id}` },
          ...counted,
        },
      ],
    });
    // A opened no doors; with one challenge there is no such section.
    const a = await api.get(`/v1/results?${MARCH}`, bearer(w.a.key));
    expect(a.body.openedDoors).toEqual({ total: zero, byReceiver: [] });
    const one = await api.get(`/v1/results?challenge=${w.ids.ch1}`, bearer(w.a.key));
    expect(one.body.openedDoors).toBeNull();
    // In the cluster's CSV too.
    const csv = parseCsv((await api.get(`/v1/results.csv?${MARCH}`, bearer(w.cluster.key))).text);
    expect(csv.find((r) => r[0] === 'doors opened')).toEqual([
      'doors opened',
      '',
      '',
      '2',
      '2',
      '1',
      '1',
      '0',
      '2',
      '0',
      '1.5',
      '',
    ]);
    expect(csv.find((r) => r[0] === 'doors opened at')?.slice(0, 4)).toEqual([
      'doors opened at',
      w.a.id,
      `Test city ${w.a.id}`,
      '2',
    ]);
  });

  it('takes every arrival without a period, and one challenge with `challenge`', async () => {
    const all = await api.get('/v1/results', bearer(w.a.key));
    expect(all.status).toBe(200);
    // S6 joins: accepted, never answered.
    expect(all.body.total).toEqual({
      received: 6,
      inDialogue: 3,
      forwarded: 1,
      accepted: 2,
      declined: 1,
      answered: 4,
      unanswered: 2,
      medianDays: 1.5,
    });
    expect(all.body.stories.count).toBe(2);

    const one = await api.get(`/v1/results?challenge=${w.ids.ch1}&${MARCH}`, bearer(w.a.key));
    expect(one.status).toBe(200);
    expect(one.body.challengeId).toBe(w.ids.ch1);
    // S1 and S2.
    expect(one.body.total).toEqual({
      received: 2,
      inDialogue: 1,
      forwarded: 0,
      accepted: 1,
      declined: 1,
      answered: 1,
      unanswered: 1,
      medianDays: 2,
    });
    // A tie: by id, straight arrivals (null) last.
    expect(one.body.byVia.map((v: any) => [v.via, v.received])).toEqual([
      [w.cluster.id, 1],
      [null, 1],
    ]);
    expect(one.body.challenges.map((c: any) => c.challengeId)).toEqual([w.ids.ch1]);
    // Stories linked to ch1 in March, by anyone: A's and B's.
    expect(one.body.stories.count).toBe(2);
    expect(one.body.stories.items.map((i: any) => i.orgId).sort()).toEqual([w.a.id, w.b.id].sort());

    // The draft without submissions: asked for by id, it answers (all zero).
    const draft = await api.get(`/v1/results?challenge=${w.ids.ch3}`, bearer(w.a.key));
    expect(draft.status).toBe(200);
    expect(draft.body.total).toEqual(zero);
    expect(draft.body.challenges).toEqual([
      { challengeId: w.ids.ch3, title: { en: `Title ${w.ids.ch3}` }, stories: 0, ...zero },
    ]);
  });

  it("answers the forward's copy in the receiver's results, not the sender's challenge", async () => {
    const res = await api.get(`/v1/results?${MARCH}`, bearer(w.b.key));
    expect(res.status).toBe(200);
    expect(res.body.total).toEqual({ ...zero, received: 1, unanswered: 1 });
    expect(res.body.challenges.map((c: any) => c.challengeId)).toEqual([null]);
    expect(res.body.stories.count).toBe(1);
  });

  it('an empty period is all zeros', async () => {
    const res = await api.get('/v1/results?from=2025-01-01&to=2025-01-31', bearer(w.a.key));
    expect(res.status).toBe(200);
    expect(res.body.total).toEqual(zero);
    expect(res.body.byKind).toEqual([]);
    expect(res.body.byVia).toEqual([]);
    expect(res.body.stories).toEqual({ count: 0, items: [] });
    // The open challenges still have their rows, with nothing in them.
    expect(res.body.challenges.map((c: any) => c.challengeId).sort()).toEqual(
      [w.ids.ch1, w.ids.ch2].sort(),
    );
  });

  it('keeps counting an erased submission, by the country erasure keeps', async () => {
    const org = await server.org();
    const id = await arrive(
      '2026-05-04T08:00:00Z',
      submissionInput(org.id, {
        kind: 'question',
        company: { name: 'Fjord AS', country: 'NO', size: 'micro' },
        contact: { name: 'Kari Nilsen', email: 'kari@fjord.example' },
      }),
    );
    await sendMessage(db, at('2026-05-05T20:00:00Z'), org.id, id, 'Thanks', staff);
    await erasePerson(db, systemClock, { email: 'kari@fjord.example', orgId: org.id }, staff);
    const res = await api.get('/v1/results', bearer(org.key));
    expect(res.status).toBe(200);
    const counted = { ...zero, received: 1, answered: 1, medianDays: 1.5 };
    expect(res.body.total).toEqual(counted);
    expect(res.body.byCountry).toEqual([{ country: 'NO', ...counted }]);
    expect(res.body.byKind).toEqual([{ kind: 'question', ...counted }]);
  });

  it('lets staff in any role read, and refuses others', async () => {
    const email = `viewer-${letters(6)}@example.org`;
    await addStaff(db, systemClock, { orgId: w.a.id, email, role: 'viewer' });
    const { cookie } = await signIn(api, db, email, { 'x-forwarded-for': `10.9.0.${++clients}` });
    const viewer = { cookie, origin: server.url };
    const res = await api.get(`/v1/results?${MARCH}`, viewer);
    expect(res.status).toBe(200);
    expect(res.body.total.received).toBe(5);

    expect((await api.get('/v1/results')).status).toBe(401);
    const other = await api.get('/v1/results', { ...viewer, 'entrypoint-org': w.b.id });
    expect(other.status).toBe(403);
    // Another organisation's key sees its own numbers, never A's challenge.
    const foreign = await api.get(`/v1/results?challenge=${w.ids.ch1}`, bearer(w.b.key));
    expect(foreign.status).toBe(404);
  });

  it('refuses a bad query with 400 and names the field', async () => {
    for (const [query, path] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-03-10&to=2026-03-01', 'to'],
      ['challenge=no%20spaces', 'challenge'],
    ] as const) {
      const res = await api.get(`/v1/results?${query}`, bearer(w.a.key));
      expect(res.status, query).toBe(400);
      expect(res.body.errors.map((e: any) => e.path)).toContain(path);
    }
    expect((await api.get('/v1/results?challenge=nope', bearer(w.a.key))).status).toBe(404);
  });
});

/** RFC 4180 rows (quoted cells with "" inside). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter(Boolean)) {
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) =>
      m[1]!.replace(/""/g, '"'),
    );
    rows.push(cells);
  }
  return rows;
}

describe('GET /v1/results.csv', () => {
  it('has the same numbers as CSV, with a BOM and formula cells neutralised', async () => {
    const res = await api.get(`/v1/results.csv?${MARCH}`, bearer(w.a.key));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="${w.a.id}-results-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    // fetch's text() drops a leading BOM; read the bytes.
    const raw = await fetch(`${server.url}/v1/results.csv?${MARCH}`, {
      headers: bearer(w.a.key),
    });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    expect(rows[0]).toEqual([
      'section',
      'key',
      'name',
      'received',
      'in dialogue',
      'forwarded',
      'accepted',
      'declined',
      'answered',
      'unanswered',
      'median days to first answer',
      'stories told',
    ]);
    const find = (section: string, key: string) =>
      rows.find((r) => r[0] === section && r[1] === key)!;
    expect(find('total', '')).toEqual([
      'total',
      '',
      '',
      '5',
      '3',
      '1',
      '1',
      '1',
      '4',
      '1',
      '1.5',
      '1',
    ]);
    expect(find('kind', 'proposal')).toEqual([
      'kind',
      'proposal',
      '',
      '1',
      '0',
      '0',
      '0',
      '1',
      '0',
      '1',
      '',
      '',
    ]);
    // The cluster's name begins with "=": written with a "'" before it.
    expect(find('via', w.cluster.id)).toEqual([
      'via',
      w.cluster.id,
      "'=Cluster of tests",
      '2',
      '2',
      '1',
      '1',
      '0',
      '2',
      '0',
      '1.5',
      '',
    ]);
    expect(find('country', 'FI').slice(3, 11)).toEqual(['1', '0', '0', '0', '0', '1', '0', '4']);
    expect(find('challenge', w.ids.ch1)).toEqual([
      'challenge',
      w.ids.ch1,
      `Title ${w.ids.ch1}`,
      '2',
      '1',
      '0',
      '1',
      '1',
      '1',
      '1',
      '2',
      '2',
    ]);
    // total + 3 kinds + 2 vias + 3 countries + 3 challenge rows.
    expect(rows).toHaveLength(1 + 1 + 3 + 2 + 3 + 3);
  });

  it('answers 400, 401 and 404 as the JSON does', async () => {
    expect((await api.get('/v1/results.csv?from=x', bearer(w.a.key))).status).toBe(400);
    expect((await api.get('/v1/results.csv')).status).toBe(401);
    expect((await api.get('/v1/results.csv?challenge=nope', bearer(w.a.key))).status).toBe(404);
  });
});

describe('at scale', () => {
  it('aggregates 10,000 submissions and 2,500 moves in one answer', async () => {
    const big = await server.org();
    const prefix = `Z${letters(5).toUpperCase()}`;
    // i % 4: 0 accepted (after a move to in-dialogue, answered in 2 days), 1 declined,
    // 2 in dialogue now (answered in 2 days), 3 received.
    await sql`
      insert into submissions (id, org_id, reference, status, created_at, updated_at, first_answer_at, doc)
      select ${prefix} || '-' || i, ${big.id}, ${prefix} || '-2026-' || lpad(i::text, 5, '0'),
             (array['accepted', 'declined', 'in-dialogue', 'received'])[i % 4 + 1],
             t, t, case when i % 2 = 0 then t + interval '2 days' end,
             jsonb_build_object('kind', case when i % 2 = 0 then 'idea' else 'question' end,
                                'company', jsonb_build_object('country', 'SE'))
        from generate_series(1, 10000) i,
             lateral (select timestamptz '2026-01-01T00:00:00Z' + i * interval '7 minutes' as t) x
    `.execute(db);
    await sql`
      insert into audit_events (at, org_id, actor_kind, actor_id, action, entity_type, entity_id, detail)
      select timestamptz '2026-04-01T00:00:00Z', ${big.id}, 'api_key', 'key_x', 'move', 'submission',
             ${prefix} || '-' || i, '{"from": "received", "to": "in-dialogue"}'::jsonb
        from generate_series(4, 10000, 4) i
    `.execute(db);
    // Fresh rows, no statistics yet (PGlite never analyses on its own): the
    // moves are still looked up per submission through the index, not by
    // comparing every move with every submission (3 s instead of 40 ms here).
    const plan = await sql<
      Record<string, string>
    >`explain ${aggregateQuery({ orgId: big.id })}`.execute(db);
    const text = plan.rows.map((r) => Object.values(r).join(' ')).join('\n');
    expect(text).toMatch(/Index Scan using audit_events_entity on audit_events/);
    expect(text).not.toMatch(/Semi Join/);
    const res = await api.get('/v1/results', bearer(big.key));
    expect(res.status).toBe(200);
    expect(res.body.total).toEqual({
      received: 10_000,
      inDialogue: 5_000,
      forwarded: 0,
      accepted: 2_500,
      declined: 2_500,
      answered: 5_000,
      unanswered: 5_000,
      medianDays: 2,
    });
    expect(res.body.byKind.map((k: any) => [k.kind, k.received, k.answered])).toEqual([
      ['idea', 5_000, 5_000],
      ['question', 5_000, 0],
    ]);
  });
});
