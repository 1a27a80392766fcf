/**
 * A challenge's stories and a story's challenges: `GET /v1/stories?challenge=`,
 * the feeds of one challenge's stories, and the story page behind the feed
 * links, which names its organisation and links back to its website.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { letters, openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, storyInput } from '../helpers/factories.js';
import { parseXml, findAll, child } from '../helpers/xml.js';

const PUBLIC_URL = 'https://stories.example.org';
const { server, api } = await openTestServer({ publicUrl: PUBLIC_URL });

let city: { id: string; key: string };
let harbour: string;
let buses: string;
const stories: Record<string, string> = {};

beforeAll(async () => {
  city = await server.org({
    name: { sv: 'Norrhamns kommun', en: 'City of Norrhamn' },
    website: 'https://www.norrhamn.example',
  });
  const post = async (path: string, body: unknown) => {
    const res = await api.post(path, body, bearer(city.key));
    if (res.status !== 201) throw new Error(`Setup: ${path} → ${res.status} ${res.text}`);
    return res.body.id as string;
  };
  harbour = await post(
    '/v1/challenges',
    challengeInput({
      id: `harbour-${letters(5)}`,
      title: { en: 'Shore power in the harbour', sv: 'Landström i hamnen' },
    }),
  );
  buses = await post('/v1/challenges', challengeInput({ id: `buses-${letters(5)}` }));
  stories.both = await post(
    '/v1/stories',
    storyInput({ challengeIds: [harbour, buses], publishedAt: '2025-03-01T00:00:00Z' }),
  );
  stories.harbour = await post(
    '/v1/stories',
    storyInput({
      title: { en: 'The harbour story', sv: 'Berättelsen om hamnen' },
      challengeIds: [harbour],
      publishedAt: '2025-02-01T00:00:00Z',
    }),
  );
  stories.none = await post('/v1/stories', storyInput({ publishedAt: '2025-01-01T00:00:00Z' }));
});

describe("a challenge's stories", () => {
  it('GET /v1/stories?challenge= lists the stories told about it, newest first', async () => {
    const res = await api.get(`/v1/stories?challenge=${harbour}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((s: { id: string }) => s.id)).toEqual([stories.both, stories.harbour]);
    const ofBuses = await api.get(`/v1/stories?challenge=${buses}&org=${city.id}`);
    expect(ofBuses.body.data.map((s: { id: string }) => s.id)).toEqual([stories.both]);
    expect((await api.get('/v1/stories?challenge=nobody-told-of-it')).body.data).toEqual([]);
    const paged = await api.get(`/v1/stories?challenge=${harbour}&limit=1`);
    const next = await api.get(
      `/v1/stories?challenge=${harbour}&limit=1&cursor=${paged.body.nextCursor}`,
    );
    expect(next.body.data.map((s: { id: string }) => s.id)).toEqual([stories.harbour]);
    const bad = await api.get('/v1/stories?challenge=not%20an%20id');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('challenge');
  });

  it('the feeds take challenge too, and each item links the challenges it tells about', async () => {
    const res = await api.get(`/v1/stories/feed.rss?challenge=${harbour}&lang=en`);
    expect(res.status).toBe(200);
    const rss = parseXml(res.text);
    const items = findAll(rss, 'item');
    expect(items.map((i) => child(i, 'title')?.text)).toEqual([
      'How the harbour got its shore power',
      'The harbour story',
    ]);
    const html = child(items[0]!, 'content:encoded')?.text ?? '';
    expect(html).toContain(
      `<a href="${PUBLIC_URL}/v1/challenges/${harbour}">Shore power in the harbour</a>`,
    );
    expect(html).toContain(`${PUBLIC_URL}/v1/challenges/${buses}`);
    expect(child(child(rss, 'channel')!, 'atom:link')?.attributes.href).toBe(
      `${PUBLIC_URL}/v1/stories/feed.rss?challenge=${harbour}&lang=en`,
    );
    const json = (await api.get(`/v1/stories/feed.json?challenge=${buses}`)).body;
    expect(json.items).toHaveLength(1);
    expect(json.feed_url).toBe(`${PUBLIC_URL}/v1/stories/feed.json?challenge=${buses}`);
  });
});

describe('the story page', () => {
  it('names its organisation, links back to its website, and links its challenges', async () => {
    const page = await api.get(`/stories/${stories.harbour}?lang=sv`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('<html lang="sv">');
    expect(page.text).toContain(
      'Publicerad av <a href="https://www.norrhamn.example" rel="author"><bdi>Norrhamns kommun</bdi></a>',
    );
    expect(page.text).toContain('<title>Berättelsen om hamnen – Norrhamns kommun</title>');
    expect(page.text).toContain('<h2>Utmaningarna bakom berättelsen</h2>');
    expect(page.text).toContain(
      `<a href="${PUBLIC_URL}/v1/challenges/${harbour}" dir="auto">Landström i hamnen</a>`,
    );
    const english = await api.get(`/stories/${stories.none}`);
    expect(english.text).toContain(
      'Published by <a href="https://www.norrhamn.example" rel="author"><bdi>City of Norrhamn</bdi></a>',
    );
    expect(english.text).not.toContain('The challenges behind this story');
  });

  it('names an organisation without a website, with no link', async () => {
    const plain = await server.org({ name: { en: 'Plain Town' } });
    const story = await api.post('/v1/stories', storyInput(), bearer(plain.key));
    const page = await api.get(`/stories/${story.body.id}`);
    expect(page.text).toContain('Published by <bdi>Plain Town</bdi>');
    expect(page.text).not.toContain('rel="author"');
  });
});
