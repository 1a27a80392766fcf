/**
 * Challenges: public list and read (an owner's key, or its staff's session
 * naming it in `Entrypoint-Org`, also sees its drafts), and the owner's writes.
 */
import { Hono } from 'hono';
import {
  CHALLENGE_STATUSES,
  ChallengeInput,
  ChallengePatch,
  isSlug,
  THEMES,
} from '@entrypoint/sdk';
import { listChallengeCards } from '../../services/challenge-cards.js';
import * as content from '../../services/content.js';
import * as reads from '../../services/reads.js';
import { rawListJson } from '../../store/cursor.js';
import { type Deps, type Env, JSON_TYPE, send, sendJson } from '../context.js';
import { viewerOrg } from '../staff-access.js';
import { Query } from '../input.js';
import { ownerWrites } from './owner-writes.js';
import { recordEtagOfJson } from '../../services/versions.js';
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
/** The forms of `GET /v1/challenges`: whole challenges, or cards (services/challenge-cards.ts). */
const CHALLENGE_VIEWS = ['full', 'card'] as const;
const NUTS_PREFIX = /^[A-Z]{2}[A-Z0-9]{0,3}$/;

/** The `filter-*` parameters: choices within the list's scope (store/challenges.ts `ChallengeSelection`). */
function readSelection(q: Query) {
  const selection = {
    themes: q.oneOf('filter-theme', THEMES),
    statuses: q.oneOf('filter-status', CHALLENGE_STATUSES),
    orgs: q.list('filter-org', isSlug, 'organisation ids, comma-separated'),
    regions: q.list('filter-region', (v) => NUTS_PREFIX.test(v), 'NUTS codes, like SE2 or SE224'),
  };
  return Object.values(selection).some(Boolean) ? selection : undefined;
}

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
    const view = q.choice('view', CHALLENGE_VIEWS);
    const facetsParam = q.choice('facets', ['true', 'false', 'only'] as const);
    const facets = facetsParam === 'only' ? 'only' : facetsParam === 'true';
    const filter = readSelection(q);
    if (facets === 'only' && cursor) {
      q.errors.push({
        path: 'facets',
        message: 'The facets alone have no pages: leave cursor out',
      });
    }
    if (facets && view !== 'card') {
      q.errors.push({ path: 'facets', message: 'Facets come with the cards: add view=card' });
    }
    if (text && sort === 'status') {
      q.errors.push({
        path: 'sort',
        message: 'With q the list is ranked by relevance; leave sort out',
      });
    }
    q.done();
    const viewer = await viewerOrg(c, deps);
    const query = { orgs, statuses, themes, regions, sort, q: text, lang, limit, cursor, filter };
    const visibility = viewer ? 'private' : 'public';
    if (view === 'card') {
      const body = await listChallengeCards(db(), { ...query, facets }, viewer);
      // Public answers say `max-age=60, s-maxage=300, stale-while-revalidate=600`
      // (PUBLIC_CACHE) with a weak ETag of the body. A board's first page and
      // its facets have one URL for every visitor of that board: a visitor
      // who comes back within a minute sees them from the browser's cache at
      // once, within ten more minutes sees what was kept while the browser
      // asks again (a 304 when nothing changed), so a change reaches a
      // returning visitor a minute late at most, or on the visit after.
      return send(c, body, JSON_TYPE, { visibility, plain: true });
    }
    const result = await reads.listChallenges(db(), query, viewer);
    return send(c, rawListJson(result), JSON_TYPE, { visibility, plain: true });
  });

  app.get('/v1/challenges/:id', async (c) => {
    const viewer = await viewerOrg(c, deps);
    const challenge = await reads.readChallengeJson(db(), c.req.param('id'), viewer);
    return send(c, challenge, JSON_TYPE, {
      visibility: viewer ? 'private' : 'public',
      etag: recordEtagOfJson(challenge),
      plain: true,
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

/** The list operation, with the card form's parameters and answer added (see `cardParams`). */
function withCards(ops: ReturnType<typeof list>) {
  const get = ops.get;
  get.parameters.splice(get.parameters.length - 2, 0, ...cardParams);
  get.responses['200'] = {
    ...get.responses['200'],
    description:
      'A page of challenges; with `view=card` a page of cards (and the facets with `facets=true`).',
    content: json({ anyOf: [ref('ChallengeList'), ref('ChallengeCardPage')] }),
  };
  return ops;
}

const cardParams = [
  param(
    'view',
    "`full` (the default): whole challenges. `card`: only what a card on a board shows (`ChallengeCard`): id, owner (id and name), title, summary, status, deadline, themes and region, with each text in one language: `lang`, else the owner's default language, else English, else the first there is. The answer is then a `ChallengeCardPage`.",
    { type: 'string', enum: [...CHALLENGE_VIEWS], default: 'full' },
  ),
  param(
    'facets',
    "With `view=card`: `true` adds `facets`, the counts of themes, statuses, owners and regions for this list (each counted with the other `filter-*` choices, not its own), the total, and the owners' names. Ask on the first page only. `only`: the facets alone (`data` is empty, `nextCursor` null; not with `cursor`), so that a board can ask for its first page of cards and, beside it, for the counts over its whole scope, which take longer, and show the cards first.",
    { type: 'string', enum: ['true', 'false', 'only'], default: 'false' },
  ),
  enumParam(
    'filter-theme',
    'A choice within the scope above (`theme` and the rest): challenges with any of these themes. Narrows the list and the other facets, not the theme counts.',
    THEMES,
  ),
  enumParam(
    'filter-status',
    'A choice within the scope: challenges in any of these statuses (not narrowing the status counts).',
    CHALLENGE_STATUSES,
  ),
  listParam(
    'filter-org',
    'A choice within the scope: these owners (not narrowing the owner counts).',
    {
      type: 'string',
      minLength: 2,
      maxLength: 64,
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
    },
  ),
  listParam(
    'filter-region',
    'A choice within the scope: these NUTS regions or prefixes (not narrowing the region counts).',
    { type: 'string', pattern: '^[A-Z]{2}[A-Z0-9]{0,3}$' },
  ),
];

export const challengePaths = {
  '/v1/challenges': {
    ...withCards(
      list(
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
