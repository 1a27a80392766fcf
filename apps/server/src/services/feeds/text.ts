/**
 * Text made safe for the type a feed field declares. XML 1.0 cannot carry C0
 * control characters other than tab, LF and CR, nor lone surrogates, U+FFFE
 * or U+FFFF (https://www.w3.org/TR/xml/#charsets): one of them, such as the
 * U+000B that Word pastes, makes the whole document ill-formed. They are
 * dropped from every text, in the JSON Feed too, so the three formats agree.
 */

import type { FeedImage } from './index.js';

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot carry (and DEL). */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, '');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Character data or an attribute value in XML: cleaned, then `&<>"'` escaped. */
export function xml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** Plain text as HTML: `&<>"'` escaped, so markup in it shows as the characters it is. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

type Attributes = Record<string, string | number | undefined>;

/** `<name a="…">inner</name>`, or `<name a="…"/>` without `inner`. `inner` is XML already written. */
export function element(name: string, attributes: Attributes = {}, inner?: string): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xml(String(v))}"`)
    .join('');
  return inner === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** An element holding `text` as character data (escaped). */
export function textElement(name: string, text: string, attributes: Attributes = {}): string {
  return element(name, attributes, xml(text));
}

/** An image as Media RSS `media:content` (https://www.rssboard.org/media-rss), in RSS and Atom alike. */
export function mediaContent(image: FeedImage): string {
  return element(
    'media:content',
    { url: image.url, type: image.type, medium: 'image', fileSize: image.length },
    image.alt ? textElement('media:description', image.alt, { type: 'plain' }) : '',
  );
}

/** `lang` when it is not the feed's language (tags compare case-insensitively), for marking it. */
export function otherLanguage(lang: string, feedLang: string): string | undefined {
  return lang.toLowerCase() === feedLang.toLowerCase() ? undefined : lang;
}
