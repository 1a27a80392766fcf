// Size budgets of the embed, in exact gzip bytes (zlib level 9, as a CDN
// would serve them). What a page loads is the entry, its static imports, and
// for each element on the page the element's chunk with its static imports:
// the closure over the esbuild metafile, so a new shared chunk is counted.
//
//   node scripts/size.mjs          prints the table, exits 1 over budget
//   node scripts/size.mjs --json   prints the numbers as JSON
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const meta = JSON.parse(readFileSync(`${root}dist/embed-meta.json`, 'utf8'));
const outputs = meta.outputs;
const entry = Object.keys(outputs).find((f) => f.endsWith('/entrypoint.js'));
if (!entry) throw new Error('dist/embed/entrypoint.js is missing: run npm run build');

/** The element chunk behind each dynamic import of the entry, by tag. */
const chunkOf = (name) => {
  const found = Object.keys(outputs).find((f) => f.match(new RegExp(`/${name}-[A-Z0-9]+\\.js$`)));
  if (!found) throw new Error(`no chunk for ${name}`);
  return found;
};

function closure(files) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const imp of outputs[f].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  files.forEach(visit);
  return seen;
}

const gzip = (file) => gzipSync(readFileSync(`${root}${file}`), { level: 9 }).length;

/**
 * `limit` is what CI enforces: each page's measured size plus under 100 B, so
 * that any growth shows; a change that must grow a page raises its limit
 * here and says why. The SDK part of every page is its lite client
 * (createLiteClient: fetch, no ky, no answer schemas, about 2.9 kB). No page
 * loads zod: the form checks its input with code generated from the SDK's
 * SubmissionInput schema at build time (scripts/gen-submission-check.mjs).
 *
 * Before (2026-12-02), with the form's zod/mini (5.5 kB on a page with the
 * form), @lit/task (0.3 kB on every page), Lit's live directive (its
 * directive base a chunk of its own with the feed: 0.2 to 0.6 kB), the
 * vocabulary as a chunk of its own (0.2 to 0.3 kB) and decorators (0.1 kB per
 * element), the limits were 25,000 (board), 39,400 (all three), 30,300 (form),
 * 20,000 (directory) and 20,100 B (feed). The board asking for its first
 * cards and their counts side by side, to show the cards first, costs about
 * 200 B on a page with the board (the entry +13, the board's chunk +184).
 *
 * Before (2026-12-02, later), with the English UI strings of every element in
 * the shared chunk, Lit's property decorator (the board, EpElement) and
 * esbuild's minifier alone, the pages weighed 23,098 (board), 32,570 (all
 * three), 23,127 (form), 19,326 (directory) and 19,319 B (feed), with limits
 * of 23,180, 32,650, 23,190, 19,390 and 19,380 B. Static properties took
 * 374 to 498 B off, each element's own English strings in its own chunk 794
 * (form) to 1,254 B (board) off a page with one element, and a terser pass
 * after esbuild 250 to 520 B. Drawing the board's first cards sooner costs
 * the board's chunk +114 B (cards that have come are drawn in the first
 * render: the answers noted as they come, the task completing at once), the
 * shared chunk +17 B (Task: a value, not a promise, completes at once), and
 * the entry +48 B on every page (on a page with a board, it makes the cards'
 * date format while the code loads: a page's first date format costs tens of
 * milliseconds, which came before the first card).
 *
 * Before (2026-12-03), with Lit's <style> fallback for browsers without
 * constructable stylesheets, its polyfill and hydration hooks and its long
 * css-tag errors in the embed's copy, a `//# sourceMappingURL=` comment at the
 * end of every script, Markdown, the budget format and the form's field
 * errors in the shared chunk, and the SDK's resources handing on each shared
 * call by name, the pages weighed 21,133 (board), 31,712 (all three), 21,776
 * (form), 16,916 (directory) and 17,027 B (feed), with limits of 21,220,
 * 31,800, 21,860, 17,000 and 17,110 B. The source maps named in a `SourceMap`
 * header instead took 105 to 181 B off, the polyfill hooks 95 to 99 B, the
 * <style> fallback 179 to 184 B and the css-tag errors 93 to 99 B. Markdown,
 * the budget format and the field errors in the chunks that use them took
 * 645 (form) to 713 B (directory) off a page without the board, 38 B off the
 * board's, and cost all three 33 B; the check boxes' rule in the form's styles
 * and three skeleton widths in the board's took 40 to 71 B off the board,
 * directory and feed pages and cost the form 7 B and all three 42 B. The SDK:
 * its resources spreading the shared calls 43 to 45 B, its errors declaring
 * their fields 22 to 25 B.
 *
 * Drawing a revisit's first cards in the board's first render (2026-12-03)
 * costs the entry about 34 B on every page (it tells the board when the first
 * page's response is in, its body still being read) and the board's chunk
 * about 86 B (its first update waits for that body, at most 100 ms, instead
 * of drawing a skeleton and then the cards): about 120 B on a page with the
 * board. Measured with it: 20,624 (board), 31,279 (all three), 20,626
 * (form), 15,616 (directory) and 15,735 B (feed).
 *
 * V8's compile hint at the top of each element's chunk and shared chunk
 * (`//# allFunctionsCalledOnLoad`, scripts/build-embed.mjs: Chromium compiles
 * them as they stream in, off the main thread, instead of function by
 * function during the first render) costs 23 B a chunk: 46 B on a page with
 * one element, 94 B with all three. Measured with it: 20,670 (board), 31,373
 * (all three), 20,674 (form), 15,662 (directory) and 15,781 B (feed).
 */
export const BUDGETS = [
  {
    name: 'page with only <ep-challenge-board>',
    limit: 20_750,
    files: [entry, chunkOf('challenge-board')],
  },
  {
    name: 'page with all three elements',
    limit: 31_460,
    files: [entry, chunkOf('challenge-board'), chunkOf('entry-form'), chunkOf('story-feed')],
  },
  {
    name: 'page with only <ep-entry-form>',
    limit: 20_760,
    files: [entry, chunkOf('entry-form')],
  },
  {
    name: 'page with only <ep-cluster-directory>',
    limit: 15_750,
    files: [entry, chunkOf('cluster-directory')],
  },
  {
    name: 'page with only <ep-story-feed>',
    limit: 15_870,
    files: [entry, chunkOf('story-feed')],
  },
];

export function measure() {
  return BUDGETS.map((b) => {
    const files = [...closure(b.files)];
    return {
      name: b.name,
      limit: b.limit,
      gzip: files.reduce((n, f) => n + gzip(f), 0),
      files,
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else
    for (const r of results)
      console.log(
        `${r.gzip <= r.limit ? 'ok  ' : 'OVER'} ${r.name}: ${r.gzip} B gzip (limit ${r.limit} B, ${r.limit - r.gzip} B left; ${r.files.length} files)`,
      );
  if (results.some((r) => r.gzip > r.limit)) process.exit(1);
}
