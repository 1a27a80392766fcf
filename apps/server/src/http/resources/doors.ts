/**
 * Door openers (services/doors.ts): a cluster's view of the submissions it
 * opened the door to, with its own API key or a staff session in any role,
 * and a receiver's view of who brought it what.
 */
import { Hono } from 'hono';
import { SUBMISSION_STATUSES } from '@entrypoint/sdk';
import * as doors from '../../services/doors.js';
import { type Deps, type Env, sendJson } from '../context.js';
import { Query } from '../input.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { enumParam, json, p, param, problems, ref } from '../../openapi/shared.js';

/** The filters both the list and the summary take. */
function filters(q: Query): doors.OpenedDoorsFilter {
  return {
    orgs: q.orgs(),
    statuses: q.oneOf('status', SUBMISSION_STATUSES),
    from: q.date('from'),
    to: q.date('to'),
  };
}

export function doorRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.get('/v1/opened-doors', async (c) => {
    const via = await inboxOrg(c, deps, 'read');
    const q = new Query(c);
    const filter = filters(q);
    const limit = q.limit();
    const cursor = q.cursor();
    q.done();
    const page = await doors.listOpenedDoors(db(), via, { ...filter, limit, cursor });
    return sendJson(c, page, { visibility: 'private' });
  });

  app.get('/v1/opened-doors/summary', async (c) => {
    const via = await inboxOrg(c, deps, 'read');
    const q = new Query(c);
    const filter = filters(q);
    q.done();
    return sendJson(c, await doors.summarizeOpenedDoors(db(), via, filter), {
      visibility: 'private',
    });
  });

  app.get('/v1/door-openers', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    new Query(c).done();
    return sendJson(c, await doors.doorOpeners(db(), orgId), { visibility: 'private' });
  });

  return app;
}

const dateParam = (name: string, description: string) =>
  param(name, description, { type: 'string', format: 'date' });

const filterParams = [
  { ...p.org, description: 'Only those sent to these receivers (`norrhamn,fjordvik`).' },
  enumParam('status', 'Only those in any of these statuses.', SUBMISSION_STATUSES),
  dateParam('from', 'Only those that arrived on this day (UTC) or later, `YYYY-MM-DD`.'),
  dateParam('to', 'Only those that arrived on this day (UTC) or earlier, `YYYY-MM-DD`.'),
];

const CREDIT =
  "A submission is credited to a door opener (`via`) only when it was proven: sent from one of the door opener's `allowedOrigins`, or with its API key. A forward's copy is not counted again.";

export const doorPaths = {
  '/v1/opened-doors': {
    get: {
      tags: ['Door openers'],
      summary: 'The submissions you opened the door to',
      description: `For a cluster (or any organisation): the submissions credited to it as \`via\`, at every receiver, newest first. Never the text; no \`title\` when the submission is confidential. ${CREDIT} With your API key, or a staff session in any role.`,
      operationId: 'listOpenedDoors',
      security: inboxSecurity,
      parameters: [...filterParams, p.limit, p.cursor, orgHeaderParam],
      responses: {
        '200': { description: 'Newest first.', content: json(ref('OpenedDoorList')) },
        ...problems(400, 401, 403),
      },
    },
  },
  '/v1/opened-doors/summary': {
    get: {
      tags: ['Door openers'],
      summary: 'Counts of the submissions you opened the door to',
      description: `Per receiver (most first), per status (every status) and per month of arrival (UTC, oldest first), with the list's filters: what a cluster reports to its funders. ${CREDIT}`,
      operationId: 'summarizeOpenedDoors',
      security: inboxSecurity,
      parameters: [...filterParams, orgHeaderParam],
      responses: {
        '200': { description: 'The counts.', content: json(ref('OpenedDoorsSummary')) },
        ...problems(400, 401, 403),
      },
    },
  },
  '/v1/door-openers': {
    get: {
      tags: ['Door openers'],
      summary: 'Who brought you submissions',
      description: `For a receiver: each organisation credited as \`via\` on its submissions, with counts per kind and status, most first. ${CREDIT}`,
      operationId: 'listDoorOpeners',
      security: inboxSecurity,
      parameters: [orgHeaderParam],
      responses: {
        '200': { description: 'Most first, then by id.', content: json(ref('DoorOpenerList')) },
        ...problems(400, 401, 403),
      },
    },
  },
};
