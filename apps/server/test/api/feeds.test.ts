/**
 * The story feeds as a reader gets them: the asked language with each item's
 * own where it fell back, the channel's words in the feed's language, absolute
 * links from PUBLIC_URL whatever the Host header says, the image where
 * newsletter tools look, and links to the challenges a story tells about.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer, getWithHost } from '../helpers/http.js';
import { challengeInput, storyInput } from '../helpers/factories.js';
import { putStory } from '../helpers/stories.js';
import { child, findAll, parseXml, type XmlNode } from '../helpers/xml.js';

const PUBLIC_URL = 'https://stories.example.org';
const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));
const { server, api } = await openTestServer({ publicUrl: PUBLIC_URL, publicDir: PUBLIC_DIR });

let org: { id: string; key: string };
const stories: Array<{ id: string }> = [];

beforeAll(async () => {
  org = await server.org({ defaultLanguage: 'sv' });
  for (const n of [1, 2]) {
    const res = await api.post(
      '/v1/stories',
      storyInput({
        title: { sv: `Berättelse ${n}`, en: `Story ${n}` },
        summary: { sv: `Sammanfattning ${n}`, en: `Summary ${n}` },
        body: { sv: `Brödtext **${n}**`, en: `Body **${n}**` },
        image: {
          // The first is the server's own file, the second someone else's.
          url: n === 1 ? `${PUBLIC_URL}/demo-images/school-lunch.png` : `https://img.example/2.jpg`,
          alt: { sv: 'Bild', en: 'Picture' },
        },
        author: { name: 'Maria Jonsson', role: 'Kostchef' },
        publishedAt: `2025-0${n}-01T00:00:00Z`,
      }),
      bearer(org.key),
    );
    if (res.status !== 201) throw new Error(`Setup: a story was not created (${res.status})`);
    stories.push(res.body);
  }
});

async function xmlFeed(path: string): Promise<XmlNode> {
  const res = await api.get(path);
  expect(res.status).toBe(200);
  return parseXml(res.text);
}

const items = (rss: XmlNode) => findAll(rss, 'item');
const text = (node: XmlNode | undefined, name: string) => (node && child(node, name))?.text;

describe('story feeds', () => {
  it('RSS 2.0: the asked language, summary, full HTML led by the image, a link to the story, the author as dc:creator', async () => {
    const res = await api.get(`/v1/stories/feed.rss?org=${org.id}&lang=en`);
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const rss = parseXml(res.text);
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    const [newest] = items(rss);
    expect(text(newest, 'title')).toBe('Story 2');
    expect(text(newest, 'description')).toBe('Summary 2');
    const html = text(newest, 'content:encoded')!;
    expect(html).toMatch(/^<p><img src="https:\/\/img\.example\/2\.jpg" alt="Picture"><\/p>/);
    expect(html).toContain('<strong>2</strong>');
    expect(child(newest!, 'media:content')?.attributes).toMatchObject({
      url: 'https://img.example/2.jpg',
      type: 'image/jpeg',
      medium: 'image',
    });
    expect(text(newest, 'dc:creator')).toBe('Maria Jonsson');
    expect(child(newest!, 'author')).toBeUndefined();
    expect(child(newest!, 'dc:language')).toBeUndefined();
    const link = text(newest, 'link')!;
    expect(link).toBe(`${PUBLIC_URL}/stories/${stories[1]!.id}?lang=en`);
    expect((await api.get(new URL(link).pathname)).status).toBe(200);
    expect(text(child(rss, 'channel'), 'language')).toBe('en');
  });

  it('RSS 2.0: an enclosure only with the real length, for an image the server serves itself', async () => {
    const [newest, older] = items(await xmlFeed(`/v1/stories/feed.rss?org=${org.id}`));
    expect(child(newest!, 'enclosure')).toBeUndefined();
    const size = statSync(`${PUBLIC_DIR}/demo-images/school-lunch.png`).size;
    expect(child(older!, 'enclosure')?.attributes).toEqual({
      url: `${PUBLIC_URL}/demo-images/school-lunch.png`,
      length: String(size),
      type: 'image/png',
    });
    expect(child(older!, 'media:content')?.attributes.fileSize).toBe(String(size));
  });

  it("Atom: xml:lang of the feed, and each entry that fell back to the owner's language marks its own", async () => {
    const res = await api.get(`/v1/stories/feed.atom?org=${org.id}&lang=fi`);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const feed = parseXml(res.text);
    expect(feed.uri).toBe('http://www.w3.org/2005/Atom');
    expect(feed.attributes['xml:lang']).toBe('fi');
    expect(text(feed, 'title')).toBe(`Teststad ${org.id}: tarinat`);
    expect(text(feed, 'subtitle')).toBe(
      'Hyviä esimerkkejä innovoinnista yhdessä julkisen sektorin kanssa',
    );
    const entries = findAll(feed, 'entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]!.attributes['xml:lang']).toBe('sv');
    expect(text(entries[0], 'title')).toBe('Berättelse 2');
    expect(child(entries[0]!, 'link')?.attributes.href).toBe(
      `${PUBLIC_URL}/stories/${stories[1]!.id}?lang=fi`,
    );
    expect(text(entries[0], 'content')).toContain('<strong>2</strong>');
  });

  it('RSS and JSON Feed mark the language of an item that fell back; the channel keeps the asked one', async () => {
    const rss = await xmlFeed(`/v1/stories/feed.rss?org=${org.id}&lang=fi`);
    expect(text(child(rss, 'channel'), 'language')).toBe('fi');
    expect(items(rss).map((i) => text(i, 'dc:language'))).toEqual(['sv', 'sv']);
    const json = (await api.get(`/v1/stories/feed.json?org=${org.id}&lang=fi`)).body;
    expect(json.language).toBe('fi');
    expect(json.items.map((i: { language?: string }) => i.language)).toEqual(['sv', 'sv']);
  });

  it('JSON Feed 1.1: the items with summary, HTML, image and author', async () => {
    const res = await api.get(`/v1/stories/feed.json?org=${org.id}&lang=sv`);
    expect(res.headers.get('content-type')).toContain('application/feed+json');
    const feed = res.body;
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: `Teststad ${org.id}: berättelser`,
      language: 'sv',
      feed_url: `${PUBLIC_URL}/v1/stories/feed.json?org=${org.id}&lang=sv`,
    });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      id: `${PUBLIC_URL}/stories/${stories[1]!.id}?lang=sv`,
      url: `${PUBLIC_URL}/stories/${stories[1]!.id}?lang=sv`,
      title: 'Berättelse 2',
      summary: 'Sammanfattning 2',
      content_html: expect.stringContaining('<strong>2</strong>'),
      image: 'https://img.example/2.jpg',
      date_published: '2025-02-01T00:00:00.000Z',
      authors: [{ name: 'Maria Jonsson' }],
      tags: ['energy'],
    });
  });

  it.each([
    ['en', 'stories', 'Good examples of innovation with the public sector'],
    ['sv', 'berättelser', 'Goda exempel på innovation tillsammans med offentlig sektor'],
    ['nb', 'historier', 'Gode eksempler på innovasjon sammen med offentlig sektor'],
    ['fi', 'tarinat', 'Hyviä esimerkkejä innovoinnista yhdessä julkisen sektorin kanssa'],
  ])(
    'the channel title and description are in the feed language (%s)',
    async (lang, word, description) => {
      const rss = child(await xmlFeed(`/v1/stories/feed.rss?lang=${lang}`), 'channel');
      expect(text(rss, 'title')).toBe(`Entrypoint: ${word}`);
      expect(text(rss, 'description')).toBe(description);
      const atom = await xmlFeed(`/v1/stories/feed.atom?lang=${lang}`);
      expect(text(atom, 'title')).toBe(`Entrypoint: ${word}`);
      expect(child(atom, 'title')?.attributes['xml:lang']).toBeUndefined();
      const json = (await api.get(`/v1/stories/feed.json?lang=${lang}`)).body;
      expect([json.title, json.description]).toEqual([`Entrypoint: ${word}`, description]);
    },
  );

  it('a language without words of its own gets English channel words, marked as English in Atom', async () => {
    const atom = await xmlFeed(`/v1/stories/feed.atom?lang=de`);
    expect(atom.attributes['xml:lang']).toBe('de');
    expect(child(atom, 'title')?.attributes['xml:lang']).toBe('en');
    expect(text(atom, 'title')).toBe('Entrypoint: stories');
  });

  it("the all-owner feed falls back to each story's owner's language, then English, never the alphabetically first", async () => {
    const swedish = await server.org({ defaultLanguage: 'sv' });
    const ownersOwn = await putStory(server.store, swedish.id, {
      title: { ar: 'قصة', sv: 'Svensk berättelse' },
      summary: { ar: 'ملخص', sv: 'Svensk sammanfattning' },
      body: { ar: 'نص', sv: 'Svensk text' },
    });
    const english = await putStory(server.store, swedish.id, {
      title: { ar: 'قصة أخرى', en: 'English story' },
      summary: { ar: 'ملخص', en: 'English summary' },
      body: { ar: 'نص', en: 'English text' },
    });
    for (const lang of ['', 'nb']) {
      const json = (await api.get(`/v1/stories/feed.json?limit=100${lang && `&lang=${lang}`}`))
        .body;
      const item = (id: string) =>
        json.items.find((i: { id: string }) => i.id.includes(`/stories/${id}`));
      expect(item(ownersOwn.id)).toMatchObject({ title: 'Svensk berättelse', language: 'sv' });
      expect(item(ownersOwn.id).content_html).toContain('Svensk text');
      expect(item(english.id)).toMatchObject({
        title: 'English story',
        summary: 'English summary',
      });
    }
  });

  it('makes relative links and images in story HTML absolute against PUBLIC_URL', async () => {
    const other = await server.org({ defaultLanguage: 'en' });
    const story = await putStory(server.store, other.id, {
      title: { en: 'Relative' },
      summary: { en: 'Links' },
      body: { en: 'stored HTML below' },
      bodyHtml: {
        en: '<p><a href="/stories/abc" rel="noopener noreferrer">next</a> <a href="#top">top</a> <img src="/demo-images/winter-bus.png" alt="A bus"> <a href="mailto:a@b.example">mail</a></p>',
      },
    });
    const json = (await api.get(`/v1/stories/feed.json?org=${other.id}`)).body;
    const html: string = json.items.find((i: { id: string }) =>
      i.id.includes(story.id),
    ).content_html;
    expect(html).toContain(
      `<a href="${PUBLIC_URL}/stories/abc" rel="noopener noreferrer">next</a>`,
    );
    expect(html).toContain(`<a href="${PUBLIC_URL}/#top"`);
    expect(html).toContain(`<img src="${PUBLIC_URL}/demo-images/winter-bus.png" alt="A bus" />`);
    expect(html).toContain('href="mailto:a@b.example"');
    expect(html).not.toMatch(/(href|src)="\//);
  });

  it('never takes links from the Host header when PUBLIC_URL is set', async () => {
    for (const ext of ['rss', 'atom', 'json']) {
      const body = await getWithHost(
        `${server.url}/v1/stories/feed.${ext}?org=${org.id}`,
        'evil.example',
      );
      expect(body).toContain(`${PUBLIC_URL}/stories/${stories[0]!.id}`);
      expect(body).not.toContain('evil.example');
    }
  });

  it('links each public challenge the story tells about, by its title, and no draft', async () => {
    const own = await server.org({ defaultLanguage: 'en' });
    const open = await api.post(
      '/v1/challenges',
      challengeInput({ title: { en: 'Cleaner <harbour> air', sv: 'Renare luft' } }),
      bearer(own.key),
    );
    const draft = await api.post(
      '/v1/challenges',
      challengeInput({ title: { en: 'Secret plan' }, status: 'draft' }),
      bearer(own.key),
    );
    expect([open.status, draft.status]).toEqual([201, 201]);
    const story = await api.post(
      '/v1/stories',
      storyInput({ challengeIds: [open.body.id, draft.body.id] }),
      bearer(own.key),
    );
    expect(story.status).toBe(201);
    const json = (await api.get(`/v1/stories/feed.json?org=${own.id}&lang=en`)).body;
    const html: string = json.items[0].content_html;
    expect(html).toContain(
      `<h3>The challenges behind this story</h3><ul><li><a href="${PUBLIC_URL}/v1/challenges/${open.body.id}">Cleaner &#60;harbour&#62; air</a></li></ul>`,
    );
    expect(html).not.toContain(draft.body.id);
    expect(html).not.toContain('Secret plan');
  });

  it('answers 404 for an unknown org', async () => {
    expect((await api.get('/v1/stories/feed.rss?org=no-such-org')).status).toBe(404);
  });
});
