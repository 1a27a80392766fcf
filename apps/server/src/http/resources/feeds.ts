/**
 * Stories as RSS 2.0, Atom and JSON Feed 1.1 per `org` and `lang` (built by
 * services/feeds/), and the story's page (`/stories/{id}`) each item links to.
 */
import { type Context, Hono } from 'hono';
import { isLang, isSlug, localize, type Story } from '@entrypoint/sdk';
import { getStory, isPublished } from '../../store/stories.js';
import { getOrganization } from '../../store/organizations.js';
import { storyFeed, type FeedFormat } from '../../services/feeds/index.js';
import { escapeHtml } from '../../services/feeds/text.js';
import { feedWords } from '../../services/feeds/i18n.js';
import { publicChallengeTitles } from '../../store/challenges.js';
import { type Deps, type Env, PAGE_CSP, send } from '../context.js';
import { Query } from '../input.js';
import { challengeParam } from './stories.js';
import { HttpProblem } from '../problem.js';
import {
  cacheHeaders,
  limit,
  notModified,
  p,
  problems,
  ref,
  type Json,
} from '../../openapi/shared.js';

/** The public root URL: PUBLIC_URL, else (development only, see config.ts) the request's origin. */
function baseUrl(c: Context, deps: Deps) {
  return (deps.options.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
}

async function sendFeed(c: Context<Env>, deps: Deps, format: FeedFormat) {
  const q = new Query(c);
  const orgs = q.list('org', isSlug, 'organisation ids, comma-separated');
  const challenge = q.recordId('challenge');
  const lang = q.list('lang', isLang, 'a BCP 47 language tag')?.[0];
  const limit = q.limit(30, 100);
  q.done();
  const feed = await storyFeed(deps.store.db, {
    format,
    orgs,
    challenge,
    lang,
    limit,
    base: baseUrl(c, deps),
    publicDir: deps.options.publicDir,
    now: deps.clock.now(),
  });
  if (!feed) throw new HttpProblem(404, `Organization "${orgs?.[0]}" does not exist`);
  return send(c, feed.body, feed.contentType);
}

export function feedRoutes(deps: Deps) {
  const app = new Hono<Env>();
  app.get('/v1/stories/feed.rss', (c) => sendFeed(c, deps, 'rss'));
  app.get('/v1/stories/feed.atom', (c) => sendFeed(c, deps, 'atom'));
  app.get('/v1/stories/feed.json', (c) => sendFeed(c, deps, 'json'));

  // The page each feed item links to: the story, readable without JavaScript,
  // naming its organisation with a link back to the organisation's website.
  app.get('/stories/:id', async (c) => {
    const db = deps.store.db;
    const found: Story | undefined = await getStory(db, c.req.param('id'));
    // A scheduled story has no public page until its time.
    const story = found && isPublished(found, deps.clock.now()) ? found : undefined;
    if (!story) throw new HttpProblem(404, `Story "${c.req.param('id')}" does not exist`);
    const org = await getOrganization(db, story.orgId);
    const lang = c.req.query('lang');
    const fb = org ? [org.defaultLanguage] : [];
    const title = localize(story.title, lang, fb);
    const body = localize(story.body, lang, fb);
    const pageLang = title?.lang ?? 'en';
    const pick = (text: Record<string, string>) => localize(text, pageLang, [lang, ...fb]);
    const html = (body && story.bodyHtml[body.lang]) || '';
    const image = story.image
      ? `<img src="${escapeHtml(story.image.url)}" alt="${escapeHtml(pick(story.image.alt)?.text ?? '')}">`
      : '';
    const { words } = feedWords(pageLang);
    const orgName = org ? (pick(org.name)?.text ?? org.id) : story.orgId;
    const owner = org?.website
      ? `<a href="${escapeHtml(org.website)}" rel="author"><bdi>${escapeHtml(orgName)}</bdi></a>`
      : `<bdi>${escapeHtml(orgName)}</bdi>`;
    const titles = await publicChallengeTitles(db, story.challengeIds);
    const base = baseUrl(c, deps);
    const challenges = story.challengeIds.flatMap((id) => {
      const t = titles.get(id);
      if (!t) return [];
      const href = `${base}/v1/challenges/${encodeURIComponent(id)}`;
      return [
        `<li><a href="${escapeHtml(href)}" dir="auto">${escapeHtml(pick(t)?.text ?? id)}</a></li>`,
      ];
    });
    const page = `<!doctype html><html lang="${escapeHtml(pageLang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title?.text ?? '')} – ${escapeHtml(orgName)}</title>
<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}img{max-width:100%;height:auto}header{color:#444}</style>
</head><body><header><p>${escapeHtml(words.publishedBy)} ${owner}</p></header>
<main><article><h1 dir="auto">${escapeHtml(title?.text ?? '')}</h1>
<p dir="auto"><strong>${escapeHtml(pick(story.summary)?.text ?? '')}</strong></p>${image}${html}
${challenges.length ? `<h2>${escapeHtml(words.challenges)}</h2><ul>${challenges.join('')}</ul>` : ''}
<p><small>${owner} · <time datetime="${escapeHtml(story.publishedAt)}">${escapeHtml(story.publishedAt.slice(0, 10))}</time></small></p>
</article></main></body></html>`;
    c.header('Content-Security-Policy', PAGE_CSP);
    return send(c, page, 'text/html; charset=utf-8');
  });

  return app;
}

export const feedPaths = Object.fromEntries(
  (
    [
      ['rss', 'RSS 2.0', 'application/rss+xml'],
      ['atom', 'Atom 1.0', 'application/atom+xml'],
      ['json', 'JSON Feed 1.1', 'application/feed+json'],
    ] as const
  ).map(([ext, name, type]) => [
    `/v1/stories/feed.${ext}`,
    {
      get: {
        tags: ['Stories'],
        summary: `Stories as ${name}`,
        description:
          "Each item carries its summary, the full HTML and the image, and links to the story's page. Texts in `lang`, else the owner's default language, else English, else the first present.",
        operationId: `storiesFeed${ext[0]!.toUpperCase()}${ext.slice(1)}`,
        parameters: [p.org, challengeParam, p.lang, limit(30)],
        responses: {
          '200': {
            description: `The feed (${name}).`,
            headers: cacheHeaders,
            content: { [type]: { schema: ext === 'json' ? ref('JsonFeed') : { type: 'string' } } },
          },
          ...notModified,
          ...problems(400, 404),
        },
      },
    },
  ]),
);

const author = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    avatar: { type: 'string', format: 'uri' },
  },
};

/**
 * JSON Feed 1.1, as a schema (the fields of the version 1.1 spec; extensions
 * start with `_`). The stories feed fills the ones the description names.
 * @see https://www.jsonfeed.org/version/1.1/
 */
export const JsonFeed: Json = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string' },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    user_comment: { type: 'string' },
    next_url: { type: 'string', format: 'uri' },
    icon: { type: 'string', format: 'uri' },
    favicon: { type: 'string', format: 'uri' },
    authors: { type: 'array', items: author },
    language: { type: 'string' },
    expired: { type: 'boolean' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          external_url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          content_text: { type: 'string' },
          summary: { type: 'string' },
          image: { type: 'string', format: 'uri' },
          banner_image: { type: 'string', format: 'uri' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          authors: { type: 'array', items: author },
          tags: { type: 'array', items: { type: 'string' } },
          language: { type: 'string' },
          attachments: {
            type: 'array',
            items: {
              type: 'object',
              required: ['url', 'mime_type'],
              properties: {
                url: { type: 'string', format: 'uri' },
                mime_type: { type: 'string' },
                title: { type: 'string' },
                size_in_bytes: { type: 'integer', minimum: 0 },
                duration_in_seconds: { type: 'number', minimum: 0 },
              },
            },
          },
        },
      },
    },
  },
};
