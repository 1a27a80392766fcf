/**
 * The embed builder's live preview (apps/console/src/views/embed.ts): a page
 * of this server that shows the real element from `/embed/entrypoint.js`, as a
 * site would, inside the console's frame. `GET /embed-preview?tag=…&a.NAME=…&t.--ep-…=…`
 * starts with that element, attributes (`a.`) and custom properties (`t.`);
 * the console then sends changes with `postMessage` (same origin only), and
 * the page reports its height back so the frame fits it.
 *
 * The page is as strict as a careful public-sector site: no inline script or
 * style, Trusted Types on, framed only by this server's own pages. Custom
 * properties are set through the CSSOM (`style.setProperty`), which
 * `style-src` does not govern. In the preview the form sends nothing: a POST
 * to `/v1/submissions` is answered in the page with a sample receipt, so
 * trying the form leaves nothing in anybody's inbox.
 * @see https://www.w3.org/TR/CSP3/#directive-frame-ancestors
 */
import { Hono } from 'hono';
import type { Deps, Env } from '../context.js';

/** The tags and the attributes the preview sets; anything else in the URL or a message is ignored. */
export const PREVIEW_ELEMENTS: Record<string, readonly string[]> = {
  'ep-challenge-board': [
    'org',
    'region',
    'via',
    'status',
    'theme',
    'page-size',
    'respond-url',
    'lang',
    'heading',
    'heading-level',
  ],
  'ep-entry-form': ['org', 'challenge', 'via', 'privacy-url', 'lang', 'heading', 'heading-level'],
  'ep-story-feed': [
    'org',
    'theme',
    'limit',
    'layout',
    'challenge-url',
    'lang',
    'heading',
    'heading-level',
  ],
  'ep-cluster-directory': [
    'org',
    'sector',
    'country',
    'region',
    'lang',
    'heading',
    'heading-level',
  ],
};

export const PREVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Entrypoint: preview of an embedded element</title>
    <script type="module" src="/embed-preview.js"></script>
    <script type="module" src="/embed/entrypoint.js"></script>
  </head>
  <body>
    <main id="preview"></main>
  </body>
</html>
`;

interface PreviewConfig {
  tag?: unknown;
  attrs?: unknown;
  tokens?: unknown;
}

/**
 * Runs in the preview page (serialized with `toString`, so it may use nothing
 * from outside its own body).
 */
function previewMain(elements: Record<string, readonly string[]>) {
  const main = document.getElementById('preview')!;
  // A plain site: margins, and a sans-serif font the elements inherit.
  document.body.style.margin = '0';
  document.body.style.fontFamily = 'system-ui, sans-serif';
  main.style.padding = '16px';
  main.style.display = 'block';

  // Nothing leaves the preview: the form gets a sample receipt.
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const url = new URL(href, location.href);
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    if (method === 'POST' && url.origin === location.origin && url.pathname === '/v1/submissions') {
      const receipt = {
        id: '00000000-0000-4000-8000-000000000000',
        reference: 'PREVIEW-0000',
        status: 'received',
        createdAt: new Date().toISOString(),
      };
      return Promise.resolve(
        new Response(JSON.stringify(receipt), {
          status: 201,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }
    return realFetch(input, init);
  };

  let current: HTMLElement | undefined;
  let currentKey = '';
  const entries = (value: unknown): Array<[string, string]> =>
    value && typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>).filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        )
      : [];

  const apply = (config: PreviewConfig) => {
    const tag = typeof config.tag === 'string' ? config.tag : '';
    const allowed = elements[tag];
    if (!allowed) return;
    const attrs = entries(config.attrs).filter(([k, v]) => allowed.includes(k) && v !== '');
    const tokens = entries(config.tokens).filter(([k]) => /^--ep-[a-z0-9-]+$/.test(k));
    const key = JSON.stringify([tag, attrs]);
    // A new element for new attributes (it reads them as a page's would, once);
    // only the custom properties change in place.
    if (!current || key !== currentKey) {
      const el = document.createElement(tag);
      for (const [k, v] of attrs) el.setAttribute(k, v);
      main.replaceChildren(el);
      current = el;
      currentKey = key;
    }
    const el = current;
    for (let i = el.style.length - 1; i >= 0; i--) {
      const name = el.style.item(i);
      if (name.startsWith('--ep-')) el.style.removeProperty(name);
    }
    for (const [k, v] of tokens) el.style.setProperty(k, v);
  };

  const fromUrl = (): PreviewConfig => {
    const q = new URLSearchParams(location.search);
    const attrs: Record<string, string> = {};
    const tokens: Record<string, string> = {};
    for (const [k, v] of q) {
      if (k.startsWith('a.')) attrs[k.slice(2)] = v;
      else if (k.startsWith('t.')) tokens[k.slice(2)] = v;
    }
    return { tag: q.get('tag'), attrs, tokens };
  };
  apply(fromUrl());

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== location.origin || event.source !== window.parent) return;
    const data = event.data as { type?: unknown; config?: PreviewConfig } | null;
    if (data?.type === 'ep-embed-preview-config' && data.config) apply(data.config);
  });

  if (window.parent !== window) {
    let last = 0;
    new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'ep-embed-preview-height', height }, location.origin);
    }).observe(document.documentElement);
  }
}

const SCRIPT = `(${previewMain.toString()})(${JSON.stringify(PREVIEW_ELEMENTS)});\n`;

export function embedPreviewRoutes(_deps: Deps) {
  const app = new Hono<Env>();
  const headers = {
    'Content-Security-Policy': PREVIEW_CSP,
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
  app.get('/embed-preview', (c) =>
    c.body(PAGE, 200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }),
  );
  app.get('/embed-preview.js', (c) =>
    c.body(SCRIPT, 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  return app;
}
