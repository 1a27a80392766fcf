/**
 * Stories as RSS 2.0, Atom and JSON Feed 1.1 (the `feed` library), per `org`
 * and `lang`: each item carries its summary, full HTML and image, and links to
 * the story's page (`/stories/{id}`), as RSS-to-email tools expect.
 */
import type { Context, Hono } from 'hono';
import { Feed } from 'feed';
import { localize, type Story } from '@entrypoint/sdk';
import { listStories, getStory } from '../../store/stories.js';
import { getOrganization } from '../../store/organizations.js';
import { type Deps, type Env, PAGE_CSP, send } from '../context.js';
import { isLang, isSlug, Query } from '../input.js';
import { HttpProblem } from '../problem.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function baseUrl(c: Context, deps: Deps) {
  return (deps.options.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
}

async function buildFeed(c: Context<Env>, deps: Deps) {
  const q = new Query(c);
  const orgs = q.list('org', isSlug, 'organisation ids, comma-separated');
  const lang = q.list('lang', isLang, 'a BCP 47 language tag')?.[0];
  const limit = q.limit(30, 100);
  q.done();
  const db = deps.store.db;
  const base = baseUrl(c, deps);
  const owner = orgs?.length === 1 ? await getOrganization(db, orgs[0]!) : undefined;
  if (orgs?.length === 1 && !owner)
    throw new HttpProblem(404, `Organization "${orgs[0]}" does not exist`);
  const fallbacks = owner ? [owner.defaultLanguage] : [];
  const { data } = await listStories(db, { orgs, limit });
  const query = new URLSearchParams();
  if (orgs) query.set('org', orgs.join(','));
  if (lang) query.set('lang', lang);
  const qs = query.size ? `?${query}` : '';
  const ownerName = owner ? localize(owner.name, lang, fallbacks)?.text : undefined;
  const feed = new Feed({
    title: ownerName ? `${ownerName}: stories` : 'Entrypoint stories',
    description: 'Good examples of innovation with the public sector',
    id: `${base}/v1/stories${qs}`,
    link: owner?.website ?? `${base}/`,
    language: lang ?? owner?.defaultLanguage ?? 'en',
    updated: data[0] ? new Date(data[0].publishedAt) : new Date(0),
    generator: 'Entrypoint',
    copyright: ownerName ?? 'Entrypoint',
    feedLinks: {
      rss: `${base}/v1/stories/feed.rss${qs}`,
      atom: `${base}/v1/stories/feed.atom${qs}`,
      json: `${base}/v1/stories/feed.json${qs}`,
    },
  });
  for (const story of data) {
    const pick = (t: Record<string, string>) => localize(t, lang, fallbacks)?.text ?? '';
    const bodyLang = localize(story.body, lang, fallbacks)?.lang;
    const html = (bodyLang && story.bodyHtml[bodyLang]) || '';
    const link = `${base}/stories/${encodeURIComponent(story.id)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
    feed.addItem({
      title: pick(story.title),
      id: link,
      link,
      description: pick(story.summary),
      content: html,
      date: new Date(story.publishedAt),
      published: new Date(story.publishedAt),
      ...(story.image
        ? {
            image: {
              url: story.image.url,
              type: imageType(story.image.url),
              title: pick(story.image.alt),
            },
          }
        : {}),
      ...(story.author ? { author: [{ name: story.author.name }] } : {}),
      category: story.themes.map((t) => ({ name: t, term: t })),
    });
  }
  return { feed, lang: lang ?? owner?.defaultLanguage };
}

function imageType(url: string) {
  const ext = url.split('?')[0]?.split('.').pop()?.toLowerCase();
  return ext === 'png'
    ? 'image/png'
    : ext === 'webp'
      ? 'image/webp'
      : ext === 'svg'
        ? 'image/svg+xml'
        : 'image/jpeg';
}

export function feedRoutes(app: Hono<Env>, deps: Deps) {
  app.get('/v1/stories/feed.rss', async (c) => {
    const { feed } = await buildFeed(c, deps);
    return send(c, feed.rss2(), 'application/rss+xml; charset=utf-8');
  });
  app.get('/v1/stories/feed.atom', async (c) => {
    const { feed } = await buildFeed(c, deps);
    return send(c, feed.atom1(), 'application/atom+xml; charset=utf-8');
  });
  app.get('/v1/stories/feed.json', async (c) => {
    const { feed, lang } = await buildFeed(c, deps);
    // The library writes JSON Feed 1.0; 1.1 renames `author` to `authors` and adds `language`.
    const json = JSON.parse(feed.json1()) as Record<string, unknown> & {
      items?: Array<Record<string, unknown>>;
    };
    json.version = 'https://jsonfeed.org/version/1.1';
    if (lang) json.language = lang;
    for (const item of json.items ?? []) {
      if (item.author) {
        item.authors = [item.author];
        delete item.author;
      }
    }
    return send(c, JSON.stringify(json), 'application/feed+json; charset=utf-8');
  });

  // The page each feed item links to: the story, readable without JavaScript.
  app.get('/stories/:id', async (c) => {
    const story: Story | undefined = await getStory(deps.store.db, c.req.param('id'));
    if (!story) throw new HttpProblem(404, `Story "${c.req.param('id')}" does not exist`);
    const org = await getOrganization(deps.store.db, story.orgId);
    const lang = c.req.query('lang');
    const fb = org ? [org.defaultLanguage] : [];
    const title = localize(story.title, lang, fb);
    const body = localize(story.body, lang, fb);
    const html = (body && story.bodyHtml[body.lang]) || '';
    const image = story.image
      ? `<img src="${escapeHtml(story.image.url)}" alt="${escapeHtml(localize(story.image.alt, lang, fb)?.text ?? '')}">`
      : '';
    const page = `<!doctype html><html lang="${escapeHtml(title?.lang ?? 'en')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title?.text ?? '')}</title>
<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}img{max-width:100%;height:auto}</style>
</head><body><main><article><h1 dir="auto">${escapeHtml(title?.text ?? '')}</h1>
<p dir="auto"><strong>${escapeHtml(localize(story.summary, lang, fb)?.text ?? '')}</strong></p>${image}${html}
<p><small><bdi>${escapeHtml(org ? (localize(org.name, lang, fb)?.text ?? '') : '')}</bdi> · <time datetime="${escapeHtml(story.publishedAt)}">${escapeHtml(story.publishedAt.slice(0, 10))}</time></small></p>
</article></main></body></html>`;
    c.header('Content-Security-Policy', PAGE_CSP);
    return send(c, page, 'text/html; charset=utf-8');
  });
}
