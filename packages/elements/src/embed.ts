/**
 * The script-tag bundle (`/embed/entrypoint.js`).
 *
 * It registers every element (the board, the form, the story feed and the
 * cluster directory), each from its own chunk, loaded when its
 * tag first appears in the document: a page with only a board loads only the
 * board's code. Chunks are imported relative to this script's own URL, and the
 * elements talk to the API at the server this script came from unless an
 * element's `api` attribute says otherwise. Loading it twice is harmless:
 * tags already defined are left alone. No globals (on a page in a language
 * with a UI catalogue, one property under a symbol: see `loaded` in
 * i18n/index.ts), no eval, no inline styles (Lit's constructable
 * stylesheets), so it runs under a strict CSP.
 */
// No static imports: the entry runs at once and starts loading the elements
// the page has, instead of first waiting for shared code. (The elements find
// the API from their own chunk's URL: see internal/context.ts.)

/**
 * For each tag, the shared chunks its element's chunk imports, by hash
 * (`chunks/chunk-HASH.js`; filled in by scripts/build-embed.mjs from the
 * build's metafile): fetched at once, beside the element's own chunk,
 * instead of after it.
 */
declare const __EP_PRELOAD__: Record<string, string[]>;
const preload = __EP_PRELOAD__;

/** The UI catalogues besides English (i18n/index.ts loads the same modules). */
const catalogues: Record<string, () => Promise<unknown>> = {
  sv: () => import('./i18n/sv.js'),
  nb: () => import('./i18n/nb.js'),
  fi: () => import('./i18n/fi.js'),
};

/** Where the first page of a board goes (internal/board-data.ts `PREFETCH`), and the server root. */
const PREFETCH = Symbol.for('entrypoint.board.first-page');
const root = new URL('..', import.meta.url).href;

/**
 * The first pages asked for, by tag: an element whose code has come is
 * defined once they have come too, or after `WAIT` ms, whichever is first.
 * Its first render then draws the cards, not a skeleton that a second render
 * replaces (a second visit's code is usually ready before the browser's cache
 * has handed over the page); and until then a page's
 * `ep-challenge-board:not(:defined)` style keeps its space.
 */
const firstPages: Record<string, Promise<unknown>[]> = {};
const WAIT = 100;

/** An element's language as internal/context.ts `resolveLang` reads it (without shadow roots). */
function langOf(el: Element): string {
  try {
    return Intl.getCanonicalLocales(el.closest('[lang]')?.getAttribute('lang') || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * What an element needs besides its code, asked for as soon as its tag is
 * seen: its UI language's strings and, for a board, its first page of cards
 * and, beside it, the counts of its filters (`facets=only`: a count over the
 * whole scope, slower than a page, which the cards need not wait for); both
 * handed to the element (`PREFETCH`, by their parameters) when it starts. The
 * parameters are those internal/board-data.ts `cardParams` makes from the
 * same attributes (a board whose parameters differ asks again itself), and so
 * are the URLs, the same for every visitor of the board, for the caches.
 */
function prefetch(el: Element) {
  const lang = langOf(el);
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const catalogue = catalogues[base === 'no' || base === 'nn' ? 'nb' : base];
  void catalogue?.().catch(() => {});
  if (el.localName !== 'ep-challenge-board' || PREFETCH in el) return;
  const attr = (name: string) => el.getAttribute(name) ?? '';
  const owners = attr('org')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const size = el.hasAttribute('page-size') ? Number(attr('page-size')) : 12;
  const params = {
    org: owners.length ? owners : undefined,
    region: attr('region').trim() || undefined,
    sort: 'status',
    status: attr('status') || undefined,
    theme: attr('theme') || undefined,
    lang,
    limit: Math.min(Math.max(Math.floor(size) || 12, 1), 100),
    filter: {},
  };
  const api = (attr('api') || root).replace(/\/+$/, '');
  const asked: Record<string, Promise<unknown>> = {};
  for (const p of [params, { ...params, facets: 'only' }]) {
    const query = new URLSearchParams({ view: 'card' });
    // The owners comma-separated (as the SDK's client sends a list); no filter is chosen yet.
    for (const [key, value] of Object.entries({ ...p, filter: undefined }))
      if (value !== undefined)
        query.set(key, Array.isArray(value) ? value.join(',') : String(value));
    const answer: Promise<unknown> = fetch(`${api}/v1/challenges?${query}`, {
      headers: { accept: 'application/json' },
    })
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : undefined))
      .catch(() => undefined);
    asked[JSON.stringify(p)] = answer;
    if (p === params) (firstPages[el.localName] ??= []).push(answer);
  }
  (el as Element & Record<symbol, unknown>)[PREFETCH] = asked;
  // The cards' dates (internal/format.ts): the UI catalogues write them in
  // their languages (`PLAIN` there), without Intl. In a language without a
  // catalogue, a page's first date format costs the most (the browser loads
  // its locale data), so a date format is made now, while the code and the
  // cards load, rather than when the cards are drawn. (A tag of a catalogue's
  // language that `PLAIN` leaves to Intl, such as `en-GB`, pays it then.)
  if (!catalogue && base !== 'en') setTimeout(() => new Intl.DateTimeFormat(lang));
}

const loaders: Record<string, () => Promise<CustomElementConstructor>> = {
  'ep-challenge-board': () => import('./challenge-board.js').then((m) => m.ChallengeBoard),
  'ep-entry-form': () => import('./entry-form.js').then((m) => m.EntryForm),
  'ep-story-feed': () => import('./story-feed.js').then((m) => m.StoryFeed),
  'ep-cluster-directory': () => import('./cluster-directory.js').then((m) => m.ClusterDirectory),
};

const pending = new Set(Object.keys(loaders).filter((tag) => !customElements.get(tag)));

function load(tag: string) {
  pending.delete(tag);
  for (const hash of preload[tag] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`chunks/chunk-${hash}.js`, import.meta.url).href;
    document.head.append(link);
  }
  loaders[tag]?.().then(
    async (element) => {
      await Promise.race([
        Promise.all(firstPages[tag] ?? []),
        new Promise((resolve) => setTimeout(resolve, WAIT)),
      ]);
      if (!customElements.get(tag)) customElements.define(tag, element);
    },
    (error: unknown) => {
      pending.add(tag);
      console.error(`Entrypoint: could not load <${tag}>`, error);
    },
  );
}

function scan(root: ParentNode) {
  for (const tag of Object.keys(loaders))
    for (const el of root.querySelectorAll(tag)) {
      if (pending.has(tag)) load(tag);
      // Only for an element that has not started yet (its tag is still loading).
      if (!customElements.get(tag)) prefetch(el);
    }
}

if (pending.size) {
  scan(document);
  if (pending.size) {
    // Tags added later (a CMS widget, a single-page app) load when they appear.
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof Element) {
            const tag = node.localName;
            if (loaders[tag] && !customElements.get(tag)) {
              if (pending.has(tag)) load(tag);
              prefetch(node);
            } else if (node.firstElementChild) scan(node);
          }
      if (!pending.size) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
