/** Stories: public list, search and read, and the owner's writes. (The feeds are in feeds.ts.) */
import { Hono } from 'hono';
import { StoryInput, StoryPatch, THEMES } from '@entrypoint/sdk';
import * as content from '../../services/content.js';
import * as reads from '../../services/reads.js';
import { type Deps, type Env, sendJson } from '../context.js';
import { Query } from '../input.js';
import { viewerOrg } from '../staff-access.js';
import { ownerWrites } from './owner-writes.js';
import { recordEtag } from '../../services/versions.js';
import {
  cacheHeaders,
  enumParam,
  notModified,
  optionalSecurity,
  orgHeader,
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
    // A scheduled story is listed only for its own organisation's key or staff.
    const viewer = await viewerOrg(c, deps);
    const publishedBy = deps.clock.now().toISOString();
    const query = { orgs, themes, challenge, q: text, lang, limit, cursor, publishedBy, viewer };
    return sendJson(c, await reads.listStories(db(), query), {
      visibility: viewer ? 'private' : 'public',
    });
  });

  app.get('/v1/stories/:id', async (c) => {
    const viewer = await viewerOrg(c, deps);
    const record = await reads.readStory(db(), c.req.param('id'), deps.clock.now(), viewer);
    return sendJson(c, record, {
      etag: recordEtag(record),
      visibility: viewer ? 'private' : 'public',
    });
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
  'The Markdown `body` is rendered to `bodyHtml` and sanitized on write: no script, event handler or `javascript:` URL survives. A `publishedAt` in the future schedules the story: it is public from that time. An `image.url` of this server’s own `/media/` (`POST /v1/images`) gets its `image.srcset` filled in by the server.',
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
        orgHeader,
      ],
      {
        plural: 'Stories',
        description:
          "Newest first (with `q`, most relevant first). A story whose `publishedAt` is still to come is scheduled: it is not listed publicly (nor in the feeds) until that time; with an API key, or a staff session naming its organisation in `Entrypoint-Org`, that organisation's scheduled stories are included (and the answer is not cached).",
        withKey: true,
      },
    ),
    ...writes.collection,
  },
  '/v1/stories/{id}': {
    get: {
      tags: ['Stories'],
      summary: 'One story',
      description:
        "A scheduled story (its `publishedAt` still to come) is found only with its owner's API key, or a session of its staff naming the owner in `Entrypoint-Org`; for everyone else it answers 404 until its time.",
      operationId: 'getStory',
      security: optionalSecurity,
      parameters: [p.id, orgHeader],
      responses: {
        '200': {
          description: 'The story.',
          headers: cacheHeaders,
          content: json(ref('Story')),
        },
        ...notModified,
        ...problems(401, 403, 404),
      },
    },
    ...writes.item,
  },
};
