// <ep-story-feed> alone, with a stub client: every state the Storybook shows
// (list, grid, long list, a story open, no image, one theme) and loading,
// empty, error and offline.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { organization, story } from '../../../sdk/test/factories.js';
import '../../src/define.js';
import type { StoryFeed } from '../../src/story-feed.js';
import { $, $$, fail, list, mount, stubClient, text, unmountAll, type Stub } from './stub.js';

afterEach(unmountAll);

const ORGS = list([
  organization({ id: 'fjordvik', defaultLanguage: 'nb', name: { en: 'Fjordvik' } }),
]);
const ferry = story();
const bare = story({
  id: 'bare',
  title: { en: 'Without a picture' },
  image: undefined,
  author: undefined,
});

async function feed(
  stub: Stub,
  attrs: {
    org?: string;
    theme?: string;
    limit?: number;
    layout?: 'list' | 'grid';
    lang?: string;
  } = {},
) {
  return mount<StoryFeed>(
    html`<ep-story-feed
      org=${attrs.org ?? 'fjordvik'}
      theme=${attrs.theme ?? ''}
      limit=${attrs.limit ?? 6}
      layout=${attrs.layout ?? 'list'}
      lang=${attrs.lang ?? 'en'}
      .client=${stub.client}
    ></ep-story-feed>`,
  );
}

const titles = (el: Element) => $$(el, '[part=card] h3').map((h) => h.textContent?.trim());

describe('<ep-story-feed>', () => {
  test('shows a busy placeholder while the stories load', async () => {
    const el = await feed(stubClient({ 'GET /v1/stories': 'pending' }));
    await expect.poll(() => $(el, '[aria-busy=true] [role=status]')).not.toBeNull();
    expect(text(el, '[role=status]')).toBe('Loading…');
  });

  test('offers every width of an image with srcset and sizes, and none without one', async () => {
    const srcset =
      'https://ep.example/media/a-480.webp 480w, https://ep.example/media/a-960.webp 960w';
    const wide = story({
      id: 'wide',
      image: { url: 'https://ep.example/media/a-960.webp', alt: { en: 'A quay' }, srcset },
    });
    const stub = stubClient({
      'GET /v1/organizations': ORGS,
      'GET /v1/stories': list([wide, ferry]),
    });
    const el = await feed(stub);
    await expect.poll(() => $$(el, '[part=image]').length).toBe(2);
    const [withSet, without] = $$<HTMLImageElement>(el, '[part=image]');
    expect(withSet!.getAttribute('srcset')).toBe(srcset);
    expect(withSet!.getAttribute('sizes')).toBe('16em');
    expect(without!.hasAttribute('srcset')).toBe(false);
    expect(without!.hasAttribute('sizes')).toBe(false);
    // An opened story's image is drawn at the story's full width.
    $<HTMLAnchorElement>(el, '[part=card] a[data-id=wide]')!.click();
    await expect.poll(() => $(el, '[part=story] [part=image]')).not.toBeNull();
    const opened = $<HTMLImageElement>(el, '[part=story] [part=image]')!;
    expect(opened.getAttribute('srcset')).toBe(srcset);
    expect(opened.getAttribute('sizes')).toBe('48em');
  });

  test('lists stories with image and alt text, date and summary, and links to the feeds', async () => {
    const stub = stubClient({
      'GET /v1/organizations': ORGS,
      'GET /v1/stories': list([ferry, bare]),
    });
    const el = await feed(stub);
    await expect.poll(() => titles(el)).toEqual(['An electric ferry', 'Without a picture']);
    const img = $<HTMLImageElement>(el, '[part=image]')!;
    expect([img.getAttribute('src'), img.alt]).toEqual([
      'https://fjordvik.example.org/ferry.jpg',
      'The ferry at the quay',
    ]);
    // The story without an image has none, rather than a broken one.
    expect($$(el, '[part=image]')).toHaveLength(1);
    expect(text(el, '[part=card] time')).toBe('Mar 1, 2026');
    expect(text(el, '[part=card] .text > p:last-child')).toBe('From idea to route in two years.');
    const feeds = $$<HTMLAnchorElement>(el, '[part=feeds] a').map((a) => [a.type, a.href]);
    expect(feeds.map(([type]) => type)).toEqual([
      'application/rss+xml',
      'application/atom+xml',
      'application/feed+json',
    ]);
    expect(
      feeds.every(([, href]) => href!.includes('org=fjordvik') && href!.includes('lang=en')),
    ).toBe(true);
    const asked = stub.callsTo('GET /v1/stories')[0]!.url.searchParams;
    expect([asked.get('org'), asked.get('limit')]).toEqual(['fjordvik', '6']);
  });

  test('asks for one theme and at most 100 stories, and lays the cards out in a grid', async () => {
    const stub = stubClient({ 'GET /v1/stories': list([ferry]) });
    const el = await feed(stub, {
      org: ' fjordvik , kustlanda ',
      theme: 'energy',
      limit: 500,
      layout: 'grid',
    });
    await expect.poll(() => titles(el)).toEqual(['An electric ferry']);
    const asked = stub.callsTo('GET /v1/stories')[0]!.url.searchParams;
    expect([asked.get('org'), asked.get('theme'), asked.get('limit')]).toEqual([
      'fjordvik,kustlanda',
      'energy',
      '100',
    ]);
    expect(el.getAttribute('layout')).toBe('grid');
  });

  test('opens a story in place with its full text and author, and goes back with focus on its card', async () => {
    const el = await feed(stubClient({ 'GET /v1/stories': list([ferry, bare]) }));
    await expect.poll(() => titles(el).length).toBe(2);
    $<HTMLAnchorElement>(el, '[data-id=electric-ferry]')!.click();
    await expect.poll(() => text(el, '#story-title')).toBe('An electric ferry');
    await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('story-title');
    expect($(el, '[part=story] .body strong')?.textContent).toBe('began');
    expect(text(el, '[part=story] .date')).toContain('Ola Nordmann, Kommunikasjon');
    $<HTMLButtonElement>(el, '[part=story] .back')!.click();
    await expect.poll(() => titles(el).length).toBe(2);
    await expect
      .poll(() => el.shadowRoot!.activeElement?.getAttribute('data-id'))
      .toBe('electric-ferry');
  });

  test('says so when there are no stories', async () => {
    const el = await feed(stubClient({ 'GET /v1/stories': list([]) }));
    await expect.poll(() => text(el, '.notice')).toBe('No stories yet.');
  });

  test('shows an error with a retry, and the offline state', async () => {
    const stub = stubClient({
      'GET /v1/stories': (_c, n) => (n === 1 ? fail(500) : n === 2 ? 'offline' : list([ferry])),
    });
    const el = await feed(stub);
    await expect.poll(() => text(el, '[role=alert] p')).toBe('The stories could not be loaded.');
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await expect.poll(() => text(el, '[role=alert] p')).toContain('You are offline.');
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await expect.poll(() => titles(el)).toEqual(['An electric ferry']);
  });

  test('content in the owner’s language carries its lang on a page in another', async () => {
    const stub = stubClient({ 'GET /v1/organizations': ORGS, 'GET /v1/stories': list([ferry]) });
    const el = await feed(stub, { lang: 'sv' });
    await expect.poll(() => $(el, '[part=card] h3 bdi')?.getAttribute('lang')).toBe('nb');
    expect(text(el, '[part=card] h3')).toBe('Elektrisk ferje');
    expect($<HTMLImageElement>(el, '[part=image]')!.getAttribute('lang')).toBe('nb');
  });

  test('isolates titles, summaries and author names with a bidi override in them', async () => {
    const hostile = story({
      title: { en: 'News \u202Egnp.exe' },
      author: { name: '\u202EEve', role: 'Editor' },
    });
    const el = await feed(stubClient({ 'GET /v1/stories': list([hostile]) }));
    await expect.poll(() => text(el, '[part=card] h3 bdi')).toBe('News \u202Egnp.exe');
    expect($(el, '[part=card] .text > p:last-child > bdi')).not.toBeNull();
    $<HTMLAnchorElement>(el, '[part=card] h3 a')!.click();
    await expect
      .poll(() => $$(el, '[part=story] .date bdi').map((b) => b.textContent))
      .toEqual(['\u202EEve', 'Editor']);
  });
});
