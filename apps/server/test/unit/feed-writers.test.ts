/**
 * The three feed writers on their own, over text no store can hold (NUL, lone
 * surrogates) as well as the rest of the odd corpus: the XML is well-formed
 * for a strict parser, every text reads back as written less the characters
 * XML cannot carry, and markup in plain text never becomes markup.
 */
import { describe, expect, it } from 'vitest';
import type { FeedModel } from '../../src/services/feeds/index.js';
import { rssFeed } from '../../src/services/feeds/rss.js';
import { atomFeed } from '../../src/services/feeds/atom.js';
import { jsonFeed } from '../../src/services/feeds/json.js';
import { escapeHtml } from '../../src/services/feeds/text.js';
import { child, findAll, parseXml } from '../helpers/xml.js';
import { hasLiveMarkup, ODD_ANY, shown, XSS } from '../helpers/odd-content.js';

const odd = ODD_ANY;
const clean = shown(odd);

const model: FeedModel = {
  id: 'https://ep.example/v1/stories?org=odd',
  lang: 'en',
  title: { text: odd, lang: 'en' },
  description: { text: odd, lang: 'en' },
  homeUrl: 'https://ep.example/',
  urls: {
    rss: 'https://ep.example/v1/stories/feed.rss?org=odd&lang=en',
    atom: 'https://ep.example/v1/stories/feed.atom?org=odd&lang=en',
    json: 'https://ep.example/v1/stories/feed.json?org=odd&lang=en',
  },
  publisher: odd,
  updated: new Date('2026-01-02T03:04:05Z'),
  items: [
    {
      url: 'https://ep.example/stories/odd?lang=en&x=<&y="',
      lang: 'ar',
      title: odd,
      summary: odd,
      html: `<p>${escapeHtml(odd)}</p><p><img src="https://ep.example/a.png" alt="${escapeHtml(odd)}"></p>`,
      image: { url: 'https://ep.example/a.png?x=1&y=2', type: 'image/png', alt: odd, length: 1234 },
      published: new Date('2026-01-02T03:04:05Z'),
      author: odd,
      tags: [odd],
    },
  ],
};

describe('the feed writers over odd text', () => {
  it('the corpus holds what breaks XML', () => {
    expect(() => parseXml(`<a>${odd}</a>`)).toThrow();
    expect(clean).not.toBe(odd);
  });

  it('RSS 2.0 is well-formed; plain texts read back, the HTML description escapes markup', () => {
    const rss = rssFeed(model);
    const channel = child(parseXml(rss), 'channel')!;
    expect(child(channel, 'title')?.text).toBe(clean);
    expect(child(channel, 'description')?.text).toBe(clean);
    const item = child(channel, 'item')!;
    expect(child(item, 'title')?.text).toBe(clean);
    expect(child(item, 'link')?.text).toBe(model.items[0]!.url);
    expect(child(item, 'dc:creator')?.text).toBe(clean);
    expect(child(item, 'author')).toBeUndefined();
    expect(child(item, 'dc:language')?.text).toBe('ar');
    expect(child(item, 'category')?.text).toBe(clean);
    // The description is HTML: once read as HTML it shows the text, markup and all.
    const description = child(item, 'description')!.text;
    expect(description).toBe(escapeHtml(odd));
    expect(description).not.toContain(XSS);
    expect(hasLiveMarkup(description)).toBe(false);
    expect(hasLiveMarkup(child(item, 'content:encoded')!.text)).toBe(false);
    const media = child(item, 'media:content')!;
    expect(media.uri).toBe('http://search.yahoo.com/mrss/');
    expect(media.attributes).toMatchObject({ url: model.items[0]!.image!.url, fileSize: '1234' });
    expect(child(media, 'media:description')?.text).toBe(clean);
    expect(child(item, 'enclosure')?.attributes).toMatchObject({
      length: '1234',
      type: 'image/png',
    });
  });

  it('Atom is well-formed with text-typed title and summary and an html-typed content', () => {
    const feed = parseXml(atomFeed(model));
    expect(feed.attributes['xml:lang']).toBe('en');
    expect(child(feed, 'title')?.text).toBe(clean);
    const entry = child(feed, 'entry')!;
    expect(entry.attributes['xml:lang']).toBe('ar');
    expect(child(entry, 'title')?.attributes.type).toBe('text');
    expect(child(entry, 'title')?.text).toBe(clean);
    expect(child(entry, 'summary')?.attributes.type).toBe('text');
    expect(child(entry, 'summary')?.text).toBe(clean);
    expect(child(entry, 'content')?.attributes.type).toBe('html');
    expect(hasLiveMarkup(child(entry, 'content')!.text)).toBe(false);
    expect(findAll(entry, 'name').map((n) => n.text)).toEqual([clean]);
    expect(child(entry, 'category')?.attributes.term).toBe(clean);
  });

  it('JSON Feed 1.1 parses, drops the same characters, and marks the item language', () => {
    const json = jsonFeed(model);
    expect(json).not.toMatch(/\\u0000|\\ud8|\\udc|\\u000b/i);
    const feed = JSON.parse(json) as {
      title: string;
      items: Array<Record<string, unknown>>;
    };
    expect(feed.title).toBe(clean);
    expect(feed.items[0]).toMatchObject({
      title: clean,
      summary: clean,
      language: 'ar',
      authors: [{ name: clean }],
      image: model.items[0]!.image!.url,
    });
    expect(hasLiveMarkup(feed.items[0]!.content_html as string)).toBe(false);
  });
});
