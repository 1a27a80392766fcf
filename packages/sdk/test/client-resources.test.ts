// The client against a real HTTP server: every resource sends the request the
// API expects and hands back the checked answer; problem documents become
// error classes; off-contract answers become ResponseValidationError. One
// file because one suite runs against both clients (describe.each).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AuthError,
  ConflictError,
  createClient,
  createLiteClient,
  createPublicClient,
  EntrypointError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  ValidationError,
  type EntrypointClient,
  type PublicClient,
  newIdempotencyKey,
} from '../src/index.js';
import {
  challenge,
  cluster,
  organization,
  problem,
  receipt,
  story,
  submission,
  submissionInput,
} from './factories.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
let client: EntrypointClient;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  client = createClient({ baseUrl: server.url, apiKey: 'ep_test_key', retry: 0 });
});

const last = () => {
  const request = server.seen.at(-1);
  if (!request) throw new Error('The server saw no request');
  return request;
};
const page = <T>(data: T[], nextCursor: string | null = null) => ({ body: { data, nextCursor } });

// Both clients make the same calls, retries and errors: each test runs on each.
describe.each([
  ['createClient', createClient],
  ['createLiteClient', createLiteClient],
] as const)('%s', (_name, make) => {
  beforeEach(() => {
    client = make({ baseUrl: server.url, apiKey: 'ep_test_key', retry: 0 });
  });

  describe('organizations', () => {
    it('lists and gets organisations', async () => {
      server.route(
        'GET /v1/organizations',
        page([organization(), organization({ id: 'fjordvik', country: 'NO' })], 'next'),
      );
      server.route('GET /v1/organizations/norrhamn', { body: organization() });
      const list = await client.organizations.list({ limit: 2 });
      expect(list.data.map((o) => o.id)).toEqual(['norrhamn', 'fjordvik']);
      expect(list.nextCursor).toBe('next');
      expect(last().url).toBe('/v1/organizations?limit=2');
      expect(await client.organizations.get('norrhamn')).toEqual(organization());
    });

    it("keeps allowedOrigins when the organisation's own key reads it", async () => {
      const admin = { ...organization(), allowedOrigins: ['https://norrhamn.example.org'] };
      server.route('GET /v1/organizations/norrhamn', { body: admin });
      const read = await client.organizations.get('norrhamn');
      expect(read).toEqual(admin);
      expect('allowedOrigins' in read && read.allowedOrigins).toEqual([
        'https://norrhamn.example.org',
      ]);
    });

    it('updates an organisation with a merge patch, answering the admin shape', async () => {
      const admin = {
        ...organization(),
        allowedOrigins: ['https://www.norrhamn.example'],
        answerDays: 5,
        retentionDays: null,
      };
      server.route('PATCH /v1/organizations/norrhamn', { body: admin });
      const patch = {
        allowedOrigins: ['https://www.norrhamn.example'],
        answerDays: 5,
        website: null,
      };
      expect(await client.organizations.update('norrhamn', patch)).toEqual(admin);
      expect(last().method).toBe('PATCH');
      expect(JSON.parse(last().body)).toEqual(patch);
    });
  });

  describe('staff', () => {
    const member = { id: 'st_1', email: 'anna@norrhamn.example', name: 'Anna', role: 'admin' };

    it('lists, invites, changes a role and removes', async () => {
      server.route('GET /v1/staff', page([member]));
      server.route('POST /v1/staff', { status: 201, body: { ...member, role: 'handler' } });
      server.route('PATCH /v1/staff/st_1', { body: { ...member, role: 'viewer' } });
      server.route('DELETE /v1/staff/st_1', { status: 204 });

      expect((await client.staff.list()).data).toEqual([member]);
      expect(last().url).toBe('/v1/staff');
      const invited = await client.staff.create({ email: member.email, role: 'handler' });
      expect(invited.role).toBe('handler');
      expect(JSON.parse(last().body)).toEqual({ email: member.email, role: 'handler' });
      expect((await client.staff.update('st_1', { role: 'viewer' })).role).toBe('viewer');
      expect(JSON.parse(last().body)).toEqual({ role: 'viewer' });
      await client.staff.delete('st_1');
      expect(last().method).toBe('DELETE');
    });

    it('throws ConflictError when the last admin would go', async () => {
      server.route('DELETE /v1/staff/st_1', {
        status: 409,
        headers: { 'content-type': 'application/problem+json' },
        body: problem({
          type: '/docs#problem-conflict',
          title: 'Conflict',
          status: 409,
          detail: 'The last admin of "norrhamn" cannot be removed',
          errors: undefined,
        }),
      });
      await expect(client.staff.delete('st_1')).rejects.toBeInstanceOf(ConflictError);
    });
  });

  describe('challenges', () => {
    it('sends the filters as query parameters, with several owners comma-separated', async () => {
      server.route('GET /v1/challenges', page([challenge()]));
      const { data } = await client.challenges.list({
        org: ['norrhamn', 'fjordvik'],
        status: 'open',
        theme: 'mobility',
        q: 'färja',
        lang: 'sv',
        limit: 10,
        cursor: 'c1',
      });
      expect(data).toHaveLength(1);
      const query = new URL(last().url, server.url).searchParams;
      expect(Object.fromEntries(query)).toEqual({
        org: 'norrhamn,fjordvik',
        status: 'open',
        theme: 'mobility',
        q: 'färja',
        lang: 'sv',
        limit: '10',
        cursor: 'c1',
      });
    });

    it("sends org '*', regions and the status order, and asks for similar challenges", async () => {
      server.route('GET /v1/challenges', page([challenge()]));
      await client.challenges.list({ org: '*', region: ['SE2', 'NO0'], sort: 'status' });
      expect(last().url).toBe('/v1/challenges?org=*&region=SE2%2CNO0&sort=status');
      const other = challenge({ orgId: 'fjordvik' });
      server.route('GET /v1/challenges/a%20b/similar', page([other]));
      expect((await client.challenges.similar('a b')).data).toEqual([other]);
      expect(last().url).toBe('/v1/challenges/a%20b/similar');
      await client.challenges.similar('a b', { limit: 3 });
      expect(last().url).toBe('/v1/challenges/a%20b/similar?limit=3');
    });

    it('iterates across three pages by following nextCursor', async () => {
      const items = Array.from({ length: 7 }, (_, i) => challenge({ id: `c-${i}` }));
      server.route('GET /v1/challenges', (req) => {
        const cursor = new URL(req.url, server.url).searchParams.get('cursor');
        if (cursor === null) return page(items.slice(0, 3), 'p2');
        if (cursor === 'p2') return page(items.slice(3, 6), 'p3');
        if (cursor === 'p3') return page(items.slice(6), null);
        return { status: 400, body: problem({ status: 400 }) };
      });
      const ids: string[] = [];
      for await (const c of client.challenges.iterate({ org: 'norrhamn', limit: 3 }))
        ids.push(c.id);
      expect(ids).toEqual(items.map((c) => c.id));
      expect(server.seen.map((r) => new URL(r.url, server.url).searchParams.get('cursor'))).toEqual(
        [null, 'p2', 'p3'],
      );
      expect(
        server.seen.every((r) => r.url.includes('org=norrhamn') && r.url.includes('limit=3')),
      ).toBe(true);
    });

    it('stops iterating when the server repeats a cursor', async () => {
      server.route('GET /v1/challenges', page([challenge()], 'same'));
      const run = async () => {
        for await (const _ of client.challenges.iterate()) {
          // drain
        }
      };
      await expect(run()).rejects.toBeInstanceOf(ResponseValidationError);
      expect(server.seen).toHaveLength(2);
    });

    it('walks the pages one at a time with pages(), as the server sent them', async () => {
      const items = Array.from({ length: 5 }, (_, i) => challenge({ id: `c-${i}` }));
      server.route('GET /v1/challenges', (req) => {
        const cursor = new URL(req.url, server.url).searchParams.get('cursor');
        if (cursor === null) return page(items.slice(0, 2), 'p2');
        if (cursor === 'p2') return page(items.slice(2, 4), 'p3');
        return page(items.slice(4), null);
      });
      const pages: { ids: string[]; nextCursor: string | null }[] = [];
      for await (const p of client.challenges.pages({ org: 'norrhamn', limit: 2 }))
        pages.push({ ids: p.data.map((c) => c.id), nextCursor: p.nextCursor });
      expect(pages).toEqual([
        { ids: ['c-0', 'c-1'], nextCursor: 'p2' },
        { ids: ['c-2', 'c-3'], nextCursor: 'p3' },
        { ids: ['c-4'], nextCursor: null },
      ]);
      expect(server.seen.every((r) => r.url.includes('org=norrhamn'))).toBe(true);
    });

    it('stops walking pages when the server repeats a cursor, after the pages before it', async () => {
      server.route('GET /v1/organizations', (req) =>
        new URL(req.url, server.url).searchParams.get('cursor') === null
          ? page([organization()], 'a')
          : page([organization({ id: 'fjordvik' })], 'a'),
      );
      const seen: string[] = [];
      const run = async () => {
        for await (const p of client.organizations.pages({ limit: 1 }))
          seen.push(...p.data.map((o) => o.id));
      };
      await expect(run()).rejects.toBeInstanceOf(ResponseValidationError);
      expect(seen).toEqual(['norrhamn', 'fjordvik']);
      expect(server.seen).toHaveLength(2);
    });

    it('requests no further page once the caller stops', async () => {
      server.route('GET /v1/stories', page([story()], 'more'));
      for await (const p of client.stories.pages()) {
        expect(p.data).toHaveLength(1);
        break;
      }
      expect(server.seen).toHaveLength(1);
    });

    it('gets one challenge, with its id encoded in the path, and its clusters', async () => {
      server.route('GET /v1/challenges/a%2Fb', { body: challenge({ id: 'ab' }) });
      server.route('GET /v1/challenges/ab/clusters', page([cluster()]));
      expect((await client.challenges.get('a/b')).id).toBe('ab');
      const clusters = await client.challenges.clusters('ab');
      expect(clusters.data[0]?.id).toBe('nordic-mobility-cluster');
    });

    it('gets the similar challenges of other owners, with a limit', async () => {
      server.route(
        'GET /v1/challenges/ab/similar',
        page([challenge({ id: 'cd', orgId: 'fjordvik' })]),
      );
      const similar = await client.challenges.similar('ab', { limit: 3 });
      expect(similar.data.map((c) => c.id)).toEqual(['cd']);
      expect(server.seen.at(-1)?.url).toContain('/v1/challenges/ab/similar?limit=3');
    });

    it('asks for every owner by region in status order, and for the stories of a challenge', async () => {
      server.route('GET /v1/challenges', page([]));
      server.route('GET /v1/stories', page([]));
      await client.challenges.list({ org: '*', region: 'SE2', sort: 'status' });
      expect(server.seen.at(-1)?.url).toContain('org=*&region=SE2&sort=status');
      await client.stories.list({ challenge: 'ab' });
      expect(server.seen.at(-1)?.url).toContain('/v1/stories?challenge=ab');
    });

    it('creates, updates and deletes with the API key', async () => {
      const created = challenge({ id: 'clean-water', status: 'draft' });
      server.route('POST /v1/challenges', { status: 201, body: created });
      server.route('PATCH /v1/challenges/clean-water', { body: { ...created, status: 'open' } });
      server.route('DELETE /v1/challenges/clean-water', { status: 204 });

      const { id: _i, orgId: _o, publishedAt: _p, updatedAt: _u, ...input } = created;
      expect(await client.challenges.create(input)).toEqual(created);
      expect(last().headers['content-type']).toBe('application/json');
      expect(JSON.parse(last().body)).toEqual(input);

      expect((await client.challenges.update('clean-water', { status: 'open' })).status).toBe(
        'open',
      );
      expect(JSON.parse(last().body)).toEqual({ status: 'open' });

      await expect(client.challenges.delete('clean-water')).resolves.toBeUndefined();
      expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
        'POST /v1/challenges',
        'PATCH /v1/challenges/clean-water',
        'DELETE /v1/challenges/clean-water',
      ]);
    });
  });

  describe('clusters', () => {
    it('lists with q, sector and country, and gets, creates, updates and deletes', async () => {
      server.route('GET /v1/clusters', page([cluster()]));
      server.route('GET /v1/clusters/nordic-mobility-cluster', { body: cluster() });
      server.route('POST /v1/clusters', { status: 201, body: cluster() });
      server.route('PATCH /v1/clusters/nordic-mobility-cluster', {
        body: cluster({ memberCount: 121 }),
      });
      server.route('DELETE /v1/clusters/nordic-mobility-cluster', { status: 204 });

      await client.clusters.list({ q: 'ferry', sector: 'maritime', country: 'NO' });
      expect(last().url).toBe('/v1/clusters?q=ferry&sector=maritime&country=NO');
      expect(await client.clusters.get('nordic-mobility-cluster')).toEqual(cluster());
      const { sectors, technologies, description, relations } = cluster();
      expect(
        (await client.clusters.create({ sectors, technologies, description, relations })).id,
      ).toBe('nordic-mobility-cluster');
      expect(
        (await client.clusters.update('nordic-mobility-cluster', { memberCount: 121 })).memberCount,
      ).toBe(121);
      await client.clusters.delete('nordic-mobility-cluster');
      expect(last().method).toBe('DELETE');
    });
  });

  describe('stories', () => {
    it('lists, gets, creates, updates and deletes', async () => {
      server.route('GET /v1/stories', page([story()]));
      server.route('GET /v1/stories/electric-ferry', { body: story() });
      server.route('POST /v1/stories', { status: 201, body: story() });
      server.route('PATCH /v1/stories/electric-ferry', { body: story({ themes: ['maritime'] }) });
      server.route('DELETE /v1/stories/electric-ferry', { status: 204 });

      expect((await client.stories.list({ org: 'fjordvik', theme: 'maritime' })).data).toEqual([
        story(),
      ]);
      expect(last().url).toBe('/v1/stories?org=fjordvik&theme=maritime');
      expect(await client.stories.get('electric-ferry')).toEqual(story());
      const { title, summary, body, themes } = story();
      expect((await client.stories.create({ title, summary, body, themes })).id).toBe(
        'electric-ferry',
      );
      expect(
        (await client.stories.update('electric-ferry', { themes: ['maritime'] })).themes,
      ).toEqual(['maritime']);
      await client.stories.delete('electric-ferry');
      expect(last().method).toBe('DELETE');
    });

    it("lists a challenge's stories, and builds its feed's address", async () => {
      server.route('GET /v1/stories', page([story()]));
      await client.stories.list({ challenge: 'ferry-2026' });
      expect(last().url).toBe('/v1/stories?challenge=ferry-2026');
      const c = make({ baseUrl: 'https://ep.example.org' });
      expect(c.stories.feedUrl('rss', { challenge: 'ferry-2026', lang: 'sv' })).toBe(
        'https://ep.example.org/v1/stories/feed.rss?challenge=ferry-2026&lang=sv',
      );
    });

    it('builds the three feed addresses without a request', () => {
      const c = make({ baseUrl: 'https://ep.example.org/' });
      expect(c.stories.feedUrl('rss')).toBe('https://ep.example.org/v1/stories/feed.rss');
      expect(c.stories.feedUrl('atom', { org: 'fjordvik' })).toBe(
        'https://ep.example.org/v1/stories/feed.atom?org=fjordvik',
      );
      expect(c.stories.feedUrl('json', { org: 'fjordvik', lang: 'nb' })).toBe(
        'https://ep.example.org/v1/stories/feed.json?org=fjordvik&lang=nb',
      );
    });
  });

  describe('submissions', () => {
    it('sends a submission with an idempotency key and the page it came from', async () => {
      server.route('POST /v1/submissions', { status: 201, body: receipt() });
      const answer = await client.submissions.create(submissionInput(), {
        page: 'https://mobility.example.org/ideas',
      });
      expect(answer).toEqual(receipt());
      expect(last().headers['idempotency-key']).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(last().headers['entrypoint-page']).toBe('https://mobility.example.org/ideas');
      expect(JSON.parse(last().body)).toEqual(submissionInput());
    });

    it('uses the idempotency key it is given, and makes a new one per call otherwise', async () => {
      server.route('POST /v1/submissions', { status: 201, body: receipt() });
      await client.submissions.create(submissionInput(), { idempotencyKey: 'draft-1' });
      expect(last().headers['idempotency-key']).toBe('draft-1');
      await client.submissions.create(submissionInput());
      await client.submissions.create(submissionInput());
      const keys = server.seen.map((r) => r.headers['idempotency-key']);
      expect(new Set(keys).size).toBe(3);
    });

    it('lists, gets and moves submissions through the inbox', async () => {
      server.route('GET /v1/submissions', page([submission()]));
      server.route('GET /v1/submissions/sub_01', { body: submission() });
      server.route('PATCH /v1/submissions/sub_01', { body: submission({ status: 'in-review' }) });
      expect((await client.submissions.list({ status: 'received', limit: 5 })).data).toEqual([
        submission(),
      ]);
      expect(last().url).toBe('/v1/submissions?status=received&limit=5');
      expect(await client.submissions.get('sub_01')).toEqual(submission());
      expect((await client.submissions.update('sub_01', { status: 'in-review' })).status).toBe(
        'in-review',
      );
      expect(JSON.parse(last().body)).toEqual({ status: 'in-review' });
    });

    it('reads the inbox: views and filters, counts, the CSV export and a timeline', async () => {
      server.route('GET /v1/submissions', page([submission()]));
      await client.submissions.list({
        view: 'waiting',
        sort: 'updated',
        status: ['received', 'in-review'],
        tag: ['energy', 'priority'],
        assignee: 'none',
        q: 'Vågkraft',
      });
      expect(last().url).toBe(
        '/v1/submissions?view=waiting&sort=updated&status=received%2Cin-review&tag=energy%2Cpriority&assignee=none&q=V%C3%A5gkraft',
      );
      const counts = { unassigned: 1, mine: 0, waiting: 2, open: 3, closed: 4, all: 7 };
      server.route('GET /v1/submissions/counts', { body: counts });
      expect(await client.submissions.counts({ kind: 'question' })).toEqual(counts);
      expect(last().url).toBe('/v1/submissions/counts?kind=question');
      const csv = '\uFEFF"reference","title"\r\n"NOR-2026-0001","Åsa, Ärla & Öberg"\r\n';
      server.route('GET /v1/submissions/export.csv', {
        body: csv,
        headers: { 'content-type': 'text/csv; charset=utf-8' },
      });
      // The byte-order mark stays (decoding the answer would drop it).
      expect(await client.submissions.exportCsv({ view: 'open' })).toBe(csv);
      expect(last().url).toBe('/v1/submissions/export.csv?view=open');
      expect(last().headers.accept).toBe('text/csv');
      const event = {
        id: '1',
        at: '2026-05-01T10:00:00.000Z',
        action: 'create',
        actor: { kind: 'public', id: 'entry-form' },
        detail: { via: 'nordic-mobility-cluster' },
      };
      server.route('GET /v1/submissions/sub_01/timeline', page([event]));
      expect(await client.submissions.timeline('sub_01')).toEqual([event]);
    });

    it('reads the organisation-wide log page by page', async () => {
      const entry = (id: string) => ({
        id,
        at: '2026-05-01T10:00:00.000Z',
        action: 'move',
        entityType: 'submission',
        entityId: 'sub_01',
        actor: { kind: 'staff', id: 'staff-1', name: 'Anna Lindqvist' },
        requestId: null,
        detail: { from: 'received', to: 'in-review' },
      });
      server.route('GET /v1/audit', (req) =>
        req.url.includes('cursor=c1') ? page([entry('2')]) : page([entry('1')], 'c1'),
      );
      const ids = [];
      for await (const p of client.audit.pages({ action: 'move', limit: 1 }))
        ids.push(...p.data.map((e) => e.id));
      expect(ids).toEqual(['1', '2']);
      expect(last().url).toBe('/v1/audit?action=move&limit=1&cursor=c1');
    });
  });

  describe('session', () => {
    const me = (arrivalMail: 'immediate' | 'digest' | 'off' = 'immediate') => ({
      staff: { id: 'st_1', email: 'anna@norrhamn.example', name: 'Anna Berg' },
      memberships: [
        { orgId: 'norrhamn', role: 'handler', arrivalMail },
        { orgId: 'fjordvik', role: 'viewer', arrivalMail: 'immediate' },
      ],
      expiresAt: '2030-01-22T10:00:00.000Z',
    });

    it('asks for a code, signs in, reads the session and signs out', async () => {
      server.route('POST /v1/session/code', {
        status: 202,
        body: { message: 'If this address belongs to staff, a sign-in code is on its way.' },
      });
      server.route('POST /v1/session', { body: me() });
      server.route('GET /v1/session', { body: me() });
      server.route('DELETE /v1/session', { status: 204 });
      server.route('DELETE /v1/sessions', { status: 204 });
      expect((await client.session.requestCode('anna@norrhamn.example')).message).toMatch(/code/);
      expect(JSON.parse(last().body)).toEqual({ email: 'anna@norrhamn.example' });
      expect(await client.session.signIn('anna@norrhamn.example', '042917')).toEqual(me());
      expect(JSON.parse(last().body)).toEqual({ email: 'anna@norrhamn.example', code: '042917' });
      expect(await client.session.get()).toEqual(me());
      await client.session.signOut();
      expect(last().method).toBe('DELETE');
      expect(last().url).toBe('/v1/session');
      await client.session.signOutEverywhere();
      expect(last().url).toBe('/v1/sessions');
    });

    it('sets the mail preference for the organisation named', async () => {
      server.route('PATCH /v1/session/preferences', { body: me('digest') });
      const answer = await client.session.setPreferences(
        { arrivalMail: 'digest' },
        { org: 'norrhamn' },
      );
      expect(answer.memberships[0]!.arrivalMail).toBe('digest');
      expect(JSON.parse(last().body)).toEqual({ arrivalMail: 'digest' });
      expect(last().headers['entrypoint-org']).toBe('norrhamn');
      await client.session.setPreferences({ arrivalMail: 'off' });
      expect(last().headers['entrypoint-org']).toBeUndefined();
    });

    it('signs in badly: 401 is an AuthError', async () => {
      server.route('POST /v1/session', {
        status: 401,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'The code is wrong',
        },
      });
      await expect(client.session.signIn('a@b.example', '000000')).rejects.toBeInstanceOf(
        AuthError,
      );
    });
  });

  describe('door openers', () => {
    const door = {
      id: 'sub_01',
      reference: 'KUS-2026-0042',
      orgId: 'kustlanda',
      kind: 'idea',
      company: { name: 'Vågkraft AB', country: 'SE' },
      status: 'received',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    } as const;
    const counts = <K extends string>(keys: readonly K[], set: Partial<Record<K, number>>) =>
      Object.fromEntries(keys.map((k) => [k, set[k] ?? 0]));
    const STATUSES = ['received', 'in-review', 'in-dialogue', 'forwarded', 'accepted', 'declined'];
    const KINDS = ['idea', 'proposal', 'question', 'meeting-request', 'testbed-request'];

    it('lists and pages what a cluster opened the door to, and its summary, with the filters', async () => {
      server.route('GET /v1/opened-doors', (req) =>
        req.url.includes('cursor=p2') ? page([door]) : page([door], 'p2'),
      );
      const first = await client.openedDoors.list({
        org: ['kustlanda', 'norrhamn'],
        status: 'received',
        from: '2026-01-01',
        to: '2026-12-31',
      });
      expect(first.data).toEqual([door]);
      expect(last().url).toBe(
        '/v1/opened-doors?org=kustlanda%2Cnorrhamn&status=received&from=2026-01-01&to=2026-12-31',
      );
      const all = [];
      for await (const d of client.openedDoors.iterate({ limit: 1 })) all.push(d);
      expect(all).toHaveLength(2);
      const summary = {
        byReceiver: [{ orgId: 'kustlanda', count: 2 }],
        byStatus: STATUSES.map((status) => ({ status, count: status === 'received' ? 2 : 0 })),
        byMonth: [{ month: '2026-03', count: 2 }],
      };
      server.route('GET /v1/opened-doors/summary', { body: summary });
      expect(await client.openedDoors.summary({ from: '2026-01-01' })).toEqual(summary);
      expect(last().url).toBe('/v1/opened-doors/summary?from=2026-01-01');
    });

    it('tells a receiver its door openers', async () => {
      const openers = [
        {
          via: 'nordic-mobility-cluster',
          count: 2,
          byKind: counts(KINDS, { idea: 2 }),
          byStatus: counts(STATUSES, { received: 1, accepted: 1 }),
        },
      ];
      server.route('GET /v1/door-openers', { body: openers });
      expect(await client.doorOpeners()).toEqual(openers);
      expect(last().url).toBe('/v1/door-openers');
    });

    it("gives a refused submission's code on the AuthError", async () => {
      server.route('POST /v1/submissions', {
        status: 403,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: '/docs#problem-forbidden',
          title: 'Forbidden',
          status: 403,
          detail: 'The submission names "nmc" as the site it came from, but …',
          code: 'via-unproven',
          via: 'nmc',
        },
      });
      const error = await client.submissions.create(submissionInput()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).code).toBe('via-unproven');
      expect((error as AuthError).problem).toMatchObject({ code: 'via-unproven' });
      server.route('GET /v1/challenges/x', {
        status: 401,
        headers: { 'content-type': 'application/problem+json' },
        body: { type: 'about:blank', title: 'Unauthorized', status: 401 },
      });
      const plain = await client.challenges.get('x').catch((e: unknown) => e);
      expect((plain as AuthError).code).toBeUndefined();
    });
  });

  describe('newIdempotencyKey', () => {
    it('makes UUIDs v4, also where crypto.randomUUID is missing (a page that is not secure)', () => {
      const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      expect(newIdempotencyKey()).toMatch(v4);
      const real = globalThis.crypto;
      vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
      try {
        const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
        expect(keys.size).toBe(50);
        for (const key of keys) expect(key).toMatch(v4);
      } finally {
        vi.unstubAllGlobals();
      }
    });
  });

  describe('headers', () => {
    it('sends the API key as a bearer token, asks for JSON, and adds the extra headers', async () => {
      server.route('GET /v1/organizations', page([]));
      await make({
        baseUrl: server.url,
        apiKey: 'ep_secret',
        headers: { 'x-request-id': 'r1' },
      }).organizations.list();
      expect(last().headers.authorization).toBe('Bearer ep_secret');
      expect(last().headers.accept).toBe('application/json');
      expect(last().headers['x-request-id']).toBe('r1');
    });

    it('sends no Authorization header without a key', async () => {
      server.route('GET /v1/organizations', page([]));
      await make({ baseUrl: server.url }).organizations.list();
      expect(last().headers.authorization).toBeUndefined();
    });

    it('refuses a base URL that cannot work when the client is made', () => {
      expect(() => make({ baseUrl: 'entrypoint.example.org' })).toThrow(TypeError);
      expect(() => make({ baseUrl: 'ftp://entrypoint.example.org' })).toThrow(/http or https/);
    });

    it('reads a relative base URL against the page, as in a browser', () => {
      vi.stubGlobal('location', new URL('https://city.example.org/näringsliv/utmaningar'));
      try {
        expect(make({ baseUrl: '/entrypoint' }).stories.feedUrl('rss')).toBe(
          'https://city.example.org/entrypoint/v1/stories/feed.rss',
        );
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('keeps a path in the base URL', async () => {
      server.route('GET /api/v1/organizations', page([]));
      await make({ baseUrl: `${server.url}/api/` }).organizations.list();
      expect(last().url).toBe('/api/v1/organizations');
    });

    it('uses the fetch it is given', async () => {
      server.route('GET /v1/organizations', page([]));
      const urls: string[] = [];
      const fetch: typeof globalThis.fetch = (input, init) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return globalThis.fetch(input, init);
      };
      await make({ baseUrl: server.url, fetch }).organizations.list();
      expect(urls).toEqual([`${server.url}/v1/organizations`]);
    });
  });

  describe('problem documents', () => {
    const problemReply = (status: number, extra: Record<string, string> = {}) => ({
      status,
      headers: { 'content-type': 'application/problem+json', ...extra },
      body: problem({
        status,
        title: `Problem ${status}`,
        errors: status === 422 || status === 400 ? problem().errors : undefined,
      }),
    });

    it.each([
      [400, ValidationError],
      [422, ValidationError],
      [401, AuthError],
      [403, AuthError],
      [404, NotFoundError],
      [409, ConflictError],
      [429, RateLimitError],
      [500, EntrypointError],
    ])('turns %i into %o', async (status, kind) => {
      server.route('GET /v1/challenges/x', problemReply(status));
      const error = await client.challenges.get('x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(kind);
      expect(error).toBeInstanceOf(EntrypointError);
      expect((error as EntrypointError).status).toBe(status);
      expect((error as EntrypointError).problem?.title).toBe(`Problem ${status}`);
      expect((error as Error).constructor).toBe(kind);
    });

    it.each([400, 404, 409, 429, 500])(
      'carries the X-Request-Id of a %i answer as requestId',
      async (status) => {
        server.route(
          'GET /v1/challenges/x',
          problemReply(status, { 'x-request-id': `req-${status}` }),
        );
        const error = await client.challenges.get('x').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EntrypointError);
        expect((error as EntrypointError).requestId).toBe(`req-${status}`);
      },
    );

    it('carries the X-Request-Id of an answer that is not JSON', async () => {
      server.route('GET /v1/challenges/x', {
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-garbled' },
        body: '{"id": ',
      });
      const error = await client.challenges.get('x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).requestId).toBe('req-garbled');
    });

    it('has no requestId when the answer had none, or when no answer arrived', async () => {
      server.route('GET /v1/challenges/x', problemReply(404));
      server.route('GET /v1/challenges/y', { destroy: true });
      const notFound = await client.challenges.get('x').catch((e: unknown) => e);
      const dropped = await client.challenges.get('y').catch((e: unknown) => e);
      expect(notFound).toBeInstanceOf(NotFoundError);
      expect((notFound as EntrypointError).requestId).toBeUndefined();
      expect(dropped).toBeInstanceOf(NetworkError);
      expect((dropped as EntrypointError).requestId).toBeUndefined();
    });

    it('gives the field paths of invalid input', async () => {
      server.route('POST /v1/submissions', problemReply(422));
      const error = await client.submissions.create(submissionInput()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors).toEqual([
        { path: 'contact.email', message: 'Must be an email address, like name@example.org' },
        { path: 'company.name', message: 'Give the company name' },
      ]);
      expect((error as Error).message).toContain('contact.email');
    });

    it('reads Retry-After of a 429 in seconds', async () => {
      server.route('GET /v1/challenges', problemReply(429, { 'retry-after': '30' }));
      const error = await client.challenges.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBe(30);
    });

    it('describes an error answer that is not a problem document from its status', async () => {
      server.route('GET /v1/challenges', {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<h1>Bad gateway</h1>',
      });
      const error = await client.challenges.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EntrypointError);
      expect((error as EntrypointError).status).toBe(502);
      expect((error as EntrypointError).problem).toMatchObject({
        type: 'about:blank',
        status: 502,
      });
    });
  });
});

describe('answers off-contract', () => {
  it('refuses an entity that does not match its schema, naming the path', async () => {
    server.route('GET /v1/challenges/bad', { body: challenge({ id: 'bad', title: {} }) });
    const error = await client.challenges.get('bad').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual(['title']);
    expect((error as ResponseValidationError).status).toBe(200);
    expect((error as Error).message).toContain('GET /v1/challenges/bad');
    expect((error as Error).message).toContain('title');
  });

  it('refuses a list with one bad item, naming its index', async () => {
    server.route('GET /v1/stories', page([story(), { ...story(), publishedAt: 'last week' }]));
    const error = await client.stories.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual([
      'data.1.publishedAt',
    ]);
  });

  it("refuses a door opener's view that shows what it must not, or counts that are not counts", async () => {
    server.route('GET /v1/door-openers', {
      body: [{ via: 'nmc', count: 1, byKind: { idea: 1 }, byStatus: {} }],
    });
    const error = await client.doorOpeners().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toContain(
      '0.byKind.proposal',
    );
    server.route('GET /v1/opened-doors/summary', {
      body: { byReceiver: [{ orgId: 'kustlanda', count: -1 }], byStatus: [], byMonth: [] },
    });
    const summary = await client.openedDoors.summary().catch((e: unknown) => e);
    expect((summary as ResponseValidationError).issues.map((i) => i.path)).toEqual([
      'byReceiver.0.count',
    ]);
  });

  it('refuses a list without its envelope', async () => {
    server.route('GET /v1/clusters', { body: [cluster()] });
    const error = await client.clusters.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it('refuses a body that is not JSON', async () => {
    server.route('GET /v1/organizations/norrhamn', {
      body: '<html>maintenance</html>',
      headers: { 'content-type': 'text/html' },
    });
    const error = await client.organizations.get('norrhamn').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it('drops fields the contract does not name, rather than failing', async () => {
    server.route('GET /v1/organizations/norrhamn', {
      body: { ...organization(), allowedOrigins: ['https://x.example'], internal: 1 },
    });
    const org = await client.organizations.get('norrhamn');
    // allowedOrigins is part of the admin shape; `internal` is in no contract.
    expect(org).toEqual({ ...organization(), allowedOrigins: ['https://x.example'] });
  });
});

describe('createLiteClient: answers are typed, not checked', () => {
  beforeEach(() => {
    client = createLiteClient({ baseUrl: server.url, retry: 0 });
  });

  it('hands back an answer as the server sent it, fields the contract does not name included', async () => {
    const sent = { ...challenge({ id: 'c1' }), title: {}, extra: 1 };
    server.route('GET /v1/challenges/c1', { body: sent });
    expect(await client.challenges.get('c1')).toEqual(sent);
  });

  it('still refuses a body that is not JSON', async () => {
    server.route('GET /v1/organizations/norrhamn', {
      body: '<html>maintenance</html>',
      headers: { 'content-type': 'text/html' },
    });
    const error = await client.organizations.get('norrhamn').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([{ path: '', message: 'Not JSON' }]);
  });

  it('reads a problem document without a schema, keeping only well-formed field errors', async () => {
    server.route('POST /v1/submissions', {
      status: 422,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        ...problem(),
        errors: [{ path: 'company.name', message: 'Give the company name' }, { path: 3 }, null],
      },
    });
    const error = await client.submissions.create(submissionInput()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { path: 'company.name', message: 'Give the company name' },
    ]);
  });

  it('keeps the code of a refusal, for the words a program shows for it', async () => {
    server.route('POST /v1/submissions', {
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
      body: { ...problem({ status: 403, errors: undefined }), code: 'via-unproven', via: 'x' },
    });
    const error = await client.submissions.create(submissionInput()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).problem?.code).toBe('via-unproven');
  });

  it('describes an error answer whose body is not a problem document from its status', async () => {
    server.route('GET /v1/challenges/x', { status: 404, body: { message: 'nope' } });
    const error = await client.challenges.get('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).problem).toMatchObject({ type: 'about:blank', status: 404 });
  });
});

describe('createPublicClient', () => {
  it('has what a public page calls, and none of the staff’s calls', async () => {
    const pub = createPublicClient({ baseUrl: server.url, retry: 0 });
    expect(Object.keys(pub).sort()).toEqual(
      ['challenges', 'clusters', 'organizations', 'stories', 'submissions'].sort(),
    );
    expect(Object.keys(pub.submissions)).toEqual(['create']);
    server.route('POST /v1/submissions', { status: 201, body: receipt() });
    expect(await pub.submissions.create(submissionInput())).toEqual(receipt());
    // Any full client stands in for it.
    const full: PublicClient = createClient({ baseUrl: server.url });
    expect(typeof full.submissions.create).toBe('function');
  });
});

describe('the shape of the client and its errors', () => {
  it('gives each resource its own calls, and no other', () => {
    for (const client of [
      createClient({ baseUrl: server.url }),
      createLiteClient({ baseUrl: server.url }),
    ]) {
      const calls = (resource: object) => Object.keys(resource).sort();
      const crud = ['list', 'iterate', 'pages', 'get', 'create', 'update', 'delete'];
      expect(calls(client.organizations)).toEqual(
        ['list', 'iterate', 'pages', 'get', 'update'].sort(),
      );
      expect(calls(client.challenges)).toEqual(
        [...crud, 'cards', 'clusters', 'similar', 'setDefaultAssignee'].sort(),
      );
      expect(calls(client.clusters)).toEqual([...crud].sort());
      expect(calls(client.stories)).toEqual([...crud, 'feedUrl'].sort());
      expect(calls(client.submissions)).toEqual(
        [
          ...['create', 'list', 'iterate', 'pages', 'get', 'update', 'addNote', 'sendMessage'],
          ...['forward', 'bulk', 'counts', 'exportCsv', 'timeline'],
        ].sort(),
      );
    }
  });

  it('sets the same own properties on each error, in the same order', () => {
    const p = { type: 'about:blank', title: 'Bad', status: 422, errors: [], code: 'x' };
    const details = { status: 422, problem: p, requestId: 'r1' };
    const own = (e: Error) => Object.keys(e);
    expect(own(new EntrypointError('m', details))).toEqual([
      'name',
      'status',
      'problem',
      'requestId',
    ]);
    expect(own(new ValidationError('m', details))).toEqual([
      'name',
      'status',
      'problem',
      'requestId',
      'errors',
    ]);
    expect(own(new AuthError('m', details))).toEqual([
      'name',
      'status',
      'problem',
      'requestId',
      'code',
    ]);
    expect(own(new RateLimitError('m', { ...details, retryAfter: 3 }))).toEqual([
      'name',
      'status',
      'problem',
      'requestId',
      'retryAfter',
    ]);
    const cause = new Error('down');
    const network = new NetworkError('m', cause);
    expect(own(network)).toEqual(['name', 'status', 'problem', 'requestId']);
    expect(network).toMatchObject({ name: 'NetworkError', status: 0, cause });
    expect(network.problem).toBeUndefined();
    expect(new NotFoundError('m', details).name).toBe('NotFoundError');
    expect(new ConflictError('m', details).name).toBe('ConflictError');
    const issues = [{ path: 'id', message: 'Required' }];
    expect(new ResponseValidationError('m', { status: 200, issues })).toMatchObject({
      name: 'ResponseValidationError',
      status: 200,
      issues,
      requestId: undefined,
    });
  });
});
