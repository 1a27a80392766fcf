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

const LINK_SCHEMES = ['http', 'https', 'mailto'];
const IMAGE_SCHEMES = ['http', 'https'];

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
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesByTag: { img: IMAGE_SCHEMES },
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

/** The options the rendered HTML goes through: links keep the `rel` the transform adds. */
const RENDERED: sanitizeHtml.IOptions = {
  ...SANITIZE,
  allowedAttributes: { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'rel'] },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, RENDERED);
}

export function renderLocalizedMarkdown(body: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).map(([lang, md]) => [lang, renderMarkdown(md)]));
}

/**
 * Story HTML with every relative link and image (`/stories/x`,
 * `/demo-images/…`) made absolute against `base`, the server's public URL, so
 * it works where the HTML travels: a feed reader, an e-mail, another site's
 * page. Runs the sanitizer again with the same allow-list: a URL that does not
 * resolve to an allowed scheme loses its attribute.
 */
export function absoluteUrls(html: string, base: string): string {
  // No URL without a scheme, nothing to do: most stories, and it saves parsing
  // the HTML again. (The lookahead takes the quote, if any, atomically.)
  if (!/\s(?:href|src)\s*=\s*(?=(["']?))\1(?![a-z][a-z0-9+.-]*:)/i.test(html)) return html;
  const root = base.endsWith('/') ? base : `${base}/`;
  const absolute = (url: string, schemes: readonly string[]) => {
    try {
      const resolved = new URL(url, root);
      return schemes.includes(resolved.protocol.slice(0, -1)) ? resolved.href : undefined;
    } catch {
      return undefined;
    }
  };
  const rewrite =
    (attr: 'href' | 'src', schemes: readonly string[]): sanitizeHtml.Transformer =>
    (tagName, attribs) => ({
      tagName,
      // In place, so the attributes keep their order.
      attribs: Object.fromEntries(
        Object.entries(attribs).flatMap(([name, value]) => {
          if (name !== attr) return [[name, value]];
          const resolved = absolute(value, schemes);
          return resolved === undefined ? [] : [[name, resolved]];
        }),
      ),
    });
  return sanitizeHtml(html, {
    ...RENDERED,
    transformTags: {
      a: rewrite('href', LINK_SCHEMES),
      img: rewrite('src', IMAGE_SCHEMES),
    },
  });
}
