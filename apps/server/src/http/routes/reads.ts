/** Public reads: organisations, challenges, clusters, stories. */
import type { Hono } from 'hono';
import { CHALLENGE_STATUSES, ORGANIZATION_KINDS, THEMES } from '@entrypoint/sdk';
import {
  getOrganization,
  listOrganizations,
  publicOrganization,
} from '../../store/organizations.js';
import { getChallenge, getChallengeJson, listChallenges } from '../../store/challenges.js';
import { rawListJson } from '../../store/cursor.js';
import { clustersMatching, getCluster, listClusters } from '../../store/clusters.js';
import { getStory, listStories } from '../../store/stories.js';
import { type Deps, type Env, JSON_TYPE, optionalOrg, send, sendJson } from '../context.js';
import { isLang, isSlug, Query } from '../input.js';
import { HttpProblem } from '../problem.js';

const notFound = (what: string) => new HttpProblem(404, `${what} does not exist`);

export function readRoutes(app: Hono<Env>, deps: Deps) {
  const db = () => deps.store.db;

  app.get('/v1/organizations', async (c) => {
    const q = new Query(c);
    const kind = q.oneOf('kind', ORGANIZATION_KINDS);
    const limit = q.limit(50);
    const cursor = q.string('cursor', { max: 500 });
    q.done();
    return sendJson(c, await listOrganizations(db(), { kind, limit, cursor }));
  });

  app.get('/v1/organizations/:id', async (c) => {
    const id = c.req.param('id');
    const own = await optionalOrg(c, deps);
    const org = await getOrganization(db(), id);
    if (!org) throw notFound(`Organization "${id}"`);
    // Its own admins also see its allowedOrigins.
    if (own === id) return sendJson(c, org, { visibility: 'private' });
    return sendJson(c, publicOrganization(org), { visibility: own ? 'private' : 'public' });
  });

  app.get('/v1/challenges', async (c) => {
    const q = new Query(c);
    const orgs = q.list('org', isSlug, 'organisation ids, comma-separated');
    const statuses = q.oneOf('status', CHALLENGE_STATUSES);
    const themes = q.oneOf('theme', THEMES);
    const text = q.string('q');
    const lang = q.list('lang', isLang, 'a BCP 47 language tag')?.[0];
    const limit = q.limit();
    const cursor = q.string('cursor', { max: 500 });
    q.done();
    const own = await optionalOrg(c, deps);
    const result = await listChallenges(db(), {
      orgs,
      statuses,
      themes,
      q: text,
      lang,
      limit,
      cursor,
      draftsOf: own,
    });
    return send(c, rawListJson(result), JSON_TYPE, { visibility: own ? 'private' : 'public' });
  });

  app.get('/v1/challenges/:id', async (c) => {
    const id = c.req.param('id');
    const own = await optionalOrg(c, deps);
    const challenge = await getChallengeJson(db(), id, own);
    if (!challenge || (challenge.status === 'draft' && challenge.orgId !== own)) {
      throw notFound(`Challenge "${id}"`);
    }
    return send(c, challenge.json, JSON_TYPE, { visibility: own ? 'private' : 'public' });
  });

  app.get('/v1/challenges/:id/clusters', async (c) => {
    const id = c.req.param('id');
    const q = new Query(c);
    const limit = q.limit(20, 100);
    q.done();
    const challenge = await getChallenge(db(), id);
    if (!challenge || challenge.status === 'draft') throw notFound(`Challenge "${id}"`);
    const data = await clustersMatching(db(), challenge.themes, limit);
    return sendJson(c, { data, nextCursor: null });
  });

  app.get('/v1/clusters', async (c) => {
    const q = new Query(c);
    const text = q.string('q');
    const lang = q.list('lang', isLang, 'a BCP 47 language tag')?.[0];
    const sectors = q.oneOf('sector', THEMES);
    const countries = q.list(
      'country',
      (s) => /^[A-Z]{2}$/.test(s),
      'ISO 3166-1 alpha-2 codes like SE',
    );
    const limit = q.limit();
    const cursor = q.string('cursor', { max: 500 });
    q.done();
    return sendJson(
      c,
      await listClusters(db(), { q: text, lang, sectors, countries, limit, cursor }),
    );
  });

  app.get('/v1/clusters/:id', async (c) => {
    const id = c.req.param('id');
    const cluster = await getCluster(db(), id);
    if (!cluster) throw notFound(`Cluster "${id}"`);
    return sendJson(c, cluster);
  });

  app.get('/v1/stories', async (c) => {
    const q = new Query(c);
    const orgs = q.list('org', isSlug, 'organisation ids, comma-separated');
    const themes = q.oneOf('theme', THEMES);
    const text = q.string('q');
    const lang = q.list('lang', isLang, 'a BCP 47 language tag')?.[0];
    const limit = q.limit();
    const cursor = q.string('cursor', { max: 500 });
    q.done();
    return sendJson(c, await listStories(db(), { orgs, themes, q: text, lang, limit, cursor }));
  });

  app.get('/v1/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = await getStory(db(), id);
    if (!story) throw notFound(`Story "${id}"`);
    return sendJson(c, story);
  });
}
