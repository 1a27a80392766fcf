/**
 * Story Markdown → HTML, sanitized on write with a real sanitizer
 * (sanitize-html over htmlparser2): an allow-list of tags and attributes,
 * http(s)/mailto links only, so no script, no event handler and no
 * `javascript:` URL survives, whatever the Markdown holds. Images must be
 * absolute http(s) URLs: the HTML is shown inside other sites' pages, where a
 * relative one would be fetched from the embedding site.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ async: false, gfm: true });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'code',
    'pre',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'del',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    th: ['align'],
    td: ['align'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // A relative image would be fetched from whichever site embeds the story
  // (the HTML is shown on other organisations' pages): only absolute http(s) images stay.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^https?:\/\//i.test(frame.attribs.src ?? ''),
  transformTags: {
    // A story's own headings sit under the page's heading of the story.
    h1: 'h2',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, {
    ...SANITIZE,
    allowedAttributes: { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'rel'] },
  });
}

export function renderLocalizedMarkdown(body: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).map(([lang, md]) => [lang, renderMarkdown(md)]));
}
