/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). `title` and
 * `summary` are plain text and `content_html` is the story's sanitized HTML,
 * as the format declares; an item in another language than the feed's carries
 * its own `language`. Control characters are dropped as in the XML formats.
 */
import type { FeedModel } from './index.js';
import { cleanText, otherLanguage } from './text.js';

export function jsonFeed(feed: FeedModel): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title.text,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: feed.description.text,
    ...(feed.logoUrl ? { icon: feed.logoUrl } : {}),
    authors: [{ name: feed.publisher }],
    language: feed.lang,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      ...(item.image ? { image: item.image.url } : {}),
      date_published: item.published.toISOString(),
      ...(item.author ? { authors: [{ name: item.author }] } : {}),
      tags: item.tags,
      ...(otherLanguage(item.lang, feed.lang) ? { language: item.lang } : {}),
    })),
  };
  return JSON.stringify(document, (_key, value: unknown) =>
    typeof value === 'string' ? cleanText(value) : value,
  );
}
