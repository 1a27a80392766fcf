/** Challenges: public list and read (an owner's key also sees its drafts), and the owner's writes. */
import { Hono } from 'hono';
import { CHALLENGE_STATUSES, ChallengeInput, ChallengePatch, THEMES } from '@entrypoint/sdk';
import * as content from '../../services/content.js';
import * as reads from '../../services/reads.js';
import { rawListJson } from '../../store/cursor.js';
import { type Deps, type Env, JSON_TYPE, optionalOrg, send, sendJson } from '../context.js';
import { Query } from '../input.js';
import { ownerWrites } from './owner-writes.js';
import { recordEtag } from '../../services/versions.js';
import {
  cacheHeaders,
  enumParam,
  notModified,
  optionalSecurity,
  json,
  limit,
  list,
  p,
  problems,
  ref,
  writeOps,
} from '../../openapi/shared.js';

export function challengeRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.get('/v1/challenges', async (c) => {
    const q = new Query(c);
    const orgs = q.orgs();
    const statuses = q.oneOf('status', CHALLENGE_STATUSES);
    const themes = q.oneOf('theme', THEMES);
    const text = q.string('q');
    const lang = q.lang();
    const limit = q.limit();
    const cursor = q.cursor();
    q.done();
    const viewer = await optionalOrg(c, deps);
    const query = { orgs, statuses, themes, q: text, lang, limit, cursor };
    const result = await reads.listChallenges(db(), query, viewer);
    return send(c, rawListJson(result), JSON_TYPE, { visibility: viewer ? 'private' : 'public' });
  });

  app.get('/v1/challenges/:id', async (c) => {
    const viewer = await optionalOrg(c, deps);
    const challenge = await reads.readChallengeJson(db(), c.req.param('id'), viewer);
    return send(c, challenge, JSON_TYPE, {
      visibility: viewer ? 'private' : 'public',
      etag: recordEtag(JSON.parse(challenge)),
    });
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

export const challengePaths = {
  '/v1/challenges': {
    ...list(
      'List and search challenges',
      'Challenges',
      'Challenge',
      [
        p.org,
        enumParam('status', 'Challenges in any of these statuses.', CHALLENGE_STATUSES),
        enumParam('theme', 'Challenges with any of these themes.', THEMES),
        p.q,
        p.lang,
      ],
      {
        description:
          "Newest first; with `q`, most relevant first. Drafts are never listed publicly; with an API key, the key's own drafts are included (and the answer is not cached).",
        withKey: true,
      },
    ),
    ...writes.collection,
  },
  '/v1/challenges/{id}': {
    get: {
      tags: ['Challenges'],
      summary: 'One challenge',
      description: "A draft is found only with its owner's API key.",
      operationId: 'getChallenge',
      security: optionalSecurity,
      parameters: [p.id],
      responses: {
        '200': {
          description: 'The challenge.',
          headers: cacheHeaders,
          content: json(ref('Challenge')),
        },
        ...notModified,
        ...problems(401, 404),
      },
    },
    ...writes.item,
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
