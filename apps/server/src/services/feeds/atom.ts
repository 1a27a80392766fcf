/**
 * Atom (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287), written by hand so
 * that every text is escaped for the type it declares: `title` and `summary`
 * are `type="text"`, `content` is `type="html"` holding the story's sanitized
 * HTML. The feed carries `xml:lang`; an entry, or the feed's own title, whose
 * text is in another language carries its own (XML 1.0 §2.12).
 */
import type { FeedModel } from './index.js';
import { element, mediaContent, otherLanguage, textElement } from './text.js';

export function atomFeed(feed: FeedModel): string {
  const entries = feed.items.map((item) =>
    element(
      'entry',
      { 'xml:lang': otherLanguage(item.lang, feed.lang) },
      [
        textElement('id', item.url),
        textElement('title', item.title, { type: 'text' }),
        element('link', { rel: 'alternate', type: 'text/html', href: item.url }),
        textElement('published', item.published.toISOString()),
        textElement('updated', item.published.toISOString()),
        item.author ? element('author', {}, textElement('name', item.author)) : '',
        textElement('summary', item.summary, { type: 'text' }),
        textElement('content', item.html, { type: 'html' }),
        ...item.tags.map((tag) => element('category', { term: tag })),
        item.image
          ? element('link', {
              rel: 'enclosure',
              type: item.image.type,
              href: item.image.url,
              length: item.image.length,
            }) + mediaContent(item.image)
          : '',
      ].join(''),
    ),
  );
  const lang = (text: { lang: string }) => otherLanguage(text.lang, feed.lang);
  const body = [
    textElement('id', feed.id),
    textElement('title', feed.title.text, { type: 'text', 'xml:lang': lang(feed.title) }),
    textElement('subtitle', feed.description.text, {
      type: 'text',
      'xml:lang': lang(feed.description),
    }),
    textElement('updated', feed.updated.toISOString()),
    element('link', { rel: 'self', type: 'application/atom+xml', href: feed.urls.atom }),
    element('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
    element('author', {}, textElement('name', feed.publisher)),
    textElement('generator', 'Entrypoint'),
    feed.logoUrl ? textElement('logo', feed.logoUrl) : '',
    ...entries,
  ].join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(
    'feed',
    {
      xmlns: 'http://www.w3.org/2005/Atom',
      'xmlns:media': 'http://search.yahoo.com/mrss/',
      'xml:lang': feed.lang,
    },
    `\n${body}\n`,
  )}\n`;
}
