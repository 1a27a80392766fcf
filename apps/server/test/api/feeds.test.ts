import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xml2js } from 'xml-js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { bearer, client } from '../helpers/http.js';
import { storyInput } from '../helpers/factories.js';

let server: TestServer;
let api: ReturnType<typeof client>;
let org: { id: string; key: string };
const stories: Array<{ id: string }> = [];

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url);
  org = await server.org({ defaultLanguage: 'sv' });
  for (const n of [1, 2]) {
    const res = await api.post(
      '/v1/stories',
      storyInput({
        title: { sv: `Berättelse ${n}`, en: `Story ${n}` },
        summary: { sv: `Sammanfattning ${n}`, en: `Summary ${n}` },
        body: { sv: `Brödtext **${n}**`, en: `Body **${n}**` },
        image: { url: `https://img.example/${n}.jpg`, alt: { sv: 'Bild', en: 'Picture' } },
        publishedAt: `2025-0${n}-01T00:00:00Z`,
      }),
      bearer(org.key),
    );
    stories.push(res.body);
  }
});
afterAll(() => server.close());

type XmlEl = {
  name?: string;
  elements?: XmlEl[];
  attributes?: Record<string, string>;
  text?: string;
  cdata?: string;
};
const find = (el: XmlEl, name: string): XmlEl[] =>
  (el.elements ?? []).flatMap((c) => [...(c.name === name ? [c] : []), ...find(c, name)]);
const text = (el: XmlEl | undefined) =>
  (el?.elements ?? []).map((c) => c.text ?? c.cdata ?? '').join('');

describe('story feeds', () => {
  it('RSS 2.0 parses, has the items in the asked language with summary, full HTML, image and a link to the story', async () => {
    const res = await api.get(`/v1/stories/feed.rss?org=${org.id}&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const doc = xml2js(res.text) as XmlEl;
    expect(find(doc, 'rss')[0]?.attributes?.version).toBe('2.0');
    const items = find(doc, 'item');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(text(find(first, 'title')[0])).toBe('Story 2');
    expect(text(find(first, 'description')[0])).toBe('Summary 2');
    expect(text(find(first, 'content:encoded')[0])).toContain('<strong>2</strong>');
    expect(find(first, 'enclosure')[0]?.attributes?.url).toBe('https://img.example/2.jpg');
    const link = text(find(first, 'link')[0]);
    expect(link).toBe(`${server.url}/stories/${stories[1]!.id}?lang=en`);
    expect((await api.get(new URL(link).pathname)).status).toBe(200);
  });

  it("Atom parses with entries, falling back to the owner's language", async () => {
    const res = await api.get(`/v1/stories/feed.atom?org=${org.id}&lang=fi`);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const doc = xml2js(res.text) as XmlEl;
    const entries = find(doc, 'entry');
    expect(entries).toHaveLength(2);
    expect(text(find(entries[0]!, 'title')[0])).toBe('Berättelse 2');
    expect(find(entries[0]!, 'link')[0]?.attributes?.href).toContain(`/stories/${stories[1]!.id}`);
    expect(text(find(entries[0]!, 'content')[0])).toContain('<strong>2</strong>');
  });

  it('JSON Feed 1.1 parses with items', async () => {
    const res = await api.get(`/v1/stories/feed.json?org=${org.id}&lang=sv`);
    expect(res.headers.get('content-type')).toContain('application/feed+json');
    const feed = JSON.parse(res.text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('sv');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      title: 'Berättelse 2',
      summary: 'Sammanfattning 2',
      image: 'https://img.example/2.jpg',
      url: expect.stringContaining(`/stories/${stories[1]!.id}`),
    });
    expect(feed.items[0].content_html).toContain('<strong>2</strong>');
  });

  it('answers 404 for an unknown org', async () => {
    expect((await api.get('/v1/stories/feed.rss?org=no-such-org')).status).toBe(404);
  });
});
