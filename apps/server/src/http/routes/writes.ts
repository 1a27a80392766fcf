/** An organisation's own content, with its API key: challenges, stories, its cluster profile. */
import type { Hono } from 'hono';
import {
  ChallengeInput,
  ChallengePatch,
  ClusterInput,
  ClusterPatch,
  StoryInput,
  StoryPatch,
} from '@entrypoint/sdk';
import * as content from '../../services/content.js';
import { type Deps, type Env, requireOrg, sendJson } from '../context.js';
import { readBody } from '../input.js';
import { recordEtag } from '../../services/versions.js';

export function writeRoutes(app: Hono<Env>, deps: Deps) {
  const { clock } = deps;
  const db = () => deps.store.db;
  const ifMatch = (c: Parameters<typeof sendJson>[0]) => ({ ifMatch: c.req.header('if-match') });
  const record = (c: Parameters<typeof sendJson>[0], body: object) =>
    sendJson(c, body, { visibility: 'private', etag: recordEtag(body) });
  const created = (c: Parameters<typeof sendJson>[0], body: { id: string }, path: string) => {
    c.header('Location', `${path}/${encodeURIComponent(body.id)}`);
    return sendJson(c, body, { status: 201, visibility: 'private' });
  };

  app.post('/v1/challenges', async (c) => {
    const orgId = await requireOrg(c, deps);
    const input = await readBody(c, ChallengeInput);
    return created(c, await content.createChallenge(db(), clock, orgId, input), '/v1/challenges');
  });
  app.patch('/v1/challenges/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const patch = await readBody(c, ChallengePatch);
    const id = c.req.param('id');
    return record(c, await content.updateChallenge(db(), clock, orgId, id, patch, ifMatch(c)));
  });
  app.delete('/v1/challenges/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    await content.removeChallenge(db(), orgId, c.req.param('id'));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });

  app.post('/v1/stories', async (c) => {
    const orgId = await requireOrg(c, deps);
    const input = await readBody(c, StoryInput);
    return created(c, await content.createStory(db(), clock, orgId, input), '/v1/stories');
  });
  app.patch('/v1/stories/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const patch = await readBody(c, StoryPatch);
    const id = c.req.param('id');
    return record(c, await content.updateStory(db(), orgId, id, patch, ifMatch(c)));
  });
  app.delete('/v1/stories/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    await content.removeStory(db(), orgId, c.req.param('id'));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });

  app.post('/v1/clusters', async (c) => {
    const orgId = await requireOrg(c, deps);
    const input = await readBody(c, ClusterInput);
    return created(c, await content.createCluster(db(), clock, orgId, input), '/v1/clusters');
  });
  app.patch('/v1/clusters/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const patch = await readBody(c, ClusterPatch);
    const id = c.req.param('id');
    return record(c, await content.updateCluster(db(), clock, orgId, id, patch, ifMatch(c)));
  });
  app.delete('/v1/clusters/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    await content.removeCluster(db(), orgId, c.req.param('id'));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });
}
