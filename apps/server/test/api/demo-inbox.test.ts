/**
 * `npm start` (DEMO=1) loads an inbox that is alive at once: the demo loaded
 * into a real store, read back through the API as the demo staff would.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { signIn } from '../helpers/sign-in.js';
import { seedDemo } from '../../src/services/demo.js';
import { systemClock } from '../../src/services/clock.js';
import { demoInbox, DEMO_FORWARD } from '../../src/demo/inbox.js';
import { demoSubmissions } from '../../src/demo/submissions.js';

/** The inbox plan, its one forward's copy, and what clusters sent from their own sites. */
const EXPECTED = demoInbox().length + 1 + demoSubmissions.length;

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
const loaded = await seedDemo(db, systemClock);
let clients = 0;
const session = async (email: string) =>
  (await signIn(api, db, email, { 'x-forwarded-for': `10.9.0.${++clients}` })).cookie;

describe('the demo inbox', () => {
  it('is loaded with the rest of the demo, and only once', async () => {
    expect(loaded?.submissions).toBe(EXPECTED);
    const again = await seedDemo(db, systemClock);
    expect(again?.submissions).toBe(0);
    const rows = await db
      .selectFrom('submissions')
      .select(db.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(EXPECTED);
  });

  it('shows Norrhamn’s staff submissions in every view, assigned, tagged and with a story', async () => {
    const cookie = await session('anna@norrhamn.example');
    const counts = await api.get('/v1/submissions/counts', { cookie });
    expect(counts.status).toBe(200);
    const { unassigned, mine, waiting, open, closed, all } = counts.body;
    expect(all).toBe(
      demoInbox().filter((s) => s.orgId === 'norrhamn').length +
        demoSubmissions.filter((s) => s.input.orgId === 'norrhamn').length,
    );
    for (const n of [unassigned, mine, waiting, open, closed]) expect(n).toBeGreaterThan(0);
    expect(open + closed).toBe(all);

    const page = await api.get('/v1/submissions?limit=100', { cookie });
    const statuses = new Set(page.body.data.map((s: { status: string }) => s.status));
    expect([...statuses].sort()).toEqual(
      ['accepted', 'declined', 'forwarded', 'in-dialogue', 'in-review', 'received'].sort(),
    );
    expect(
      page.body.data.filter((s: { assigneeId: string | null }) => s.assigneeId).length,
    ).toBeGreaterThan(5);
    expect(page.body.data.some((s: { tags: string[] }) => s.tags.length > 0)).toBe(true);

    const withStory = page.body.data.find((s: { status: string }) => s.status === 'in-dialogue');
    const tl = await api.get(`/v1/submissions/${withStory.id}/timeline`, { cookie });
    const actions = tl.body.data.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('create');
    expect(actions).toEqual(expect.arrayContaining(['assign', 'message', 'move']));
    const message = tl.body.data.find((e: { action: string }) => e.action === 'message');
    expect(message.detail.body).toEqual(expect.any(String));
    // Every event lies in the past, in order.
    const times = tl.body.data.map((e: { at: string }) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
  });

  it('has one forward between two demo organisations, linked both ways', async () => {
    const from = await session('anna@norrhamn.example');
    const to = await session('ola@fjordvik.example');
    const sent = await api.get('/v1/submissions?status=forwarded', { cookie: from });
    expect(sent.body.data).toHaveLength(1);
    const [original] = sent.body.data;
    expect(original.forwardedTo).toHaveLength(1);
    const link = original.forwardedTo[0];
    expect(link).toMatchObject({ orgId: DEMO_FORWARD.to, status: 'received' });
    const received = await api.get(`/v1/submissions?q=${link.reference}`, { cookie: to });
    expect(received.body.data).toHaveLength(1);
    expect(received.body.data[0].forwardedFrom).toMatchObject({
      orgId: DEMO_FORWARD.from,
      reference: original.reference,
      status: 'forwarded',
    });
    const tl = await api.get(`/v1/submissions/${original.id}/timeline`, { cookie: from });
    const forward = tl.body.data.find((e: { action: string }) => e.action === 'forward');
    expect(forward.detail).toEqual({ toOrgId: DEMO_FORWARD.to, toReference: link.reference });
  });
});
