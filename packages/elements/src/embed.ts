/**
 * The script-tag bundle (`/embed/entrypoint.js`).
 *
 * It registers every element (the board, the form, the story feed and the
 * cluster directory), each from its own chunk, loaded when its
 * tag first appears in the document: a page with only a board loads only the
 * board's code. Chunks are imported relative to this script's own URL, and the
 * elements talk to the API at the server this script came from unless an
 * element's `api` attribute says otherwise. Loading it twice is harmless:
 * tags already defined are left alone. No globals, no eval, no inline styles
 * (Lit's constructable stylesheets), so it runs under a strict CSP.
 */
// No static imports: the entry runs at once and starts loading the elements
// the page has, instead of first waiting for shared code. (The elements find
// the API from their own chunk's URL: see internal/context.ts.)

const loaders: Record<string, () => Promise<CustomElementConstructor>> = {
  'ep-challenge-board': () => import('./challenge-board.js').then((m) => m.ChallengeBoard),
  'ep-entry-form': () => import('./entry-form.js').then((m) => m.EntryForm),
  'ep-story-feed': () => import('./story-feed.js').then((m) => m.StoryFeed),
  'ep-cluster-directory': () => import('./cluster-directory.js').then((m) => m.ClusterDirectory),
};

const pending = new Set(Object.keys(loaders).filter((tag) => !customElements.get(tag)));

function load(tag: string) {
  pending.delete(tag);
  loaders[tag]?.().then(
    (element) => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    },
    (error: unknown) => {
      pending.add(tag);
      console.error(`Entrypoint: could not load <${tag}>`, error);
    },
  );
}

function scan(root: ParentNode) {
  for (const tag of [...pending]) if (root.querySelector(tag)) load(tag);
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
            if (pending.has(tag)) load(tag);
            else if (node.firstElementChild) scan(node);
          }
      if (!pending.size) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
