// Size budgets of the embed, in exact gzip bytes (zlib level 9, as a CDN
// would serve them). What a page loads is the entry, its static imports, and
// for each element on the page the element's chunk with its static imports:
// the closure over the esbuild metafile, so a new shared chunk is counted.
// Beside it, what the page loads on use: also every chunk its elements
// import when asked to (the board's detail of one challenge, the form the
// board opens in place …), with their static imports; not the UI strings of
// another language (one ~2.7 kB chunk, on a page in that language only).
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

/** The UI strings of a language other than English: loaded by language, not on use. */
const catalogue = (f) => /\/chunks\/(sv|nb|fi)-[A-Z0-9]+\.js$/.test(f);

/**
 * `files` and what they import statically; with `onUse`, also what the
 * elements' chunks import dynamically (not the entry's imports: those are the
 * elements a page may have), and so on.
 */
function closure(files, onUse = false) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const imp of outputs[f].imports)
      if (
        imp.kind === 'import-statement' ||
        (onUse && imp.kind === 'dynamic-import' && f !== entry && !catalogue(imp.path))
      )
        visit(imp.path);
  };
  files.forEach(visit);
  return seen;
}

const gzip = (file) => gzipSync(readFileSync(`${root}${file}`), { level: 9 }).length;

/**
 * `limit` is what CI enforces: each page's measured size plus under 100 B, so
 * that any growth shows (`onUseLimit` the same for what it loads on use); a change that must grow a page raises its limit
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
 * Before (2026-12-03, later), with the board's detail of one challenge (its
 * views, Markdown, the budget format, its styles and strings) in the board's
 * chunk and the form's check (the generated schema check, the input it
 * checks, the server's field errors, the error and confirmation strings and
 * styles) in the form's, the pages weighed those 20,624 (board), 31,279 (all
 * three), 20,626 (form), 15,616 (directory) and 15,735 B (feed), all of it
 * on the first load, with limits of 20,710, 31,360, 20,710, 15,700 and
 * 15,820 B. Each is now a chunk loaded on use (src/challenge-board.ts
 * `loadDetail`: when a challenge is opened, a card pointed at or focused, or
 * the board's code runs on a page opened at `#ep-challenge=ID`;
 * src/entry-form.ts `loadSend`: when the form is first touched, or sent): the
 * board's chunk 1,767 B lighter (the detail's chunk 2,794 B), the form's
 * 1,669 B (the check's chunk 2,539 B), so the first load is 1,723 B lighter
 * with the board, 1,625 B with the form and 3,393 B with all three. Loaded,
 * they cost more than before (what each shares with its element compresses
 * apart, and the code that loads them): 1,071 B on a board whose detail is
 * opened, 914 B on a form that is sent. The shared chunk compresses 46 B
 * worse (the same bytes before compression: esbuild orders its modules
 * otherwise once the detail's chunk reaches them), so the directory and feed
 * pages weigh 44 and 43 B more. What a page loads on use is measured beside
 * its first load (`onUse`), with a limit of its own, so that what moved out
 * of the first load still shows when it grows. Measured with it: 18,901
 * (board), 27,886 (all three), 19,001 (form), 15,660 (directory) and
 * 15,778 B (feed) at first load; 30,338, 33,219, 21,540, 15,660 and
 * 15,778 B with what loads on use.
 *
 * V8's compile hint at the top of each element's chunk and shared chunk
 * (`//# allFunctionsCalledOnLoad`, scripts/build-embed.mjs: Chromium compiles
 * them as they stream in, off the main thread, instead of function by
 * function during the first render) costs 23 B a chunk: 46 B on a page with
 * one element, 94 B with all three. Measured with it: 20,670 (board), 31,373
 * (all three), 20,674 (form), 15,662 (directory) and 15,781 B (feed).
 *
 * The entry defines an element once the first page it asked for has come
 * (at most 100 ms after its code; src/embed.ts `firstPages`), and the
 * board's own wait for that page is gone: the entry 35 B heavier, the
 * board's chunk 82 B lighter. Measured with it: 18,893 (board), 27,926 (all
 * three), 19,080 (form), 15,739 (directory) and 15,859 B (feed) at first
 * load; 30,353, 33,259, 21,619, 15,739 and 15,859 B with what loads on use.
 *
 * Dates and small counts written without Intl in the UI catalogues'
 * languages (src/internal/format.ts `PLAIN`: a page's first Intl date or
 * number format loads the browser's locale data, 20 to 50 ms of the main
 * thread on a first visit): the shared chunk 115 B heavier (the check of
 * the page's language, English's date, the count), the entry 46 B lighter
 * (its date format only for a language without a catalogue, written shorter,
 * and its map of shared chunks written into its code by the minifier instead
 * of read from a line above it), the Swedish, Norwegian and Finnish
 * catalogues 43 to 98 B heavier (each writes its dates). Measured with it:
 * 18,960 (board), 27,993 (all three), 19,151 (form), 15,807 (directory) and
 * 15,926 B (feed) at first load; 30,419, 33,323, 21,690, 15,807 and 15,926 B
 * with what loads on use.
 *
 * The UI catalogues add themselves, as they run, to a record under a symbol
 * named by their folder (src/i18n/index.ts `loaded`), and a failed load is
 * not asked for again: 5 to 9 B more. Measured with it: 18,967 (board),
 * 27,998 (all three), 19,159 (form), 15,816 (directory) and 15,934 B (feed)
 * at first load; 30,427, 33,330, 21,698, 15,816 and 15,934 B with what loads
 * on use.
 *
 * An element's UI language is the one it shows (English while its catalogue
 * loads or when it could not), and content is marked with its `lang` against
 * that language (src/internal/format.ts `langAttr`), not the page's; `strings`
 * keyed by that language alone: 18,974 (board), 27,996 (all three), 19,165
 * (form), 15,821 (directory) and 15,931 B (feed) at first load; 30,426,
 * 33,320, 21,704, 15,821 and 15,931 B with what loads on use.
 */
export const BUDGETS = [
  {
    name: 'page with only <ep-challenge-board>',
    limit: 18_980,
    onUseLimit: 30_440,
    files: [entry, chunkOf('challenge-board')],
  },
  {
    name: 'page with all three elements',
    limit: 28_000,
    onUseLimit: 33_340,
    files: [entry, chunkOf('challenge-board'), chunkOf('entry-form'), chunkOf('story-feed')],
  },
  {
    name: 'page with only <ep-entry-form>',
    limit: 19_210,
    onUseLimit: 21_750,
    files: [entry, chunkOf('entry-form')],
  },
  {
    name: 'page with only <ep-cluster-directory>',
    limit: 15_860,
    onUseLimit: 15_860,
    files: [entry, chunkOf('cluster-directory')],
  },
  {
    name: 'page with only <ep-story-feed>',
    limit: 15_980,
    onUseLimit: 15_980,
    files: [entry, chunkOf('story-feed')],
  },
];

export function measure() {
  return BUDGETS.map((b) => {
    const files = [...closure(b.files)];
    const onUse = [...closure(b.files, true)];
    return {
      name: b.name,
      limit: b.limit,
      gzip: files.reduce((n, f) => n + gzip(f), 0),
      files,
      onUseLimit: b.onUseLimit,
      onUse: onUse.reduce((n, f) => n + gzip(f), 0),
      onUseFiles: onUse,
    };
  });
}

const over = (r) => r.gzip > r.limit || r.onUse > r.onUseLimit;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else
    for (const r of results)
      console.log(
        `${over(r) ? 'OVER' : 'ok  '} ${r.name}: ${r.gzip} B gzip (limit ${r.limit} B, ${r.limit - r.gzip} B left; ${r.files.length} files); ` +
          `with what loads on use ${r.onUse} B (limit ${r.onUseLimit} B, ${r.onUseLimit - r.onUse} B left; ${r.onUseFiles.length} files)`,
      );
  if (results.some(over)) process.exit(1);
}
