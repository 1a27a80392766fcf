/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification), written by hand so
 * that every text is escaped for what its element holds:
 *
 * - `title` is plain text, XML-escaped once (the RSS Best Practices Profile,
 *   https://www.rssboard.org/rss-profile#data-types-characterdata).
 * - `description` is HTML by the specification, so the plain summary is
 *   HTML-escaped first: `<img onerror>` in it stays text in a reader.
 * - `content:encoded` carries the story's sanitized HTML, escaped once.
 * - `author` must be an e-mail address: the author's name goes in `dc:creator`.
 * - The image is `media:content` (Media RSS, https://www.rssboard.org/media-rss);
 *   an `enclosure` only where its real `length` is known, as RSS requires one.
 * - An item whose text fell back to another language says so in `dc:language`.
 */
import type { FeedModel } from './index.js';
import { element, escapeHtml, mediaContent, otherLanguage, textElement } from './text.js';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

export function rssFeed(feed: FeedModel): string {
  const items = feed.items.map((item) =>
    element(
      'item',
      {},
      [
        textElement('title', item.title),
        textElement('link', item.url),
        textElement('guid', item.url, { isPermaLink: 'true' }),
        textElement('description', escapeHtml(item.summary)),
        textElement('content:encoded', item.html),
        textElement('pubDate', item.published.toUTCString()),
        item.author ? textElement('dc:creator', item.author) : '',
        otherLanguage(item.lang, feed.lang) ? textElement('dc:language', item.lang) : '',
        ...item.tags.map((tag) => textElement('category', tag)),
        item.image ? mediaContent(item.image) : '',
        item.image?.length !== undefined
          ? element('enclosure', {
              url: item.image.url,
              length: item.image.length,
              type: item.image.type,
            })
          : '',
      ].join(''),
    ),
  );
  const channel = [
    textElement('title', feed.title.text),
    textElement('link', feed.homeUrl),
    textElement('description', feed.description.text),
    textElement('language', feed.lang),
    textElement('lastBuildDate', feed.updated.toUTCString()),
    textElement('generator', 'Entrypoint'),
    textElement('docs', 'https://www.rssboard.org/rss-specification'),
    element('atom:link', { href: feed.urls.rss, rel: 'self', type: 'application/rss+xml' }),
    feed.logoUrl
      ? element(
          'image',
          {},
          textElement('url', feed.logoUrl) +
            textElement('title', feed.title.text) +
            textElement('link', feed.homeUrl),
        )
      : '',
    ...items,
  ].join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(
    'rss',
    { version: '2.0', ...NAMESPACES },
    element('channel', {}, `\n${channel}\n`),
  )}\n`;
}
