/**
 * Challenges: public list and read (an owner's key, or its staff's session
 * naming it in `Entrypoint-Org`, also sees its drafts), and the owner's writes.
 */
import { Hono } from 'hono';
import { CHALLENGE_STATUSES, ChallengeInput, ChallengePatch, THEMES } from '@entrypoint/sdk';
import * as content from '../../services/content.js';
import * as reads from '../../services/reads.js';
import { rawListJson } from '../../store/cursor.js';
import { type Deps, type Env, JSON_TYPE, send, sendJson } from '../context.js';
import { viewerOrg } from '../staff-access.js';
import { Query } from '../input.js';
import { ownerWrites } from './owner-writes.js';
import { recordEtag } from '../../services/versions.js';
import {
  cacheHeaders,
  enumParam,
  notModified,
  optionalSecurity,
  orgHeader,
  json,
  limit,
  list,
  listParam,
  p,
  param,
  problems,
  ref,
  writeOps,
} from '../../openapi/shared.js';

/** The orders of `GET /v1/challenges` (store/challenges.ts). */
const CHALLENGE_SORTS = ['newest', 'status'] as const;

export function challengeRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.get('/v1/challenges', async (c) => {
    const q = new Query(c);
    const orgs = q.orgs({ all: true });
    const statuses = q.oneOf('status', CHALLENGE_STATUSES);
    const themes = q.oneOf('theme', THEMES);
    const regions = q.regions();
    const text = q.string('q');
    const lang = q.lang();
    const sort = q.choice('sort', CHALLENGE_SORTS);
    const limit = q.limit();
    const cursor = q.cursor();
    if (text && sort === 'status') {
      q.errors.push({
        path: 'sort',
        message: 'With q the list is ranked by relevance; leave sort out',
      });
    }
    q.done();
    const viewer = await viewerOrg(c, deps);
    const query = { orgs, statuses, themes, regions, sort, q: text, lang, limit, cursor };
    const result = await reads.listChallenges(db(), query, viewer);
    return send(c, rawListJson(result), JSON_TYPE, { visibility: viewer ? 'private' : 'public' });
  });

  app.get('/v1/challenges/:id', async (c) => {
    const viewer = await viewerOrg(c, deps);
    const challenge = await reads.readChallengeJson(db(), c.req.param('id'), viewer);
    return send(c, challenge, JSON_TYPE, {
      visibility: viewer ? 'private' : 'public',
      etag: recordEtag(JSON.parse(challenge)),
    });
  });

  app.get('/v1/challenges/:id/similar', async (c) => {
    const q = new Query(c);
    const limit = q.limit(5, 20);
    q.done();
    const viewer = await viewerOrg(c, deps);
    const result = await reads.similarChallenges(db(), c.req.param('id'), viewer, limit);
    return send(c, rawListJson(result), JSON_TYPE, { visibility: viewer ? 'private' : 'public' });
  });

  app.get('/v1/challenges/:id/clusters', async (c) => {
    const q = new Query(c);
    const limit = q.limit(20, 100);
    q.done();
    const data = await reads.challengeClusters(db(), c.req.param('id'), limit);
    return sendJson(c, { data, nextCursor: null });
  });

  ownerWrites(
    app,
    deps,
    '/v1/challenges',
    { input: ChallengeInput, patch: ChallengePatch },
    {
      create: content.createChallenge,
      update: content.updateChallenge,
      remove: content.removeChallenge,
    },
  );

  return app;
}

const writes = writeOps(
  'Challenges',
  'Challenge',
  'ChallengeInput',
  'ChallengePatch',
  'challenges',
  "The challenge belongs to the key's organisation. `id` is made from the title when not given. A challenge in `draft` is never public; it is published (gets `publishedAt`) when its status first leaves `draft`.",
);

/** `org` of the challenge list: ids, or `*` for every owner. */
const orgOrAll = listParam(
  'org',
  'Organisation ids (`norrhamn,fjordvik`), or `*` for every owner on the server (as leaving it out).',
  {
    anyOf: [
      { type: 'string', minLength: 2, maxLength: 64, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      { const: '*' },
    ],
  },
);

export const challengePaths = {
  '/v1/challenges': {
    ...list(
      'List and search challenges',
      'Challenges',
      'Challenge',
      [
        orgOrAll,
        enumParam('status', 'Challenges in any of these statuses.', CHALLENGE_STATUSES),
        enumParam('theme', 'Challenges with any of these themes.', THEMES),
        listParam(
          'region',
          'Challenges in these NUTS regions: a code or its prefix (`SE2` finds `SE224`).',
          {
            type: 'string',
            pattern: '^[A-Z]{2}[A-Z0-9]{0,3}$',
          },
        ),
        param(
          'sort',
          '`newest` (the default): newest first. `status`: open challenges first, by deadline (nearest first; those without one after them), then those in dialogue or procurement, then solved, then closed; newest first within each. Not with `q`.',
          { type: 'string', enum: [...CHALLENGE_SORTS], default: 'newest' },
        ),
        p.q,
        p.lang,
        orgHeader,
      ],
      {
        description:
          "Newest first, or as `sort` says; with `q`, most relevant first. Every owner's by default (`org=*` says so outright); `org` narrows to some. Drafts are never listed publicly; with an API key, or a staff session naming its organisation in `Entrypoint-Org`, that organisation's own drafts are included (and the answer is not cached).",
        withKey: true,
      },
    ),
    ...writes.collection,
  },
  '/v1/challenges/{id}': {
    get: {
      tags: ['Challenges'],
      summary: 'One challenge',
      description:
        "A draft is found only with its owner's API key, or a session of its staff naming the owner in `Entrypoint-Org`.",
      operationId: 'getChallenge',
      security: optionalSecurity,
      parameters: [p.id, orgHeader],
      responses: {
        '200': {
          description: 'The challenge.',
          headers: cacheHeaders,
          content: json(ref('Challenge')),
        },
        ...notModified,
        ...problems(401, 403, 404),
      },
    },
    ...writes.item,
  },
  '/v1/challenges/{id}/similar': {
    get: {
      tags: ['Challenges'],
      summary: 'Challenges of other organisations like this one',
      description:
        "Published challenges of other organisations, best first: by the share of themes they have in common (weighted 3), how close their NUTS regions are (1), and how well this one's title and summary match their text (2, full-text rank in every language they carry). Only challenges sharing a theme, a word or a country are ranked. One page (`nextCursor` is null). A draft is found only with its owner's API key.",
      operationId: 'listSimilarChallenges',
      security: optionalSecurity,
      parameters: [p.id, limit(5, 20), orgHeader],
      responses: {
        '200': {
          description: 'Similar challenges, most similar first.',
          headers: cacheHeaders,
          content: json(ref('ChallengeList')),
        },
        ...notModified,
        ...problems(400, 401, 403, 404),
      },
    },
  },
  '/v1/challenges/{id}/clusters': {
    get: {
      tags: ['Challenges', 'Clusters'],
      summary: "Clusters whose sectors match the challenge's themes",
      description:
        "Ranked by the number of the challenge's themes among the cluster's sectors, then by id. One page (`nextCursor` is null).",
      operationId: 'listChallengeClusters',
      parameters: [p.id, limit(20)],
      responses: {
        '200': {
          description: 'Matching clusters, best first.',
          headers: cacheHeaders,
          content: json(ref('ClusterList')),
        },
        ...notModified,
        ...problems(400, 404),
      },
    },
  },
};
