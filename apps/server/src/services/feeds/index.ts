/**
 * The stories as feeds: RSS 2.0 (rss.ts), Atom (atom.ts) and JSON Feed 1.1
 * (json.ts), for one owner or all, in a language. This module reads the
 * stories and decides what each feed says; the serialisers only write it out.
 *
 * - Every text is picked with the SDK's `localize`: the language asked for,
 *   then the story's owner's default language, then English, then the first
 *   present. An item whose text fell back says which language it is in.
 * - Every link and image is absolute against `base`, the server's public URL
 *   (relative ones in story HTML too), so they work in a reader and in e-mail.
 * - The image leads the item's HTML as well as sitting in the format's own
 *   image field, so RSS-to-email tools that read only the HTML find it.
 */
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Kysely } from 'kysely';
import { localize, type Challenge, type Organization, type Story } from '@entrypoint/sdk';
import type { Database } from '../../store/schema.js';
import { listStories } from '../../store/stories.js';
import { getOrganization } from '../../store/organizations.js';
import { publicChallengeTitles } from '../../store/challenges.js';
import { absoluteUrls } from '../markdown.js';
import { feedWords } from './i18n.js';
import { escapeHtml } from './text.js';
import { rssFeed } from './rss.js';
import { atomFeed } from './atom.js';
import { jsonFeed } from './json.js';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** A text and the language it is in. */
export interface FeedText {
  text: string;
  lang: string;
}

export interface FeedImage {
  url: string;
  type: string;
  alt: string;
  /** Size in bytes, when known (the server's own files); never a guess. */
  length?: number | undefined;
}

export interface FeedItem {
  /** The story's page, which is also its id in the feed. */
  url: string;
  /** The language of the item's texts; `lang` of the feed unless they fell back. */
  lang: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** Sanitized HTML with absolute links, led by the image. */
  html: string;
  image?: FeedImage | undefined;
  published: Date;
  author?: string | undefined;
  tags: string[];
}

export interface FeedModel {
  /** The feed's id: the stories it lists, as an API address. */
  id: string;
  /** The feed's language (the one asked for, else the owner's, else `en`). */
  lang: string;
  title: FeedText;
  description: FeedText;
  /** The owner's website, else the server's root. */
  homeUrl: string;
  /** Each format's own address, with the same query. */
  urls: Record<FeedFormat, string>;
  /** Who the stories are by, for Atom's required feed author. */
  publisher: string;
  logoUrl?: string | undefined;
  /** The newest story's date; the epoch for an empty feed. */
  updated: Date;
  items: FeedItem[];
}

export interface StoryFeedQuery {
  format: FeedFormat;
  orgs?: string[] | undefined;
  /** Only the stories told about this challenge. */
  challenge?: string | undefined;
  lang?: string | undefined;
  limit: number;
  /** The server's public root URL (PUBLIC_URL), without a trailing slash. */
  base: string;
  /** The folder served at `/`: lets an image of the server's own carry its real size. */
  publicDir?: string | undefined;
  /** Now: a story whose `publishedAt` is later is scheduled, and left out. */
  now: Date;
}

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** The feed as text and its media type; `undefined` when the one `org` asked for does not exist. */
export async function storyFeed(
  db: Kysely<Database>,
  query: StoryFeedQuery,
): Promise<{ body: string; contentType: string } | undefined> {
  const model = await feedModel(db, query);
  if (!model) return undefined;
  const write = { rss: rssFeed, atom: atomFeed, json: jsonFeed }[query.format];
  return { body: write(model), contentType: CONTENT_TYPES[query.format] };
}

async function feedModel(
  db: Kysely<Database>,
  { orgs, challenge, lang, limit, base, publicDir, now }: StoryFeedQuery,
): Promise<FeedModel | undefined> {
  const single = orgs?.length === 1 ? orgs[0] : undefined;
  const owner = single === undefined ? undefined : await getOrganization(db, single);
  if (single !== undefined && !owner) return undefined;

  const publishedBy = now.toISOString();
  const { data } = await listStories(db, { orgs, challenge, limit, publishedBy });
  const owners = await ownersOf(db, data, owner);
  const challenges = await publicChallengeTitles(
    db,
    data.flatMap((s) => s.challengeIds),
  );

  const feedLang = lang ?? owner?.defaultLanguage ?? 'en';
  const { words, lang: wordsLang } = feedWords(feedLang);
  const ownerName = owner ? localize(owner.name, feedLang, [owner.defaultLanguage]) : undefined;
  const query = new URLSearchParams();
  if (orgs) query.set('org', orgs.join(','));
  if (challenge) query.set('challenge', challenge);
  if (lang) query.set('lang', lang);
  const qs = query.size ? `?${query}` : '';
  const feedUrl = (ext: string) => `${base}/v1/stories/feed.${ext}${qs}`;

  const items = await Promise.all(
    data.map((story) =>
      feedItem(story, {
        lang,
        fallbacks: [owners.get(story.orgId)?.defaultLanguage],
        challenges,
        base,
        publicDir,
      }),
    ),
  );

  return {
    id: `${base}/v1/stories${qs}`,
    lang: feedLang,
    title: { text: words.title(ownerName?.text), lang: wordsLang },
    description: { text: words.description, lang: wordsLang },
    homeUrl: owner?.website ?? `${base}/`,
    urls: { rss: feedUrl('rss'), atom: feedUrl('atom'), json: feedUrl('json') },
    publisher: ownerName?.text ?? 'Entrypoint',
    logoUrl: owner?.logoUrl,
    updated: items[0]?.published ?? new Date(0),
    items,
  };
}

interface ItemContext {
  lang: string | undefined;
  /** The story's owner's default language. */
  fallbacks: Array<string | undefined>;
  challenges: Map<string, Challenge['title']>;
  base: string;
  publicDir: string | undefined;
}

async function feedItem(story: Story, context: ItemContext): Promise<FeedItem> {
  const { lang, fallbacks, base } = context;
  // A title is never empty (the schema needs one language at least).
  const title = localize(story.title, lang, fallbacks)!;
  // The rest of the item in the title's language where it has it.
  const pick = (text: Record<string, string>) => localize(text, title.lang, [lang, ...fallbacks]);
  const body = pick(story.body);
  const image = story.image && {
    url: story.image.url,
    type: imageType(story.image.url),
    alt: pick(story.image.alt)?.text ?? '',
    length: await ownFileLength(story.image.url, base, context.publicDir),
  };
  const challenges = story.challengeIds.flatMap((id) => {
    const titles = context.challenges.get(id);
    return titles ? [{ id, title: pick(titles)?.text ?? id }] : [];
  });
  const html = [
    image ? `<p><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}"></p>` : '',
    absoluteUrls((body && story.bodyHtml[body.lang]) ?? '', base),
    challenges.length ? challengeLinks(challenges, title.lang, base) : '',
  ].join('');
  return {
    url: `${base}/stories/${encodeURIComponent(story.id)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`,
    lang: title.lang,
    title: title.text,
    summary: pick(story.summary)?.text ?? '',
    html,
    image,
    published: new Date(story.publishedAt),
    author: story.author?.name,
    tags: story.themes,
  };
}

/** The challenges a story tells about, as a list of links under a heading in `lang`. */
function challengeLinks(
  challenges: Array<{ id: string; title: string }>,
  lang: string,
  base: string,
) {
  const links = challenges.map(
    ({ id, title }) =>
      `<li><a href="${escapeHtml(`${base}/v1/challenges/${encodeURIComponent(id)}`)}">${escapeHtml(title)}</a></li>`,
  );
  return `<h3>${escapeHtml(feedWords(lang).words.challenges)}</h3><ul>${links.join('')}</ul>`;
}

/** The owners of the stories, for each story's fallback language. */
async function ownersOf(
  db: Kysely<Database>,
  stories: Story[],
  known: Organization | undefined,
): Promise<Map<string, Organization>> {
  const ids = [...new Set(stories.map((s) => s.orgId))];
  const found = await Promise.all(
    ids.map(async (id) => (id === known?.id ? known : await getOrganization(db, id))),
  );
  return new Map(found.flatMap((org) => (org ? [[org.id, org] as const] : [])));
}

function imageType(url: string): string {
  const ext = new URL(url).pathname.split('.').pop()?.toLowerCase();
  const types: Record<string, string> = {
    png: 'image/png',
    gif: 'image/gif',
    webp: 'image/webp',
    avif: 'image/avif',
    svg: 'image/svg+xml',
  };
  return (ext && types[ext]) ?? 'image/jpeg';
}

/** The size of an image the server serves itself from `publicDir`; `undefined` for any other. */
async function ownFileLength(
  url: string,
  base: string,
  publicDir: string | undefined,
): Promise<number | undefined> {
  if (!publicDir || !url.startsWith(`${base}/`)) return undefined;
  const root = resolve(publicDir);
  let path: string;
  try {
    path = resolve(root, `.${decodeURIComponent(new URL(url).pathname)}`);
  } catch {
    return undefined;
  }
  if (!path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info.size : undefined;
}
