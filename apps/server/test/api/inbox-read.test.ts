/**
 * The inbox's reads: views (waiting in working days, on the server's clock),
 * filters, search, sorts with cursor pages, counts, the CSV export and its
 * events, the timeline, `view` events, the organisation-wide log, and who may
 * read what (roles, keys, other organisations).
 */
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { AuthError, createClient, createLiteClient, type SubmissionInput } from '@entrypoint/sdk';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, submissionInput } from '../helpers/factories.js';
import { signIn as signInWith } from '../helpers/sign-in.js';
import type { Clock } from '../../src/services/clock.js';
import type { Database } from '../../src/store/schema.js';
import { addStaff } from '../../src/services/staff.js';
import { moveSubmission, submit } from '../../src/services/submissions.js';
import { recordAudit } from '../../src/services/audit.js';
import { workingDaysBefore } from '../../src/services/inbox.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 2 June 2031, 10:00 UTC: the server's "now" unless a test moves it. */
const MONDAY = Date.parse('2031-06-02T10:00:00Z');
let now = MONDAY;
const clock: Clock = { now: () => new Date(now) };
const at = (ms: number): Clock => ({ now: () => new Date(ms) });

const { server, api } = await openTestServer({ trustProxy: true }, { clock });
const db: Kysely<Database> = server.store.db;
let clients = 0;

async function signIn(email: string) {
  const from = { 'x-forwarded-for': `10.7.${Math.floor(++clients / 200)}.${clients % 200}` };
  return (await signInWith(api, db, email, from)).cookie;
}

/** A staff member of the organisation, signed in: their id and cookie. */
async function staff(orgId: string, role: string, name = `${role} person`) {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@${orgId}.example`;
  await addStaff(db, clock, { orgId, email, role, name });
  const row = await db
    .selectFrom('staff')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return { id: row.id, email, name, cookie: await signIn(email) };
}

/** A submission that arrived at `when` (through the service, so with its `create` event). */
async function arrived(orgId: string, when: number, overrides: Partial<SubmissionInput> = {}) {
  const { receipt } = await submit(db, at(when), {
    input: submissionInput(orgId, overrides),
    idempotencyKey: idem()['idempotency-key'],
    source: { origin: null, page: null },
  });
  return receipt;
}

async function setColumns(
  id: string,
  set: {
    assignee_id?: string | null;
    tags?: string[];
    first_answer_at?: Date;
    forwarded_from?: string;
  },
) {
  await db.updateTable('submissions').set(set).where('id', '=', id).execute();
}

const ids = (body: { data: Array<{ id: string }> }) => body.data.map((s) => s.id);
const sorted = (xs: string[]) => [...xs].sort();

describe('working days', () => {
  it('steps back over weekends', () => {
    // Monday 10:00 minus 2 working days: Friday 10:00 (1), Thursday 10:00 (2).
    expect(workingDaysBefore(new Date(MONDAY), 2).toISOString()).toBe('2031-05-29T10:00:00.000Z');
    expect(workingDaysBefore(new Date(MONDAY), 10).toISOString()).toBe('2031-05-19T10:00:00.000Z');
    // From a Sunday: Friday is the first working day back.
    expect(workingDaysBefore(new Date('2031-06-01T12:00:00Z'), 1).toISOString()).toBe(
      '2031-05-30T12:00:00.000Z',
    );
  });
});

describe('views and counts', () => {
  it('sorts submissions into unassigned, mine, waiting, open, closed and all', async () => {
    now = MONDAY;
    const org = await server.org();
    await db
      .updateTable('organizations')
      .set({ answer_days: 2 })
      .where('id', '=', org.id)
      .execute();
    const me = await staff(org.id, 'handler', 'Hanna Handler');
    const other = await staff(org.id, 'handler', 'Otto Other');

    // Thursday 09:00: more than 2 working days before Monday 10:00 → waiting.
    const late = await arrived(org.id, Date.parse('2031-05-29T09:00:00Z'));
    // Thursday 11:00: four calendar days, under 2 working days → not waiting.
    const notYet = await arrived(org.id, Date.parse('2031-05-29T11:00:00Z'));
    // Old, but answered once: not waiting.
    const answered = await arrived(org.id, MONDAY - 20 * DAY);
    await setColumns(answered.id, { first_answer_at: new Date(MONDAY - 19 * DAY) });
    // Old, mine, in review: waiting and mine.
    const mine = await arrived(org.id, MONDAY - 30 * DAY);
    await moveSubmission(db, at(MONDAY - 29 * DAY), org.id, mine.id, 'in-review', {
      actor: { kind: 'staff', id: me.id },
    });
    await setColumns(mine.id, { assignee_id: me.id });
    const theirs = await arrived(org.id, MONDAY - HOUR);
    await setColumns(theirs.id, { assignee_id: other.id });
    // Old and closed: never waiting, never unassigned.
    const closed = await arrived(org.id, MONDAY - 40 * DAY);
    await moveSubmission(db, at(MONDAY - 39 * DAY), org.id, closed.id, 'declined', {
      actor: { kind: 'staff', id: me.id },
    });
    const forwarded = await arrived(org.id, MONDAY - 2 * HOUR);
    await moveSubmission(db, at(MONDAY - HOUR), org.id, forwarded.id, 'forwarded', {
      actor: { kind: 'staff', id: me.id },
    });

    const expected: Record<string, string[]> = {
      unassigned: [late.id, notYet.id, answered.id],
      mine: [mine.id],
      waiting: [late.id, mine.id],
      open: [late.id, notYet.id, answered.id, mine.id, theirs.id],
      closed: [closed.id, forwarded.id],
      all: [late, notYet, answered, mine, theirs, closed, forwarded].map((s) => s.id),
    };
    const cookie = me.cookie;
    for (const [view, want] of Object.entries(expected)) {
      const res = await api.get(`/v1/submissions?view=${view}`, { cookie });
      expect(res.status, view).toBe(200);
      expect(sorted(ids(res.body)), view).toEqual(sorted(want));
    }
    const counts = await api.get('/v1/submissions/counts', { cookie });
    expect(counts.status).toBe(200);
    expect(counts.body).toEqual(
      Object.fromEntries(Object.entries(expected).map(([v, want]) => [v, want.length])),
    );

    // A day later (Tuesday 10:00), Thursday 11:00 is over 2 working days old too.
    now = MONDAY + DAY;
    const tuesday = await api.get('/v1/submissions?view=waiting', bearer(org.key));
    expect(sorted(ids(tuesday.body))).toEqual(sorted([late.id, notYet.id, mine.id]));
    now = MONDAY;

    // The other handler's "mine" is theirs; counts follow the filters.
    const otherMine = await api.get('/v1/submissions?view=mine', { cookie: other.cookie });
    expect(ids(otherMine.body)).toEqual([theirs.id]);
    const filtered = await api.get('/v1/submissions/counts?status=received', { cookie });
    expect(filtered.body).toEqual({
      unassigned: 3,
      mine: 0,
      waiting: 1,
      open: 4,
      closed: 0,
      all: 4,
    });

    // An API key has no "mine": 400 for the view and for assignee=me, 0 in the counts.
    const key = bearer(org.key);
    const byKey = await api.get('/v1/submissions?view=mine', key);
    expect(byKey.status).toBe(400);
    expect(byKey.body.errors[0].path).toBe('view');
    expect((await api.get('/v1/submissions?assignee=me', key)).status).toBe(400);
    expect((await api.get('/v1/submissions/export.csv?view=mine', key)).status).toBe(400);
    const keyCounts = await api.get('/v1/submissions/counts', key);
    expect(keyCounts.body).toMatchObject({ mine: 0, all: 7, waiting: 2 });

    // Each answer carries the inbox's fields.
    const one = await api.get(`/v1/submissions/${mine.id}`, key);
    expect(one.body).toMatchObject({ assigneeId: me.id, tags: [], forwardedTo: [] });
  });
});

describe('filters and search', () => {
  it('filters by status, challenge, kind, tag, assignee, via and dates, and searches', async () => {
    now = MONDAY;
    const org = await server.org();
    const door = await server.org({ kind: 'cluster' });
    const key = bearer(org.key);
    const challenge = await api.post(
      '/v1/challenges',
      challengeInput({ id: 'harbour-power' }),
      key,
    );
    expect(challenge.status).toBe(201);
    const me = await staff(org.id, 'viewer', 'Vera Viewer');

    const a = await arrived(org.id, Date.parse('2031-05-01T08:00:00Z'), {
      challengeId: 'harbour-power',
      title: 'Shore power for ferries',
      company: { name: 'Älvkraft AB', country: 'SE', size: 'small' },
      contact: { name: 'Örjan Åberg', email: 'orjan@alvkraft.example' },
    });
    const b = await arrived(org.id, Date.parse('2031-05-15T23:59:00Z'), {
      kind: 'question',
      via: door.id,
      title: 'A question about 100% electric buses',
      contact: { name: 'Li Chen', email: 'li.chen@busco.example' },
    });
    const c = await arrived(org.id, Date.parse('2031-05-16T00:00:00Z'), {
      kind: 'proposal',
      title: 'Sensors for bridges',
      company: { name: 'Bro_Sense Oy', country: 'FI', size: 'micro' },
    });
    await setColumns(a.id, { tags: ['energy', 'priority'], assignee_id: me.id });
    await setColumns(b.id, { tags: ['mobility'] });
    await moveSubmission(db, clock, org.id, c.id, 'in-review', {
      actor: { kind: 'system', id: 't' },
    });

    const list = async (query: string) => {
      const res = await api.get(`/v1/submissions?${query}`, key);
      expect(res.status, query).toBe(200);
      return sorted(ids(res.body));
    };
    expect(await list('status=in-review')).toEqual([c.id]);
    expect(await list('status=received,in-review')).toEqual(sorted([a.id, b.id, c.id]));
    expect(await list('challenge=harbour-power')).toEqual([a.id]);
    expect(await list('kind=question,proposal')).toEqual(sorted([b.id, c.id]));
    expect(await list('tag=priority')).toEqual([a.id]);
    expect(await list('tag=mobility,energy')).toEqual(sorted([a.id, b.id]));
    expect(await list(`assignee=${me.id}`)).toEqual([a.id]);
    expect(await list('assignee=none')).toEqual(sorted([b.id, c.id]));
    expect(await list(`via=${door.id}`)).toEqual([b.id]);
    // Dates are inclusive days (UTC).
    expect(await list('from=2031-05-15&to=2031-05-15')).toEqual([b.id]);
    expect(await list('from=2031-05-16')).toEqual([c.id]);
    expect(await list('to=2031-05-15')).toEqual(sorted([a.id, b.id]));
    // Search: reference, title, company, contact name or address, any case.
    expect(await list(`q=${encodeURIComponent(a.reference.toLowerCase())}`)).toEqual([a.id]);
    expect(await list('q=SHORE')).toEqual([a.id]);
    expect(await list(`q=${encodeURIComponent('älvkraft')}`)).toEqual([a.id]);
    expect(await list(`q=${encodeURIComponent('Örjan')}`)).toEqual([a.id]);
    expect(await list('q=li.chen%40busco')).toEqual([b.id]);
    // LIKE's wildcards are matched as themselves.
    expect(await list('q=100%25')).toEqual([b.id]);
    expect(await list('q=o_s')).toEqual([c.id]);
    expect(await list('q=%25')).toEqual([b.id]);
    expect(await list('q=nothing-like-this')).toEqual([]);
    // Filters combine, with views too; the session sees the same.
    expect(await list('view=open&kind=proposal&q=bridges')).toEqual([c.id]);
    const mine = await api.get('/v1/submissions?view=mine&tag=energy', { cookie: me.cookie });
    expect(ids(mine.body)).toEqual([a.id]);
    const counts = await api.get('/v1/submissions/counts?q=sensors', { cookie: me.cookie });
    // Sent on 16 May: more than ten working days before 2 June, so waiting too.
    expect(counts.body).toEqual({ unassigned: 1, mine: 0, waiting: 1, open: 1, closed: 0, all: 1 });

    for (const bad of [
      'view=later',
      'sort=random',
      'from=2031-02-30',
      'to=31-05-01',
      'kind=idea,poem',
      'view=open&view=all',
    ]) {
      const res = await api.get(`/v1/submissions?${bad}`, key);
      expect(res.status, bad).toBe(400);
    }
  });
});

describe('sorts and pages', () => {
  it('pages through every sort without repeats or gaps, and refuses a cursor of another sort', async () => {
    now = MONDAY;
    const org = await server.org();
    const key = bearer(org.key);
    const made: Array<{ id: string; created: number; updated: number }> = [];
    // Some share an arrival time: the id breaks the tie.
    for (let i = 0; i < 13; i++) {
      const created = MONDAY - 50 * DAY + Math.floor(i / 2) * HOUR;
      const s = await arrived(org.id, created);
      // Last changes in another order than arrivals.
      const updated = created + ((i * 7) % 13) * DAY;
      if (i % 3 !== 0) {
        await moveSubmission(db, at(updated), org.id, s.id, 'in-review', {
          actor: { kind: 'system', id: 't' },
        });
      }
      made.push({ id: s.id, created, updated: i % 3 !== 0 ? updated : created });
    }
    const byKey = (k: 'created' | 'updated', dir: 1 | -1) =>
      [...made]
        .sort((x, y) => dir * (x[k] - y[k]) || dir * (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
        .map((s) => s.id);
    const expected = {
      newest: byKey('created', -1),
      oldest: byKey('created', 1),
      updated: byKey('updated', -1),
    };
    const cursors: Record<string, string> = {};
    for (const [sort, want] of Object.entries(expected)) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: {
          status: number;
          body: { data: Array<{ id: string }>; nextCursor: string | null };
        } = await api.get(
          `/v1/submissions?sort=${sort}&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
          key,
        );
        expect(res.status).toBe(200);
        seen.push(...ids(res.body));
        cursor = res.body.nextCursor;
        if (cursor && pages === 0) cursors[sort] = cursor;
        pages++;
      } while (cursor);
      expect(seen, sort).toEqual(want);
      expect(pages).toBe(4);
    }
    // A page filtered by view keeps its cursor's meaning.
    const first = await api.get('/v1/submissions?view=open&sort=oldest&limit=3', key);
    const second = await api.get(
      `/v1/submissions?view=open&sort=oldest&limit=3&cursor=${first.body.nextCursor}`,
      key,
    );
    expect([...ids(first.body), ...ids(second.body)]).toEqual(expected.oldest.slice(0, 6));

    const wrong = await api.get(`/v1/submissions?sort=updated&cursor=${cursors.newest}`, key);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('cursor');
    expect((await api.get('/v1/submissions?cursor=bm90LWEtY3Vyc29y', key)).status).toBe(400);
  });
});

/** RFC 4180, enough for the export: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('the CSV export', () => {
  it('writes UTF-8 with a BOM, neutralises formulas, parses back, and is on each timeline', async () => {
    now = MONDAY;
    const org = await server.org();
    const viewer = await staff(org.id, 'viewer', 'Vivi Viewer');
    const evil = await arrived(org.id, MONDAY - 2 * DAY, {
      title: '=HYPERLINK("https://evil.example","click")',
      description: '@SUM(A1:A9) and more text here',
      company: { name: '+Åsa & Ärla Öberg AB', country: 'SE', size: 'small' },
      contact: {
        name: '-Kim, "the" boss',
        email: 'kim@vagkraft.example',
        phone: '+46 70 123 45 67',
      },
    });
    const plain = await arrived(org.id, MONDAY - DAY, {
      title: 'Tab\tin the middle stays',
      company: { name: '\tTabbed Oy', country: 'FI', size: 'micro' },
      description: 'Line one\r\nline two, with "quotes"',
    });
    await setColumns(plain.id, { assignee_id: viewer.id, tags: ['north', 'energy'] });
    const notExported = await arrived(org.id, MONDAY - HOUR, { kind: 'question' });

    now = MONDAY + HOUR;
    const res = await fetch(`${server.url}/v1/submissions/export.csv?kind=idea&sort=oldest`, {
      headers: { cookie: viewer.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const header = rows[0]!;
    expect(rows).toHaveLength(3);
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const [first, second] = [rows[1]!, rows[2]!];
    expect(col(first, 'reference')).toBe(evil.reference);
    expect(col(first, 'title')).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(col(first, 'description')).toBe(`'@SUM(A1:A9) and more text here`);
    expect(col(first, 'company')).toBe(`'+Åsa & Ärla Öberg AB`);
    expect(col(first, 'contact')).toBe(`'-Kim, "the" boss`);
    expect(col(first, 'phone')).toBe(`'+46 70 123 45 67`);
    expect(col(second, 'title')).toBe('Tab\tin the middle stays');
    expect(col(second, 'company')).toBe(`'\tTabbed Oy`);
    expect(col(second, 'description')).toBe('Line one\r\nline two, with "quotes"');
    expect(col(second, 'assignee')).toBe('Vivi Viewer');
    expect(col(second, 'tags')).toBe('north, energy');
    // Every row has every column.
    expect(rows.every((r) => r.length === header.length)).toBe(true);

    // The export is on the timeline of each exported submission, and only there.
    for (const s of [evil, plain]) {
      const tl = await api.get(`/v1/submissions/${s.id}/timeline`, { cookie: viewer.cookie });
      const exports = tl.body.data.filter((e: { action: string }) => e.action === 'export');
      expect(exports).toHaveLength(1);
      expect(exports[0]).toMatchObject({
        at: new Date(now).toISOString(),
        actor: { kind: 'staff', id: viewer.id, name: 'Vivi Viewer' },
        detail: {},
      });
    }
    const untouched = await api.get(`/v1/submissions/${notExported.id}/timeline`, bearer(org.key));
    expect(untouched.body.data.map((e: { action: string }) => e.action)).toEqual(['create']);

    // The API answers the same file to a key (through the test client, checked against the document).
    const byKey = await api.get('/v1/submissions/export.csv?q=nothing-at-all', bearer(org.key));
    expect(byKey.status).toBe(200);
    expect(parseCsv(byKey.text.replace(/^\uFEFF/, ''))).toHaveLength(1);
    now = MONDAY;
  });
});

describe('the timeline', () => {
  it('tells what happened, oldest first, with names and bodies from their own tables', async () => {
    now = MONDAY;
    const org = await server.org();
    const door = await server.org({ kind: 'cluster' });
    const handler = await staff(org.id, 'handler', 'Hedda Handler');
    const colleague = await staff(org.id, 'editor', 'Cecilia Colleague');
    const s = await arrived(org.id, MONDAY - 3 * HOUR, { via: door.id });
    const by = { actor: { kind: 'staff' as const, id: handler.id } };

    // What the write side records (notes and messages: rows of their own, ids in the events).
    await db
      .insertInto('submission_notes')
      .values({
        id: 'note-1',
        submission_id: s.id,
        org_id: org.id,
        author_id: handler.id,
        body: 'Call them on Friday',
        created_at: new Date(MONDAY - 2 * HOUR),
      })
      .execute();
    await recordAudit(db, at(MONDAY - 2 * HOUR), by, {
      orgId: org.id,
      action: 'note',
      entityType: 'submission',
      entityId: s.id,
      detail: { noteId: 'note-1' },
    });
    await recordAudit(db, at(MONDAY - 90 * 60_000), by, {
      orgId: org.id,
      action: 'assign',
      entityType: 'submission',
      entityId: s.id,
      detail: { assigneeId: colleague.id },
    });
    await db
      .insertInto('submission_messages')
      .values({
        id: 'msg-1',
        submission_id: s.id,
        org_id: org.id,
        author_id: handler.id,
        body: 'Thank you, we are looking at it.',
        outbox_id: null,
        created_at: new Date(MONDAY - HOUR),
      })
      .execute();
    await moveSubmission(db, at(MONDAY - HOUR), org.id, s.id, 'in-review', by);
    await recordAudit(db, at(MONDAY - HOUR), by, {
      orgId: org.id,
      action: 'message',
      entityType: 'submission',
      entityId: s.id,
      detail: { messageId: 'msg-1' },
    });

    const opened = await api.get(`/v1/submissions/${s.id}`, { cookie: handler.cookie });
    expect(opened.status).toBe(200);
    const tl = await api.get(`/v1/submissions/${s.id}/timeline`, { cookie: colleague.cookie });
    expect(tl.status).toBe(200);
    expect(tl.body.nextCursor).toBeNull();
    expect(tl.body.data.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'note',
      'assign',
      'move',
      'message',
      'view',
    ]);
    const [create, note, assign, move, message, view] = tl.body.data;
    expect(create).toMatchObject({
      at: new Date(MONDAY - 3 * HOUR).toISOString(),
      actor: { kind: 'public' },
      detail: { via: door.id },
    });
    expect(note).toMatchObject({
      actor: { kind: 'staff', id: handler.id, name: 'Hedda Handler' },
      detail: { noteId: 'note-1', body: 'Call them on Friday' },
    });
    expect(assign.detail).toEqual({ assigneeId: colleague.id, assigneeName: 'Cecilia Colleague' });
    expect(move.detail).toEqual({ from: 'received', to: 'in-review' });
    expect(message.detail).toEqual({
      messageId: 'msg-1',
      body: 'Thank you, we are looking at it.',
    });
    expect(view).toMatchObject({ actor: { kind: 'staff', id: handler.id }, detail: {} });

    // A body cleared where it is kept is cleared here too.
    await db.updateTable('submission_notes').set({ body: '' }).where('id', '=', 'note-1').execute();
    const after = await api.get(`/v1/submissions/${s.id}/timeline`, bearer(org.key));
    expect(after.body.data[1].detail.body).toBe('');
    expect(JSON.stringify(after.body)).not.toContain('Call them on Friday');

    expect((await api.get('/v1/submissions/no-such-id/timeline', bearer(org.key))).status).toBe(
      404,
    );
  });

  it('records a view once per person, submission and hour, and none for an API key', async () => {
    now = MONDAY;
    const org = await server.org();
    const viewer = await staff(org.id, 'viewer');
    const handler = await staff(org.id, 'handler');
    const s = await arrived(org.id, MONDAY - DAY);
    const views = async () =>
      (await api.get(`/v1/submissions/${s.id}/timeline`, bearer(org.key))).body.data.filter(
        (e: { action: string }) => e.action === 'view',
      );

    await Promise.all([
      api.get(`/v1/submissions/${s.id}`, { cookie: viewer.cookie }),
      api.get(`/v1/submissions/${s.id}`, { cookie: viewer.cookie }),
    ]);
    await api.get(`/v1/submissions/${s.id}`, { cookie: viewer.cookie });
    await api.get(`/v1/submissions/${s.id}`, bearer(org.key));
    expect(await views()).toHaveLength(1);
    await api.get(`/v1/submissions/${s.id}`, { cookie: handler.cookie });
    expect(await views()).toHaveLength(2);
    now = MONDAY + 59 * 60_000;
    await api.get(`/v1/submissions/${s.id}`, { cookie: viewer.cookie });
    expect(await views()).toHaveLength(2);
    now = MONDAY + 61 * 60_000;
    await api.get(`/v1/submissions/${s.id}`, { cookie: viewer.cookie });
    const all = await views();
    expect(all).toHaveLength(3);
    expect(all.map((e: { actor: { id: string } }) => e.actor.id)).toEqual([
      viewer.id,
      handler.id,
      viewer.id,
    ]);
    // Lists and counts record nothing.
    await api.get('/v1/submissions', { cookie: viewer.cookie });
    expect(await views()).toHaveLength(3);
    now = MONDAY;
  });
});

describe('forward links', () => {
  it('shows the copies of a forward to the sender and the original to the receiver', async () => {
    now = MONDAY;
    const a = await server.org();
    const b = await server.org();
    const original = await arrived(a.id, MONDAY - DAY);
    const copy = await arrived(b.id, MONDAY - HOUR);
    await setColumns(copy.id, { forwarded_from: original.id });
    await moveSubmission(db, clock, a.id, original.id, 'forwarded', {
      actor: { kind: 'system', id: 't' },
    });
    await moveSubmission(db, clock, b.id, copy.id, 'in-review', {
      actor: { kind: 'system', id: 't' },
    });

    const sender = await api.get('/v1/submissions?view=closed', bearer(a.key));
    expect(sender.body.data[0]).toMatchObject({
      id: original.id,
      forwardedTo: [
        { orgId: b.id, reference: copy.reference, status: 'in-review', at: copy.createdAt },
      ],
    });
    expect(sender.body.data[0].forwardedFrom).toBeUndefined();
    const receiver = await api.get(`/v1/submissions/${copy.id}`, bearer(b.key));
    expect(receiver.body).toMatchObject({
      forwardedFrom: {
        orgId: a.id,
        reference: original.reference,
        status: 'forwarded',
        // The time of the forward (the copy's arrival), at both ends.
        at: copy.createdAt,
      },
      forwardedTo: [],
    });
    // The sender cannot open the copy, nor the receiver the original.
    expect((await api.get(`/v1/submissions/${copy.id}`, bearer(a.key))).status).toBe(404);
    expect((await api.get(`/v1/submissions/${original.id}/timeline`, bearer(b.key))).status).toBe(
      404,
    );
  });
});

describe('the organisation-wide log', () => {
  it('is for admins (and keys), newest first, filtered and paged', async () => {
    now = MONDAY;
    const org = await server.org();
    const admin = await staff(org.id, 'admin', 'Ada Admin');
    const handler = await staff(org.id, 'handler');
    const viewer = await staff(org.id, 'viewer');
    const editor = await staff(org.id, 'editor');
    const s1 = await arrived(org.id, MONDAY - 3 * DAY);
    const s2 = await arrived(org.id, MONDAY - 2 * DAY);
    await moveSubmission(db, at(MONDAY - DAY), org.id, s1.id, 'in-review', {
      actor: { kind: 'staff', id: handler.id },
    });
    await api.get(`/v1/submissions/${s2.id}`, { cookie: admin.cookie });

    for (const who of [handler, viewer, editor]) {
      const res = await api.get('/v1/audit', { cookie: who.cookie });
      expect(res.status).toBe(403);
    }
    const log = await api.get('/v1/audit?entity=submission', { cookie: admin.cookie });
    expect(log.status).toBe(200);
    expect(
      log.body.data.map((e: { action: string; entityId: string }) => [e.action, e.entityId]),
    ).toEqual([
      ['view', s2.id],
      ['move', s1.id],
      ['create', s2.id],
      ['create', s1.id],
    ]);
    expect(log.body.data[0]).toMatchObject({
      entityType: 'submission',
      actor: { kind: 'staff', id: admin.id, name: 'Ada Admin' },
      requestId: expect.any(String),
    });
    const moves = await api.get('/v1/audit?action=move', bearer(org.key));
    expect(moves.status).toBe(200);
    expect(moves.body.data).toHaveLength(1);
    expect(moves.body.data[0].detail).toEqual({ from: 'received', to: 'in-review' });
    const byActor = await api.get(`/v1/audit?actor=${handler.id}`, bearer(org.key));
    expect(byActor.body.data.map((e: { action: string }) => e.action)).toEqual(['move']);
    const days = await api.get(
      `/v1/audit?entity=submission&from=${new Date(MONDAY - 2 * DAY).toISOString().slice(0, 10)}&to=${new Date(MONDAY - DAY).toISOString().slice(0, 10)}`,
      bearer(org.key),
    );
    expect(days.body.data.map((e: { action: string }) => e.action)).toEqual(['move', 'create']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: Array<{ id: string }>; nextCursor: string | null } } =
        await api.get(
          `/v1/audit?entity=submission&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          bearer(org.key),
        );
      seen.push(...page.body.data.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(log.body.data.map((e: { id: string }) => e.id));
    expect((await api.get('/v1/audit?cursor=xyz', bearer(org.key))).status).toBe(400);
  });
});

describe('who may read', () => {
  it('lets a viewer read everything of its own organisation and nothing of another', async () => {
    now = MONDAY;
    const a = await server.org();
    const b = await server.org();
    const viewer = await staff(a.id, 'viewer');
    const adminA = await staff(a.id, 'admin');
    const mineA = await arrived(a.id, MONDAY - DAY);
    const theirs = await arrived(b.id, MONDAY - DAY);
    const cookie = viewer.cookie;
    for (const path of [
      '/v1/submissions?view=unassigned',
      '/v1/submissions/counts',
      '/v1/submissions/export.csv',
      `/v1/submissions/${mineA.id}`,
      `/v1/submissions/${mineA.id}/timeline`,
    ]) {
      expect((await api.get(path, { cookie })).status, path).toBe(200);
    }
    // Another organisation's submission: not found, to a session and to a key.
    for (const auth of [{ cookie }, { cookie: adminA.cookie }, bearer(a.key)]) {
      expect((await api.get(`/v1/submissions/${theirs.id}`, auth)).status).toBe(404);
      expect((await api.get(`/v1/submissions/${theirs.id}/timeline`, auth)).status).toBe(404);
      const list = await api.get(`/v1/submissions?q=${theirs.reference}`, auth);
      expect(list.body.data).toEqual([]);
      const counts = await api.get(`/v1/submissions/counts?q=${theirs.reference}`, auth);
      expect(counts.body.all).toBe(0);
      const csv = await api.get(`/v1/submissions/export.csv?q=${theirs.reference}`, auth);
      expect(csv.text).not.toContain(theirs.reference);
    }
    // Naming the other organisation: 403 on every route.
    const named = { cookie: adminA.cookie, 'entrypoint-org': b.id };
    for (const path of [
      '/v1/submissions',
      '/v1/submissions/counts',
      '/v1/submissions/export.csv',
      `/v1/submissions/${theirs.id}`,
      `/v1/submissions/${theirs.id}/timeline`,
      '/v1/audit',
    ]) {
      expect((await api.get(path, named)).status, path).toBe(403);
    }
    // The log holds only the organisation's own events.
    const log = await api.get('/v1/audit', { cookie: adminA.cookie });
    expect(log.body.data.some((e: { entityId: string }) => e.entityId === theirs.id)).toBe(false);
    expect(log.body.data.some((e: { entityId: string }) => e.entityId === mineA.id)).toBe(true);
    // Without a key or session: 401.
    for (const path of ['/v1/submissions/counts', '/v1/submissions/export.csv', '/v1/audit']) {
      expect((await api.get(path)).status, path).toBe(401);
    }
  });

  it('records arrivals through the form as received, with the door they came through', async () => {
    now = MONDAY;
    const org = await server.org();
    const door = await server.org({ kind: 'cluster' });
    // The door opener's own key proves the door it came through.
    const sent = await api.post('/v1/submissions', submissionInput(org.id, { via: door.id }), {
      ...idem(),
      ...bearer(door.key),
    });
    expect(sent.status).toBe(201);
    const tl = await api.get(`/v1/submissions/${sent.body.id}/timeline`, bearer(org.key));
    expect(tl.body.data).toEqual([
      {
        id: expect.any(String),
        at: new Date(MONDAY).toISOString(),
        action: 'create',
        actor: { kind: 'public', id: 'entry-form', name: 'Vågkraft AB' },
        detail: { via: door.id },
      },
    ]);
  });
});

describe('the SDK', () => {
  it('lists with filters, counts, exports, reads timelines and the log (answers checked)', async () => {
    now = MONDAY;
    const org = await server.org();
    const handler = await staff(org.id, 'handler', 'Sven SDK');
    const a = await arrived(org.id, MONDAY - 20 * DAY, {
      kind: 'question',
      title: 'Ärende om båtar',
    });
    const b = await arrived(org.id, MONDAY - DAY);
    await setColumns(a.id, { tags: ['boats'] });
    const client = createClient({ baseUrl: server.url, apiKey: org.key, retry: 0 });

    const page = await client.submissions.list({
      view: 'waiting',
      kind: ['question'],
      tag: 'boats',
    });
    expect(page.data.map((s) => s.id)).toEqual([a.id]);
    expect(page.data[0]).toMatchObject({ assigneeId: null, tags: ['boats'], forwardedTo: [] });
    const all = [];
    for await (const s of client.submissions.iterate({ sort: 'oldest', limit: 1 })) all.push(s.id);
    expect(all).toEqual([a.id, b.id]);
    expect(await client.submissions.counts({ q: 'båtar' })).toEqual({
      unassigned: 1,
      mine: 0,
      waiting: 1,
      open: 1,
      closed: 0,
      all: 1,
    });
    const csv = await client.submissions.exportCsv({ status: ['received'], sort: 'oldest' });
    expect(csv.startsWith('\uFEFF"reference"')).toBe(true);
    expect(csv).toContain('Ärende om båtar');
    const events = await client.submissions.timeline(a.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'export']);
    const log = await client.audit.list({ action: 'export', limit: 1 });
    expect(log.data).toHaveLength(1);
    const pages = [];
    for await (const p of client.audit.pages({ action: 'export', limit: 1 }))
      pages.push(p.data[0]!.entityId);
    expect(sorted(pages)).toEqual(sorted([a.id, b.id]));

    // Over a session (the console's way), with the lite client: a handler may not read the log.
    const lite = createLiteClient({ baseUrl: server.url, headers: { cookie: handler.cookie } });
    expect((await lite.submissions.counts()).all).toBe(2);
    await expect(lite.audit.list()).rejects.toBeInstanceOf(AuthError);
  });
});
