/**
 * `GET /v1/results` and `GET /v1/results.csv` (services/results.ts): the
 * organisation's funnel, breakdowns, days to a first answer and stories told,
 * for its staff in any role or its API key.
 */
import { Hono } from 'hono';
import { type Deps, type Env, send, sendJson } from '../context.js';
import { Query } from '../input.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { json, param, problems, type Json } from '../../openapi/shared.js';
import { results, resultsCsv, type ResultsArgs } from '../../services/results.js';

function readArgs(q: Query, orgId: string): ResultsArgs {
  const args: ResultsArgs = {
    orgId,
    challengeId: q.recordId('challenge'),
    from: q.date('from'),
    to: q.date('to'),
  };
  if (args.from && args.to && args.from > args.to) {
    q.errors.push({ path: 'to', message: 'Must be on or after from' });
  }
  return args;
}

export function resultRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.get('/v1/results', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const q = new Query(c);
    const args = readArgs(q, orgId);
    q.done();
    return sendJson(c, await results(db(), deps.clock, args), { visibility: 'private' });
  });

  app.get('/v1/results.csv', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const q = new Query(c);
    const args = readArgs(q, orgId);
    const lang = q.lang() ?? 'en';
    q.done();
    const r = await results(db(), deps.clock, args);
    const day = deps.clock.now().toISOString().slice(0, 10);
    const name = `${orgId}-results${args.challengeId ? `-${args.challengeId}` : ''}-${day}.csv`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return send(c, resultsCsv(r, lang), 'text/csv; charset=utf-8', { visibility: 'private' });
  });

  return app;
}

// ---------------------------------------------------------------------------
// OpenAPI

const int = { type: 'integer', minimum: 0 };
const localized: Json = {
  type: 'object',
  description: 'A text per language tag.',
  additionalProperties: { type: 'string' },
};
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });

const countFields: Json = {
  received: { ...int, description: 'Arrived in the period.' },
  inDialogue: { ...int, description: 'Ever in dialogue (status now, or a move to it).' },
  forwarded: { ...int, description: 'Ever forwarded.' },
  accepted: { ...int, description: 'Accepted.' },
  declined: { ...int, description: 'Declined.' },
  answered: { ...int, description: 'With a first answer to the company.' },
  unanswered: { ...int, description: 'Without one yet.' },
  medianDays: {
    ...nullable({ type: 'number', minimum: 0 }),
    description:
      'Median calendar days from arrival to the first answer (one decimal); null when none was answered.',
  },
};
const countKeys = Object.keys(countFields);
const counts = (extra: Record<string, Json> = {}): Json => ({
  type: 'object',
  additionalProperties: false,
  required: [...Object.keys(extra), ...countKeys],
  properties: { ...extra, ...countFields },
});

const Results: Json = {
  type: 'object',
  additionalProperties: false,
  required: [
    'orgId',
    'challengeId',
    'from',
    'to',
    'total',
    'byKind',
    'byVia',
    'byCountry',
    'challenges',
    'stories',
    'openedDoors',
  ],
  properties: {
    orgId: { type: 'string' },
    challengeId: nullable({ type: 'string' }),
    from: nullable({ type: 'string', format: 'date' }),
    to: nullable({ type: 'string', format: 'date' }),
    total: counts(),
    byKind: { type: 'array', items: counts({ kind: { type: 'string' } }) },
    byVia: {
      type: 'array',
      description: 'Per organisation it came via (`null`: straight to you), with its name.',
      items: counts({ via: nullable({ type: 'string' }), name: nullable(localized) }),
    },
    byCountry: {
      type: 'array',
      description:
        "Per the company's country (kept when a person's data is erased; `null` only for a record without one).",
      items: counts({ country: nullable({ type: 'string' }) }),
    },
    challenges: {
      type: 'array',
      description:
        'Per challenge: every one of yours that is not a draft, and any with submissions in the period; `challengeId: null` for those that answer no challenge. With `stories`: told in the period about it.',
      items: counts({
        challengeId: nullable({ type: 'string' }),
        title: nullable(localized),
        stories: int,
      }),
    },
    stories: {
      type: 'object',
      additionalProperties: false,
      required: ['count', 'items'],
      properties: {
        count: int,
        items: {
          type: 'array',
          description: 'The newest 100.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'orgId', 'title', 'publishedAt'],
            properties: {
              id: { type: 'string' },
              orgId: { type: 'string', description: 'Who told it.' },
              title: localized,
              publishedAt: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    },
    openedDoors: {
      ...nullable({
        type: 'object',
        additionalProperties: false,
        required: ['total', 'byReceiver'],
        properties: {
          total: counts(),
          byReceiver: {
            type: 'array',
            items: counts({ orgId: { type: 'string' }, name: nullable(localized) }),
          },
        },
      }),
      description:
        "What you opened the door to: submissions that arrived at other receivers in the period credited to you as `via` (proven), counted the same way (the receivers' moves and answers), per receiver. `null` with `challenge`.",
    },
  },
};

const DEFINITIONS =
  'The period (`from`, `to`, UTC days, inclusive) selects submissions by arrival; each stage of the funnel counts those of them that ever reached it ' +
  '(their status now, or a move to it in the audit trail): received (all), in dialogue, forwarded, accepted, with declined beside. Stages are not nested. ' +
  'The first answer is the first message staff wrote to the company, or the mail telling it the submission was forwarded to another organisation, whichever came first; ' +
  'a status change alone is none. `openedDoors`: the same for what arrived at other receivers credited to you as `via`. Stories told: published in the period, by you, or (with `challenge`) linked to that challenge by anyone. ' +
  'Your staff in any role, or your API key.';

const params = [
  param('challenge', 'One of your challenges (id); 404 when you have none by that id.', {
    type: 'string',
  }),
  param('from', 'Arrived on or after this day (UTC), `YYYY-MM-DD`.', {
    type: 'string',
    format: 'date',
  }),
  param('to', 'Arrived on or before this day (UTC), `YYYY-MM-DD`; not before `from`.', {
    type: 'string',
    format: 'date',
  }),
];

export const resultPaths = {
  '/v1/results': {
    get: {
      tags: ['Results'],
      summary: 'Did we make a difference? The funnel, breakdowns and answer times',
      description: DEFINITIONS,
      operationId: 'getResults',
      security: inboxSecurity,
      parameters: [...params, orgHeaderParam],
      responses: {
        '200': { description: 'The results.', content: json(Results) },
        ...problems(400, 401, 403, 404),
      },
    },
  },
  '/v1/results.csv': {
    get: {
      tags: ['Results'],
      summary: 'The results as CSV',
      description:
        'The same numbers as `GET /v1/results`, one row per total, kind, via, country and challenge (sections `total`, `kind`, `via`, `country`, `challenge`), and, when there are any, the doors opened (`doors opened`, and `doors opened at` per receiver) ' +
        '(columns: section, key, name, received, in dialogue, forwarded, accepted, declined, answered, unanswered, median days to first answer, stories told), ' +
        "as RFC 4180 CSV in UTF-8 with a byte-order mark. A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a `'` before it. " +
        `Names in \`lang\` (else English). ${DEFINITIONS}`,
      operationId: 'exportResults',
      security: inboxSecurity,
      parameters: [
        ...params,
        param('lang', 'The language of names (a BCP 47 tag; default `en`).', { type: 'string' }),
        orgHeaderParam,
      ],
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
        ...problems(400, 401, 403, 404),
      },
    },
  },
};
