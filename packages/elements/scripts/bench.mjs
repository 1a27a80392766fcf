// Benchmark of the elements in headless Chromium, for the "Elements" section
// of BENCHMARKS.md at the repository root (written with BENCH_WRITE=1 only:
// figures of a loaded machine are printed, not written).
//
//   npm run bench -w @entrypoint/elements        (after npm run build)
//   BENCH_RUNS=15  BENCH_LANG=en  BENCH_PARTS=paint (only 1)
//   BENCH_EMBED_DIR=<another build of dist/embed> (a reference, e.g. main's)
//
// 1. Script load → first list paint: a page with <ep-challenge-board> against
//    the real server with demo data, on an origin of its own; from the moment
//    entrypoint.js starts to load (Resource Timing) to the frame that paints
//    the first card, with the waterfall (each request's start and end), in a
//    fresh browser context (nothing cached). Then the second visit: the page
//    reloaded in the same context (the HTTP cache warm), the same measures,
//    and the frames from the first page of cards (and from the board's code)
//    to the first card painted. Each run also measures the floor, in the same
//    way: a page whose one script asks for the same first page and writes its
//    cards with innerHTML (scripts/bench-floor.js), so that a run says how far
//    the board is from what this machine allows at that moment.
// 2. Filter 1,000 and 10,000 challenges: the board fed by an in-page SDK
//    client over N generated challenges; from changing the theme filter to
//    the frame after the list re-rendered.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import * as prettier from 'prettier';
import { startServer } from './server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LANG = process.env.BENCH_LANG ?? 'en';
/** `BENCH_PARTS=paint`: only the first paint and the second visit (nothing written). */
const ONLY_PAINT = process.env.BENCH_PARTS === 'paint';
/** Where the part of BENCHMARKS.md's "Elements" section that this script writes begins and ends. */
const BEGIN =
  '<!-- written by packages/elements/scripts/bench.mjs with BENCH_WRITE=1, up to the comment that ends it -->';
const END = '<!-- end of what packages/elements/scripts/bench.mjs writes -->';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const loadAtStart = loadavg()[0];
// The embed measured, with the floor's script beside it (compressed as the build compresses the embed).
const embedDir = await mkdtemp(join(tmpdir(), 'ep-bench-embed-'));
await cp(
  process.env.BENCH_EMBED_DIR ?? fileURLToPath(new URL('../dist/embed', import.meta.url)),
  embedDir,
  { recursive: true },
);
const floor = await readFile(new URL('./bench-floor.js', import.meta.url));
await writeFile(join(embedDir, 'floor.js'), floor);
await writeFile(join(embedDir, 'floor.js.br'), brotliCompressSync(floor));
await writeFile(join(embedDir, 'floor.js.gz'), gzipSync(floor, { level: 9 }));
const server = await startServer({ embedDir });
const browser = await launchChromium();

async function hostPage(context, body, path) {
  const page = await context.newPage();
  await page.route(`${server.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/embed/entrypoint.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${server.url}${path}`);
  return page;
}

/**
 * The host page of the paint measures, on an origin of its own (as a city's
 * site is: the script, its chunks and the API are cross-origin), served by a
 * plain HTTP server: Playwright's request routing would turn the browser's
 * HTTP cache off, and the second visit is about what that cache keeps.
 */
async function hostServer(body, script = 'entrypoint.js') {
  const html = `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${server.url}/embed/${script}"></script></head><body>${body}</body></html>`;
  const host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${host.address().port}/`, close: () => host.close() };
}

/**
 * Watches a page load: every animation frame's time, when the board is
 * defined, and its first card, from the moment its <article> is in the
 * shadow DOM (a mutation observer on the shadow root as it is attached) to
 * the frame that paints it (the next requestAnimationFrame, marked
 * `ep:first-card`). A second later (the requests that end after the first
 * card, the facets, have ended), it reports what it saw through a binding:
 * nothing of Playwright's runs in the page meanwhile (its injected script,
 * which `waitForFunction` would evaluate, costs tens of milliseconds of the
 * very main thread measured).
 */
function watchPaint() {
  const state = { frames: [] };
  const tick = (t) => {
    state.frames.push(t);
    if (state.frame === undefined || state.frames.length < 600) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  customElements.whenDefined('ep-challenge-board').then(() => (state.defined = performance.now()));
  const report = () => {
    const entries = performance.getEntriesByType('resource');
    const script = entries.find((e) => /\/embed\/(entrypoint|floor)\.js$/.test(e.name));
    const t0 = script?.startTime ?? 0;
    const what = (name) => {
      const url = new URL(name);
      const path = url.pathname.replace(/-[A-Z0-9]{8}\.js$/, '.js').replace('/embed/chunks/', '');
      if (!url.pathname.startsWith('/v1/')) return path;
      const facets = url.searchParams.get('facets');
      return `${path}?${url.searchParams.has('cursor') ? 'cursor' : facets ? `facets=${facets}` : ''}`;
    };
    // The first page of cards: the first card request that is not the facets alone.
    const data = entries.find(
      (e) => e.name.includes('/v1/challenges?') && !/[?&]facets=only/.test(e.name),
    );
    const dataEnd = data ? data.responseEnd : 0;
    // The last of the data and the board's code: the card cannot paint before both are here.
    const ready = Math.max(dataEnd, state.defined);
    const frames = (after) => state.frames.filter((t) => t > after && t <= state.frame).length;
    window.__paintReport({
      requests: entries.map((e) => ({
        what: what(e.name),
        start: e.startTime - t0,
        end: e.responseEnd - t0,
      })),
      defined: state.defined - t0,
      inDom: state.inDom - t0,
      frame: state.frameNow - t0,
      // Not the measure (that is `frame`): when the main thread had laid out and painted that frame.
      painted: state.paintedNow - t0,
      dataEnd: dataEnd - t0,
      // Frames that began after the data had come, up to the one that painted the first card (1: the first possible).
      framesAfterData: frames(dataEnd),
      msAfterData: state.frameNow - dataEnd,
      framesAfterReady: frames(ready),
      msAfterReady: state.frameNow - ready,
    });
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'ep-challenge-board') {
      const observer = new MutationObserver(() => {
        if (state.inDom !== undefined || !root.querySelector('article')) return;
        state.inDom = performance.now();
        observer.disconnect();
        requestAnimationFrame((t) => {
          state.frame = t;
          state.frameNow = performance.now();
          performance.mark('ep:first-card');
          // That frame's own work follows these callbacks in the same task
          // (style, layout, paint, the commit to the compositor): the next
          // task begins when the main thread's part of the frame is done.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (state.paintedNow = performance.now());
          channel.port2.postMessage(0);
          setTimeout(report, 1000);
        });
      });
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };
}

/** Loads the page with `load` and waits for its report (watchPaint). */
function measured(context, load) {
  return new Promise((resolve, reject) => {
    context.__report = resolve;
    load().catch(reject);
    setTimeout(() => reject(new Error('no first card in 30 s')), 30_000);
  });
}

const summarise = (runs) => {
  const row = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  const byWhat = {};
  for (const r of runs) for (const q of r.requests) (byWhat[q.what] ??= []).push(q);
  return {
    ...Object.fromEntries(
      [
        'defined',
        'inDom',
        'frame',
        'painted',
        'dataEnd',
        'framesAfterData',
        'msAfterData',
        'framesAfterReady',
        'msAfterReady',
        'fromCache',
        'revalidated',
        'network',
      ].map((k) => [k, row(runs.map((r) => r[k]))]),
    ),
    requests: Object.fromEntries(
      Object.entries(byWhat).map(([what, qs]) => [
        what,
        {
          start: median(qs.map((q) => q.start)),
          end: median(qs.map((q) => q.end)),
          count: qs.length / runs.length,
        },
      ]),
    ),
  };
};

try {
  // 1. Script load → first list paint, then the second visit (the HTTP cache
  // warm); in each run the board's page, then the floor's.
  const host = await hostServer('<ep-challenge-board></ep-challenge-board>');
  const floorHost = await hostServer('<ep-challenge-board></ep-challenge-board>', 'floor.js');
  const cold = [];
  const warm = [];
  const floorCold = [];
  const floorWarm = [];
  /** A cold visit of `url` in a fresh browser context, then its reload. */
  const visits = async (url) => {
    const context = await browser.newContext();
    await context.exposeBinding('__paintReport', (_, report) => context.__report(report));
    await context.addInitScript(watchPaint);
    const page = await context.newPage();
    // Where each answer came from (Resource Timing cannot say it of cross-origin
    // answers without Timing-Allow-Origin): the browser's cache, a 304, or the network.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let from;
    // (The memory cache says requestServedFromCache, then responseReceived; the disk cache only the latter.)
    const cached = new Set();
    cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId));
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      if (response.url.startsWith(url)) return;
      if (cached.has(requestId) || response.fromDiskCache) from.fromCache++;
      else if (response.status === 304) from.revalidated++;
      else from.network++;
    });
    const visit = async (load) => {
      from = { fromCache: 0, revalidated: 0, network: 0 };
      return { ...(await measured(context, load)), ...from };
    };
    const first = await visit(() => page.goto(url));
    // The same visitor again: the same context (its HTTP cache), the page reloaded.
    const second = await visit(() => page.reload());
    await context.close();
    return [first, second];
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      const [c, w] = await visits(host.url);
      cold.push(c);
      warm.push(w);
      const [fc, fw] = await visits(floorHost.url);
      floorCold.push(fc);
      floorWarm.push(fw);
    }
  } finally {
    host.close();
    floorHost.close();
  }
  const firstPaint = cold.map((r) => r.frame);

  const paint = {
    cold: summarise(cold),
    warm: summarise(warm),
    floor: { cold: summarise(floorCold), warm: summarise(floorWarm) },
  };
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(JSON.stringify(paint, null, 1));
  const f = (x) => `${x.toFixed(1)} ms`;
  for (const [what, board, low] of [
    ['first visit', paint.cold, paint.floor.cold],
    ['second visit', paint.warm, paint.floor.warm],
  ])
    console.log(
      `${what}: first card's frame ${f(board.frame.median)}, the floor's ${f(low.frame.median)} (+${f(board.frame.median - low.frame.median)}); frames after the data ${board.framesAfterData.median}, the floor's ${low.framesAfterData.median}`,
    );
  if (!ONLY_PAINT) await rest(firstPaint, paint);
} finally {
  await browser.close();
  await server.stop();
  await rm(embedDir, { recursive: true, force: true });
}

/** The filters and the bytes of the demo page, and the section of BENCHMARKS.md. */
async function rest(firstPaint, paint) {
  // 2. Filtering N challenges.
  const demo = await (await fetch(`${server.url}/v1/challenges?limit=100`)).json();
  const filtering = {};
  for (const n of [1_000, 10_000]) {
    const context = await browser.newContext();
    const page = await hostPage(
      context,
      '<ep-challenge-board page-size="20"></ep-challenge-board>',
      '/__bench__/filter.html',
    );
    const times = await page.evaluate(
      async ({ demo, n, runs }) => {
        await customElements.whenDefined('ep-challenge-board');
        const THEMES = [
          'mobility',
          'energy',
          'climate',
          'water',
          'health',
          'digitalisation',
          'food',
          'maritime',
        ];
        const STATUSES = ['open', 'in-dialogue', 'procurement', 'closed', 'solved'];
        const all = Array.from({ length: n }, (_, i) => {
          const c = demo[i % demo.length];
          return {
            ...c,
            id: `${c.id}-${i}`,
            orgId: ['norrhamn', 'fjordvik', 'kustlanda'][i % 3],
            themes: [THEMES[i % THEMES.length], THEMES[(i * 7 + 3) % THEMES.length]],
            status: STATUSES[i % STATUSES.length],
          };
        });
        const list = async (params = {}) => {
          const start = Number(params.cursor ?? 0);
          const limit = params.limit ?? 100;
          const next = start + limit;
          return {
            data: all.slice(start, next),
            nextCursor: next < all.length ? String(next) : null,
          };
        };
        // The board asks for cards with facets (client.challenges.cards): answered
        // here in the page at once, as a kept answer is, so what is timed is the board.
        const cards = async ({ filter = {}, cursor, limit = 12, facets } = {}) => {
          const pass = (c) => ({
            theme: !filter.theme || c.themes.includes(filter.theme),
            status: !filter.status || c.status === filter.status,
            owner: !filter.org || c.orgId === filter.org,
          });
          const items = all.filter((c) => Object.values(pass(c)).every(Boolean));
          const start = Number(cursor ?? 0);
          const page = {
            data: items.slice(start, start + limit),
            nextCursor: start + limit < items.length ? String(start + limit) : null,
          };
          if (!facets) return page;
          const f = {
            total: items.length,
            theme: {},
            status: {},
            owner: {},
            region: {},
            names: {},
          };
          const bump = (m, k) => (m[k] = (m[k] ?? 0) + 1);
          for (const c of all) {
            const p = pass(c);
            if (p.status && p.owner) for (const t of c.themes) bump(f.theme, t);
            if (p.theme && p.owner) bump(f.status, c.status);
            if (p.theme && p.status) bump(f.owner, c.orgId);
          }
          return { ...page, facets: f };
        };
        const client = {
          challenges: {
            cards,
            list,
            get: async (id) => all.find((c) => c.id === id),
            clusters: async () => ({ data: [], nextCursor: null }),
          },
          organizations: { list: async () => ({ data: [], nextCursor: null }) },
        };
        const board = document.querySelector('ep-challenge-board');
        board.client = client;
        const root = () => board.shadowRoot;
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        // Wait until every challenge is loaded.
        for (;;) {
          await frame();
          const count = root()?.querySelector('.count')?.textContent ?? '';
          if (count.includes(`${n.toLocaleString('en')} challenges`)) break;
        }
        const select = root().querySelector('#f-theme');
        const times = [];
        for (let i = 0; i < runs; i++) {
          const value = i % 2 ? '' : THEMES[(i / 2) % THEMES.length];
          const t0 = performance.now();
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await board.updateComplete;
          const rendered = performance.now() - t0;
          await frame();
          times.push([rendered, performance.now() - t0]);
        }
        return times;
      },
      { demo: demo.data, n, runs: RUNS * 2 },
    );
    filtering[n] = { rendered: times.map((t) => t[0]), frame: times.map((t) => t[1]) };
    await context.close();
  }

  // 3. Bytes on the wire for the demo city page (all three elements), from
  // navigation until the network is quiet: Resource Timing's transferSize
  // (headers and the body as sent) beside decodedBodySize (the body as it
  // would be sent uncompressed), by kind.
  const wire = {};
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    const entries = await page.evaluate(() =>
      [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].map((e) => ({ name: e.name, transfer: e.transferSize, decoded: e.decodedBodySize })),
    );
    for (const e of entries) {
      const path = new URL(e.name).pathname;
      const kind = path.endsWith('.js')
        ? 'JavaScript'
        : path.startsWith('/v1/')
          ? 'JSON (API)'
          : path === '/' || path.endsWith('.html')
            ? 'HTML'
            : 'other';
      wire[kind] ??= { transfer: 0, decoded: 0, requests: 0 };
      wire[kind].transfer += e.transfer;
      wire[kind].decoded += e.decoded;
      wire[kind].requests += 1;
    }
    await context.close();
  }
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  const wireTotal = Object.values(wire).reduce(
    (t, w) => ({
      transfer: t.transfer + w.transfer,
      decoded: t.decoded + w.decoded,
      requests: t.requests + w.requests,
    }),
    { transfer: 0, decoded: 0, requests: 0 },
  );

  const ms = (x) => `${x.toFixed(1)} ms`;
  const version = browser.version();
  const section = `${BEGIN}
Measured by \`npm run bench -w @entrypoint/elements\` (after \`npm run build\`) in headless
Chromium ${version}, on ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version},
against the real server with demo data (PGlite). Medians of ${RUNS} runs (filters: ${RUNS * 2} changes).
These are numbers from one shared development machine (1-minute load average
${loadAtStart.toFixed(1)} at the start, on ${cpus().length} cores), to compare changes, not a promise.

| measure | median | min | max |
|---|---|---|---|
| script load → first list paint (\`<ep-challenge-board>\`, 13 challenges, nothing cached) | ${ms(median(firstPaint))} | ${ms(Math.min(...firstPaint))} | ${ms(Math.max(...firstPaint))} |
| the same, second visit (HTTP cache warm) | ${ms(paint.warm.frame.median)} | ${ms(paint.warm.frame.min)} | ${ms(paint.warm.frame.max)} |
| second visit: first page of cards in → first card painted, in frames | ${paint.warm.framesAfterData.median} | ${paint.warm.framesAfterData.min} | ${paint.warm.framesAfterData.max} |
| the floor in the same runs: one script, one request, its cards by \`innerHTML\`, nothing cached | ${ms(paint.floor.cold.frame.median)} | ${ms(paint.floor.cold.frame.min)} | ${ms(paint.floor.cold.frame.max)} |
| the floor, second visit | ${ms(paint.floor.warm.frame.median)} | ${ms(paint.floor.warm.frame.min)} | ${ms(paint.floor.warm.frame.max)} |
${[1000, 10000]
  .flatMap((n) => [
    [
      `filter ${n.toLocaleString('en')} challenges by theme → list re-rendered`,
      filtering[n].rendered,
    ],
    [
      `filter ${n.toLocaleString('en')} challenges by theme → next frame painted`,
      filtering[n].frame,
    ],
  ])
  .map(
    ([label, xs]) =>
      `| ${label} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} |`,
  )
  .join('\n')}

"First list paint" runs from the moment \`entrypoint.js\` starts to load to the
frame that paints the first card (the first requestAnimationFrame after it
is in the DOM): the entry, the board's chunk, the shared chunks, the UI
strings and the first page of cards (asked for by the entry while the
board's code loads, beside the counts of the filters, \`facets=only\`, which
the cards do not wait for). The page is on an origin of its own, as a
city's site is. The second visit is a reload in the same browser context:
the code and the answers come from the browser's cache (the chunks are
immutable, the answers \`max-age=60\`); "in frames" counts the animation
frames that began after the first page of cards had come, up to the one
that painted a card (1: the first frame possible). The floor is measured
the same way in each run, right after the board's visits: a page whose one
script (scripts/bench-floor.js, served beside the embed) asks for the same
first page and writes its cards into the same tag's shadow root with
\`innerHTML\`, with no framework, chunks, UI strings or filters: what a page
cannot do faster on this machine at that moment. Filtering is timed with an in-page client that answers at once (as a
kept answer does; a new one is a request to the server, see "Board at 1,000
and 10,000 challenges"): one pass over the challenges (counts for every facet
included) and a render of the first page of cards.

Bytes on the wire for the demo city page (\`/\`, with all three elements), from
navigation until the network is quiet, in one fresh browser context: what
crossed the wire (Resource Timing \`transferSize\`: headers and the body as
sent, compressed where the server compressed it) beside the bodies as they
are uncompressed (\`decodedBodySize\`), which is what the page cost before the
server compressed anything.

| what | requests | on the wire | uncompressed bodies |
|---|---|---|---|
${[...Object.entries(wire).sort(([a], [b]) => a.localeCompare(b)), ['all', wireTotal]]
  .map(([kind, w]) => `| ${kind} | ${w.requests} | ${kB(w.transfer)} | ${kB(w.decoded)} |`)
  .join('\n')}

${END}`;

  const file = `${repo}BENCHMARKS.md`;
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  // Only the part between the two comments is replaced: the notes below it
  // (what each change was measured to buy) are the section's history.
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END, start);
  if (start >= 0 && end >= 0) text = text.slice(0, start) + section + text.slice(end + END.length);
  else text = `${text.trimEnd()}\n\n## Elements\n\n${section}\n`;
  // Formatted as `npm run lint` expects (the table columns aligned).
  const options = (await prettier.resolveConfig(file)) ?? {};
  console.log(section);
  // Only on a quiet machine (BENCH_WRITE=1): the figures of a loaded one are not for the table.
  if (process.env.BENCH_WRITE)
    await writeFile(file, await prettier.format(text, { ...options, parser: 'markdown' }));
}
