/**
 * The inbox's reads beyond the list itself: counts per view, the CSV export,
 * a submission's timeline, and the organisation-wide log (admins). The list
 * (`GET /v1/submissions`, submissions.ts) reads its query with `readListQuery`
 * here, so the list, the counts and the export take the same filters.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  INBOX_SORTS,
  INBOX_VIEWS,
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  isSlug,
  type InboxSort,
  type InboxView,
} from '@entrypoint/sdk';
import * as inbox from '../../services/inbox.js';
import { type Deps, type Env, send, sendJson, writer } from '../context.js';
import { Query } from '../input.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { enumParam, json, listParam, p, param, problems, ref } from '../../openapi/shared.js';

const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isDate = (v: string) =>
  DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** One value of a closed set (given once, not a list). */
function one<T extends string>(q: Query, name: string, values: readonly T[]): T | undefined {
  const all = q.oneOf(name, values);
  if (all && all.length > 1) q.errors.push({ path: name, message: `One value only` });
  return all?.[0] as T | undefined;
}

function date(q: Query, name: string): string | undefined {
  const v = q.string(name, { max: 10 });
  if (v !== undefined && !isDate(v)) {
    q.errors.push({ path: name, message: 'A date as YYYY-MM-DD' });
    return undefined;
  }
  return v;
}

/** The reader of the request (after inboxOrg): a staff member or an API key. */
function reader(c: Context<Env>, orgId: string): inbox.Reader {
  return { orgId, actor: writer(c).actor };
}

/** The filters the list, the counts and the export share, read from the query. */
function readFilter(q: Query, who: inbox.Reader): inbox.Filter {
  const assignee = q.string('assignee', { max: 100 });
  if (assignee === 'me' && who.actor.kind !== 'staff') {
    q.errors.push({ path: 'assignee', message: '"me" needs a staff session, not an API key' });
  }
  return {
    statuses: q.oneOf('status', SUBMISSION_STATUSES),
    challenges: q.list('challenge', (v) => RECORD_ID.test(v), 'challenge ids'),
    kinds: q.oneOf('kind', SUBMISSION_KINDS),
    tags: q.list('tag', (v) => v.length <= 40, 'tags of at most 40 characters'),
    assignee:
      assignee === undefined
        ? undefined
        : assignee === 'none'
          ? null
          : assignee === 'me'
            ? who.actor.id
            : assignee,
    vias: q.list('via', isSlug, 'organisation ids'),
    from: date(q, 'from'),
    to: date(q, 'to'),
    q: q.string('q', { max: 200 })?.trim() || undefined,
  };
}

function readView(q: Query, who: inbox.Reader): { view: InboxView; sort: InboxSort } {
  const view = one(q, 'view', INBOX_VIEWS) ?? 'all';
  if (view === 'mine' && who.actor.kind !== 'staff') {
    q.errors.push({ path: 'view', message: '"mine" needs a staff session, not an API key' });
  }
  return { view, sort: one(q, 'sort', INBOX_SORTS) ?? 'newest' };
}

/** `GET /v1/submissions`'s query: view, sort, filters and paging. */
export function readListQuery(c: Context<Env>, orgId: string) {
  const who = reader(c, orgId);
  const q = new Query(c);
  const args: inbox.ListArgs = {
    ...readView(q, who),
    ...readFilter(q, who),
    limit: q.limit(),
    cursor: q.cursor(),
  };
  q.done();
  return { who, args };
}

export function inboxRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const { clock } = deps;
  const db = () => deps.store.db;

  app.get('/v1/submissions/counts', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const who = reader(c, orgId);
    const q = new Query(c);
    const filter = readFilter(q, who);
    q.done();
    return sendJson(c, await inbox.countInbox(db(), clock, who, filter), { visibility: 'private' });
  });

  app.get('/v1/submissions/export.csv', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const who = reader(c, orgId);
    const q = new Query(c);
    const args = { ...readView(q, who), ...readFilter(q, who) };
    q.done();
    const { csv } = await inbox.exportCsv(db(), clock, who, writer(c), args);
    const day = clock.now().toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="${orgId}-submissions-${day}.csv"`);
    return send(c, csv, 'text/csv; charset=utf-8', { visibility: 'private' });
  });

  app.get('/v1/submissions/:id/timeline', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const data = await inbox.timeline(db(), orgId, c.req.param('id'));
    return sendJson(c, { data, nextCursor: null }, { visibility: 'private' });
  });

  app.get('/v1/audit', async (c) => {
    const orgId = await inboxOrg(c, deps, 'admin');
    const q = new Query(c);
    const query = {
      orgId,
      entity: q.string('entity', { max: 40 }),
      action: q.string('action', { max: 40 }),
      actor: q.string('actor', { max: 200 }),
      from: date(q, 'from'),
      to: date(q, 'to'),
      limit: q.limit(50, 200),
      cursor: q.cursor(),
    };
    q.done();
    return sendJson(c, await inbox.auditLog(db(), query), { visibility: 'private' });
  });

  return app;
}

// ---------------------------------------------------------------------------
// OpenAPI

const dateParam = (name: string, description: string) =>
  param(name, description, { type: 'string', format: 'date' });

/** The filters of the list, the counts and the export. */
export const filterParams = [
  enumParam('status', 'Submissions in any of these statuses.', SUBMISSION_STATUSES),
  listParam('challenge', 'Answers to any of these challenges (ids).', { type: 'string' }),
  enumParam('kind', 'Of any of these kinds.', SUBMISSION_KINDS),
  listParam('tag', 'Carrying any of these of the organisation’s tags.', {
    type: 'string',
    maxLength: 40,
  }),
  param(
    'assignee',
    'Handled by this staff member (id), by nobody (`none`), or by the signed-in person (`me`; 400 with an API key).',
  ),
  listParam('via', 'Came through any of these organisations (ids).', { type: 'string' }),
  dateParam('from', 'Arrived on or after this day (UTC).'),
  dateParam('to', 'Arrived on or before this day (UTC).'),
  param(
    'q',
    'Part of the reference, title, company name, contact name or e-mail address (any case).',
    { type: 'string', maxLength: 200 },
  ),
];

const VIEWS_TEXT =
  '`unassigned`: open (received, in-review, in-dialogue) and nobody handles it; ' +
  '`mine`: open and the signed-in person handles it (a staff session; 400 with an API key); ' +
  '`waiting`: open, never answered, and older than the organisation’s `answerDays` in working days (Monday–Friday, UTC); ' +
  '`open`; `closed` (forwarded, accepted, declined); `all` (the default).';

/** View and sort, for the list and the export. */
export const viewParams = [
  {
    name: 'view',
    in: 'query',
    required: false,
    description: VIEWS_TEXT,
    schema: { type: 'string', enum: [...INBOX_VIEWS], default: 'all' },
  },
  {
    name: 'sort',
    in: 'query',
    required: false,
    description:
      '`newest` first (by arrival, the default), `oldest` first, or `updated` (last change first). A cursor belongs to its sort.',
    schema: { type: 'string', enum: [...INBOX_SORTS], default: 'newest' },
  },
];

export const inboxPaths = {
  '/v1/submissions/counts': {
    get: {
      tags: ['Submissions'],
      summary: 'How many submissions each view of your inbox holds',
      description: `Under the same filters as the list. ${VIEWS_TEXT} \`mine\` is 0 with an API key.`,
      operationId: 'countSubmissions',
      security: inboxSecurity,
      parameters: [...filterParams, orgHeaderParam],
      responses: {
        '200': { description: 'The counts.', content: json(ref('SubmissionCounts')) },
        ...problems(400, 401, 403),
      },
    },
  },
  '/v1/submissions/export.csv': {
    get: {
      tags: ['Submissions'],
      summary: 'Your inbox as CSV',
      description:
        'Every submission the list would show with the same parameters (all pages), as RFC 4180 CSV in UTF-8 with a byte-order mark, ' +
        "a header row first. A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a `'` before it, " +
        'so that a spreadsheet does not run it as a formula. Each exported submission gets an `export` event on its timeline.',
      operationId: 'exportSubmissions',
      security: inboxSecurity,
      parameters: [...viewParams, ...filterParams, orgHeaderParam],
      responses: {
        '200': {
          description: 'The CSV file.',
          headers: {
            'Content-Disposition': {
              required: true,
              description: 'attachment, with a file name',
              schema: { type: 'string' },
            },
          },
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        ...problems(400, 401, 403),
      },
    },
  },
  '/v1/submissions/{id}/timeline': {
    get: {
      tags: ['Submissions'],
      summary: 'What happened to a submission',
      description:
        'Its events, oldest first: create (received), view, assign, move, tag, note, message, forward, export, erase; who did it and when. ' +
        'Bodies of notes and messages are read from where they are kept (an erasure clears them).',
      operationId: 'getSubmissionTimeline',
      security: inboxSecurity,
      parameters: [p.id, orgHeaderParam],
      responses: {
        '200': { description: 'The timeline.', content: json(ref('TimelineEventList')) },
        ...problems(400, 401, 403, 404),
      },
    },
  },
  '/v1/audit': {
    get: {
      tags: ['Audit'],
      summary: 'The organisation’s log',
      description:
        'Every recorded event of the organisation, newest first: writes, moves, views, exports. An admin’s session or the organisation’s API key; other roles 403.',
      operationId: 'listAuditEvents',
      security: inboxSecurity,
      parameters: [
        param('entity', 'Only events on this kind of record (`submission`, `challenge`, …).'),
        param('action', 'Only this action (`create`, `move`, `view`, `export`, …).'),
        param('actor', 'Only this actor (a staff id, an API key id).'),
        dateParam('from', 'On or after this day (UTC).'),
        dateParam('to', 'On or before this day (UTC).'),
        param('limit', 'Items per page, 1–200 (default 50).', {
          type: 'integer',
          minimum: 1,
          maximum: 200,
          default: 50,
        }),
        p.cursor,
        orgHeaderParam,
      ],
      responses: {
        '200': { description: 'A page of the log.', content: json(ref('AuditLogEntryList')) },
        ...problems(400, 401, 403),
      },
    },
  },
};
