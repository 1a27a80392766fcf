/** Stories: public list, search and read, and the owner's writes. (The feeds are in feeds.ts.) */
import { Hono } from 'hono';
import { StoryInput, StoryPatch, THEMES } from '@entrypoint/sdk';
import * as content from '../../services/content.js';
import * as reads from '../../services/reads.js';
import { type Deps, type Env, sendJson } from '../context.js';
import { Query } from '../input.js';
import { ownerWrites } from './owner-writes.js';
import { recordEtag } from '../../services/versions.js';
import {
  cacheHeaders,
  enumParam,
  notModified,
  json,
  list,
  p,
  param,
  problems,
  ref,
  writeOps,
} from '../../openapi/shared.js';

export function storyRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.get('/v1/stories', async (c) => {
    const q = new Query(c);
    const orgs = q.orgs();
    const themes = q.oneOf('theme', THEMES);
    const challenge = q.recordId('challenge');
    const text = q.string('q');
    const lang = q.lang();
    const limit = q.limit();
    const cursor = q.cursor();
    q.done();
    const query = { orgs, themes, challenge, q: text, lang, limit, cursor };
    return sendJson(c, await reads.listStories(db(), query));
  });

  app.get('/v1/stories/:id', async (c) => {
    const record = await reads.readStory(db(), c.req.param('id'));
    return sendJson(c, record, { etag: recordEtag(record) });
  });

  ownerWrites(
    app,
    deps,
    '/v1/stories',
    { input: StoryInput, patch: StoryPatch },
    {
      create: content.createStory,
      update: content.updateStory,
      remove: content.removeStory,
    },
  );

  return app;
}

const writes = writeOps(
  'Stories',
  'Story',
  'StoryInput',
  'StoryPatch',
  'stories',
  'The Markdown `body` is rendered to `bodyHtml` and sanitized on write: no script, event handler or `javascript:` URL survives.',
);

/** `challenge`: the stories told about one challenge (it is among their `challengeIds`). */
export const challengeParam = param(
  'challenge',
  'Only the stories told about this challenge (the id is among their `challengeIds`).',
  { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$', maxLength: 100 },
);

export const storyPaths = {
  '/v1/stories': {
    ...list(
      'List stories',
      'Stories',
      'Story',
      [
        p.org,
        enumParam('theme', 'Stories with any of these themes.', THEMES),
        challengeParam,
        p.q,
        p.lang,
      ],
      { plural: 'Stories' },
    ),
    ...writes.collection,
  },
  '/v1/stories/{id}': {
    get: {
      tags: ['Stories'],
      summary: 'One story',
      operationId: 'getStory',
      parameters: [p.id],
      responses: {
        '200': {
          description: 'The story.',
          headers: cacheHeaders,
          content: json(ref('Story')),
        },
        ...notModified,
        ...problems(404),
      },
    },
    ...writes.item,
  },
};
