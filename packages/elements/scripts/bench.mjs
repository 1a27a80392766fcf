// Benchmark of the elements in headless Chromium, written to the "Elements"
// section of BENCHMARKS.md at the repository root.
//
//   npm run bench -w @entrypoint/elements        (after npm run build)
//
// 1. Script load → first list paint: a page with <ep-challenge-board> against
//    the real server with demo data; from the moment entrypoint.js starts to
//    load (Resource Timing) to the frame after the first card is in the DOM.
//    A fresh browser context per run, so nothing is cached.
// 2. Filter 1,000 and 10,000 challenges: the board fed by an in-page SDK
//    client over N generated challenges; from changing the theme filter to
//    the frame after the list re-rendered.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { startServer } from './server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const loadAtStart = loadavg()[0];
const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-gpu',
  ],
});

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

try {
  // 1. Script load → first list paint.
  const firstPaint = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const tick = () => {
        const card = document
          .querySelector('ep-challenge-board')
          ?.shadowRoot?.querySelector('article');
        if (card)
          requestAnimationFrame(() => {
            const script = performance
              .getEntriesByType('resource')
              .find((e) => e.name.includes('/embed/entrypoint.js'));
            window.__firstPaint = performance.now() - (script?.startTime ?? 0);
          });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const page = await hostPage(
      context,
      '<ep-challenge-board></ep-challenge-board>',
      '/__bench__/paint.html',
    );
    await page.waitForFunction(() => window.__firstPaint !== undefined, null, { timeout: 30_000 });
    firstPaint.push(await page.evaluate(() => window.__firstPaint));
    await context.close();
  }

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
  const section = `## Elements

Measured by \`npm run bench -w @entrypoint/elements\` (after \`npm run build\`) in headless
Chromium ${version}, on ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version},
against the real server with demo data (PGlite). Medians of ${RUNS} runs (filters: ${RUNS * 2} changes).
These are numbers from one shared development machine (1-minute load average
${loadAtStart.toFixed(1)} at the start, on ${cpus().length} cores), to compare changes, not a promise.

| measure | median | min | max |
|---|---|---|---|
| script load → first list paint (\`<ep-challenge-board>\`, 13 challenges, nothing cached) | ${ms(median(firstPaint))} | ${ms(Math.min(...firstPaint))} | ${ms(Math.max(...firstPaint))} |
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
frame after the first card is in the DOM: the entry, the board's chunk, the
shared chunks, the UI strings and the first page of cards with the counts of
the filters (one request, asked for by the entry while the board's code
loads). Filtering is timed with an in-page client that answers at once (as a
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
`;

  const file = `${repo}BENCHMARKS.md`;
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch {
    text = '# Benchmarks\n';
  }
  const start = text.indexOf('## Elements');
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + 3);
    text = text.slice(0, start) + section + (next >= 0 ? text.slice(next) : '');
  } else text = `${text.trimEnd()}\n\n${section}`;
  // Formatted as `npm run lint` expects (the table columns aligned).
  const options = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(text, { ...options, parser: 'markdown' }));
  console.log(section);
} finally {
  await browser.close();
  await server.stop();
}
