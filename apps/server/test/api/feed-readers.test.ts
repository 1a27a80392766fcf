/**
 * Every feed variant (RSS, Atom, JSON Feed × one owner or all × languages) as
 * integrators' tools read it, before and after a story with odd content:
 *
 * - a strict XML parser (saxes) accepts every RSS and Atom document;
 * - three feed readers nobody here wrote (rss-parser, feedsmith,
 *   @extractus/feed-extractor) show the channel title and language, each
 *   item's title, language, absolute link and image, as a newsletter would;
 * - the odd text reads back as written, less what XML cannot carry, and
 *   markup in it never turns into live HTML.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import RssParser from 'rss-parser';
import { parseFeed } from 'feedsmith';
import { extract } from '@extractus/feed-extractor';
import { openTestServer } from '../helpers/server.js';
import { putStory } from '../helpers/stories.js';
import { parseXml } from '../helpers/xml.js';
import { hasLiveMarkup, ODD_STORABLE, shown, XSS_BODY } from '../helpers/odd-content.js';

const PUBLIC_URL = 'https://stories.example.org';
const { server } = await openTestServer({ publicUrl: PUBLIC_URL });

const swedish = await server.org({ defaultLanguage: 'sv' });
const english = await server.org({ defaultLanguage: 'en' });

/** The language each story title is written in, to check what a reader says it is. */
const languageOf = new Map<string, string>();
async function story(orgId: string, texts: Record<string, string>, n: number) {
  const loc = (f: (t: string) => string) =>
    Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, f(t)]));
  for (const [lang, title] of Object.entries(texts)) languageOf.set(title, lang);
  return putStory(server.store, orgId, {
    title: texts,
    summary: loc((t) => `About ${t}`),
    body: loc((t) => `## ${t}\n\nMore on [the next one](/stories/next).`),
    image: { url: `${PUBLIC_URL}/demo-images/winter-bus.png`, alt: loc((t) => `Picture: ${t}`) },
    author: { name: 'Linnea Åkerholm', role: 'Chef' },
    publishedAt: `2026-01-0${n}T08:00:00Z`,
  });
}
await story(swedish.id, { sv: 'Bussen i snön', en: 'The bus in the snow' }, 1);
await story(swedish.id, { sv: 'Halkan syns' }, 2);
await story(english.id, { en: 'Heat from the harbour', fi: 'Lämpöä satamasta' }, 3);

const FORMATS = ['rss', 'atom', 'json'] as const;
type Format = (typeof FORMATS)[number];
const OWNERS = [swedish.id, undefined] as const;
const LANGS = [undefined, 'en', 'sv', 'nb', 'fi', 'ar'] as const;
const VARIANTS = FORMATS.flatMap((format) =>
  OWNERS.flatMap((org) => LANGS.map((lang) => ({ format, org, lang }))),
);
const name = (v: (typeof VARIANTS)[number]) =>
  `${v.format} org=${v.org ? 'one' : 'all'} lang=${v.lang ?? '-'}`;

function feedUrl({ format, org, lang }: (typeof VARIANTS)[number]) {
  const q = new URLSearchParams();
  if (org) q.set('org', org);
  if (lang) q.set('lang', lang);
  return `${server.url}/v1/stories/feed.${format}?${q}`;
}

/** The channel title a reader should show for a variant. */
function channelTitle({ org, lang }: (typeof VARIANTS)[number]) {
  const word =
    { sv: 'berättelser', nb: 'historier', fi: 'tarinat' }[(lang ?? (org ? 'sv' : 'en')) as 'sv'] ??
    'stories';
  if (!org) return `Entrypoint: ${word}`;
  return `${lang === 'en' ? 'Test city' : 'Teststad'} ${org}: ${word}`;
}

/** What a newsletter shows of a feed. */
interface Shown {
  title: string;
  language: string | undefined;
  items: Array<{
    title: string;
    link: string;
    image: string;
    language: string | undefined;
    html: string;
  }>;
}

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each reader's own output shape

const rssParser = new RssParser<Loose, Loose>({
  customFields: { item: ['media:content', 'dc:language'] },
});

/** Each reader, the formats it reads, and whether it tells languages. */
const READERS: Array<{
  reader: string;
  formats: readonly Format[];
  languages: boolean;
  /** What the reader shows of a plain-text title that went into the XML formats as written. */
  titleShown(title: string, format: Format): string;
  read(url: string, format: Format): Promise<Shown>;
}> = [
  {
    reader: 'rss-parser',
    formats: ['rss', 'atom'],
    // It reads an RSS channel's language, but nothing of Atom's xml:lang.
    languages: false,
    titleShown: (title) => title,
    async read(url) {
      const feed = await rssParser.parseString(await (await fetch(url)).text());
      return {
        title: feed.title!,
        language: feed.language as string | undefined,
        items: feed.items.map((i) => ({
          title: i.title!,
          link: i.link!,
          image: (i['media:content'] as Loose).$.url as string,
          language: i['dc:language'] as string | undefined,
          html: (i['content:encoded'] ?? i.content) as string,
        })),
      };
    },
  },
  {
    reader: 'feedsmith',
    formats: FORMATS,
    languages: true,
    titleShown: (title) => title,
    async read(url, format) {
      const text = await (await fetch(url)).text();
      const { feed } = parseFeed(format === 'json' ? JSON.parse(text) : text) as {
        feed: Loose;
      };
      if (format === 'rss')
        return {
          title: feed.title,
          language: feed.language,
          items: (feed.items as Loose[]).map((i) => ({
            title: i.title,
            link: i.link,
            image: i.media.contents[0].url,
            language: i.dc?.languages?.[0],
            html: i.content.encoded,
          })),
        };
      if (format === 'atom')
        return {
          title: feed.title.value,
          language: feed.xml?.lang,
          items: (feed.entries as Loose[]).map((e) => ({
            title: e.title.value,
            link: (e.links as Loose[]).find((l) => l.rel === 'alternate')!.href,
            image: e.media.contents[0].url,
            language: e.xml?.lang,
            html: e.content.value,
          })),
        };
      return {
        title: feed.title,
        language: feed.language,
        items: (feed.items as Loose[]).map((i) => ({
          title: i.title,
          link: i.url,
          image: i.image,
          language: i.language,
          html: i.content_html,
        })),
      };
    },
  },
  {
    reader: '@extractus/feed-extractor',
    formats: FORMATS,
    languages: true,
    // Its XML parser decodes entities twice: a title that says `&amp;` shows `&`.
    titleShown: (title, format) => (format === 'json' ? title : title.replaceAll('&amp;', '&')),
    async read(url) {
      const feed = await extract(url, {
        descriptionMaxLen: 0,
        getExtraEntryFields: (raw) => ({ raw }),
      });
      return {
        title: feed.title!,
        language: feed.language,
        items: (feed.entries ?? []).map((e) => {
          const raw = e.raw as Loose;
          return {
            title: e.title!,
            link: e.link!,
            image: raw['media:content']?.['@_url'] ?? raw.image,
            language: raw['dc:language'] ?? raw['@_xml:lang'] ?? raw.language,
            html: raw['content:encoded'] ?? raw.content?.['#text'] ?? raw.content_html,
          };
        }),
      };
    },
  },
];

const CASES = READERS.flatMap((r) =>
  VARIANTS.filter((v) => r.formats.includes(v.format)).map((v) => ({ ...r, variant: v })),
);

/** What every reader must show of every variant, whatever the stories are. */
async function checkAsNewsletter(c: (typeof CASES)[number]) {
  const { variant } = c;
  const feed = await c.read(feedUrl(variant), variant.format);
  expect(feed.title).toBe(channelTitle(variant));
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items) {
    expect(item.title).not.toBe('');
    expect(item.link).toMatch(new RegExp(`^${PUBLIC_URL}/stories/story-[a-z]+`));
    expect(item.image).toBe(`${PUBLIC_URL}/demo-images/winter-bus.png`);
    expect(item.html.startsWith(`<p><img src="${item.image}" alt="`)).toBe(true);
    expect(item.html).toContain(`<a href="${PUBLIC_URL}/stories/next"`);
    expect(hasLiveMarkup(item.html)).toBe(false);
  }
  return feed;
}

/** The feed's language, and each item's own where it differs, as the reader tells them. */
async function checkLanguages(c: (typeof CASES)[number]) {
  const { variant } = c;
  const feed = await c.read(feedUrl(variant), variant.format);
  expect(feed.language).toBe(variant.lang ?? (variant.org ? 'sv' : 'en'));
  const titles = new Map(
    [...languageOf].map(([title, lang]) => [c.titleShown(title, variant.format), lang]),
  );
  for (const item of feed.items)
    expect([item.title, item.language ?? feed.language]).toEqual([
      item.title,
      titles.get(item.title),
    ]);
}

/** The readers that tell languages, on each variant they read. */
const LANGUAGE_CASES = CASES.filter((c) => c.languages);

describe('every feed variant', () => {
  it.each(VARIANTS.filter((v) => v.format !== 'json').map((v) => [name(v), v] as const))(
    'is well-formed XML for a strict parser: %s',
    async (_, variant) => {
      const res = await fetch(feedUrl(variant));
      expect(res.status).toBe(200);
      expect(() => parseXml(ODD_STORABLE)).toThrow();
      parseXml(await res.text());
    },
  );

  it.each(CASES.map((c) => [c.reader, name(c.variant), c] as const))(
    '%s shows it as a newsletter would: %s',
    async (_r, _v, c) => {
      await checkAsNewsletter(c);
    },
  );

  it.each(LANGUAGE_CASES.map((c) => [c.reader, name(c.variant), c] as const))(
    '%s tells the feed language and each fallen-back item its own: %s',
    async (_r, _v, c) => {
      await checkLanguages(c);
    },
  );
});

describe('after a story with odd content', () => {
  const odd = {
    sv: `SV ${ODD_STORABLE}`,
    ar: `AR ${ODD_STORABLE}`,
  };
  const long = 'Långt stycke, '.repeat(2000);

  beforeAll(async () => {
    languageOf.set(shown(odd.sv), 'sv');
    languageOf.set(shown(odd.ar), 'ar');
    const s = await putStory(server.store, swedish.id, {
      title: odd,
      summary: odd,
      body: {
        sv: `${odd.sv}\n\n${XSS_BODY}\n\n${long}\n\n[the next one](/stories/next)`,
        ar: `${odd.ar}\n\n${long}\n\n[the next one](/stories/next)`,
      },
      image: { url: `${PUBLIC_URL}/demo-images/winter-bus.png`, alt: odd },
      author: { name: ODD_STORABLE },
      publishedAt: '2026-02-01T00:00:00Z',
    });
    if (!s.bodyHtml.sv?.includes('\u000B'))
      throw new Error('Setup: U+000B did not reach the stored HTML');
  });

  it.each(LANGUAGE_CASES.map((c) => [c.reader, name(c.variant), c] as const))(
    '%s still tells the languages: %s',
    async (_r, _v, c) => {
      await checkLanguages(c);
    },
  );

  it.each(VARIANTS.filter((v) => v.format !== 'json').map((v) => [name(v), v] as const))(
    'every XML variant stays well-formed: %s',
    async (_, variant) => {
      const xml = await (await fetch(feedUrl(variant))).text();
      expect(xml).toContain('onerror=alert(1)');
      parseXml(xml);
    },
  );

  it.each(CASES.map((c) => [c.reader, name(c.variant), c] as const))(
    '%s shows the odd story as written, inert: %s',
    async (_r, _v, c) => {
      const feed = await checkAsNewsletter(c);
      const expected = c.titleShown(
        shown(c.variant.lang === 'ar' ? odd.ar : odd.sv),
        c.variant.format,
      );
      const item = feed.items.find((i) => i.title.includes(ODD_STORABLE.slice(0, 5)));
      expect(item?.title).toBe(expected);
      expect(item?.html).toContain('Långt stycke, Långt stycke');
    },
  );
});
