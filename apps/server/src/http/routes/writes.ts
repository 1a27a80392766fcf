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
import { type Deps, type Env, requireOrg, sendJson, writer } from '../context.js';
import { readBody } from '../input.js';

export function writeRoutes(app: Hono<Env>, deps: Deps) {
  const { clock } = deps;
  const db = () => deps.store.db;
  const created = (c: Parameters<typeof sendJson>[0], body: { id: string }, path: string) => {
    c.header('Location', `${path}/${encodeURIComponent(body.id)}`);
    return sendJson(c, body, { status: 201, visibility: 'private' });
  };

  app.post('/v1/challenges', async (c) => {
    const orgId = await requireOrg(c, deps);
    const input = await readBody(c, ChallengeInput);
    return created(
      c,
      await content.createChallenge(db(), clock, orgId, input, writer(c)),
      '/v1/challenges',
    );
  });
  app.patch('/v1/challenges/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const patch = await readBody(c, ChallengePatch);
    const updated = await content.updateChallenge(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      patch,
      writer(c),
    );
    return sendJson(c, updated, { visibility: 'private' });
  });
  app.delete('/v1/challenges/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    await content.removeChallenge(db(), clock, orgId, c.req.param('id'), writer(c));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });

  app.post('/v1/stories', async (c) => {
    const orgId = await requireOrg(c, deps);
    const input = await readBody(c, StoryInput);
    return created(
      c,
      await content.createStory(db(), clock, orgId, input, writer(c)),
      '/v1/stories',
    );
  });
  app.patch('/v1/stories/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const patch = await readBody(c, StoryPatch);
    const updated = await content.updateStory(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      patch,
      writer(c),
    );
    return sendJson(c, updated, { visibility: 'private' });
  });
  app.delete('/v1/stories/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    await content.removeStory(db(), clock, orgId, c.req.param('id'), writer(c));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });

  app.post('/v1/clusters', async (c) => {
    const orgId = await requireOrg(c, deps);
    const input = await readBody(c, ClusterInput);
    return created(
      c,
      await content.createCluster(db(), clock, orgId, input, writer(c)),
      '/v1/clusters',
    );
  });
  app.patch('/v1/clusters/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const patch = await readBody(c, ClusterPatch);
    const updated = await content.updateCluster(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      patch,
      writer(c),
    );
    return sendJson(c, updated, { visibility: 'private' });
  });
  app.delete('/v1/clusters/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    await content.removeCluster(db(), clock, orgId, c.req.param('id'), writer(c));
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });
}
