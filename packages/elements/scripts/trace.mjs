// Chromium traces of the paint bench's page (scripts/bench.mjs): a cold visit
// and its reload in each fresh browser context, for the attribution in the
// "Elements" section of BENCHMARKS.md at the repository root. Each trace is
// written to a folder (open it in DevTools' Performance panel or
// https://ui.perfetto.dev) and summed up here: every request's start, response
// and end, the element's marks (defined, first card in the DOM, the frame of
// the first card) and the renderer's main-thread tasks with what is in them.
//
//   node scripts/trace.mjs               (after npm run build)
//   TRACE_RUNS=3  TRACE_DIR=/tmp/ep-trace  TRACE_PROFILE=1 (a CPU profile too)
//   BENCH_EMBED_DIR=<another build of dist/embed> (a reference)
//   BENCH_LANG=sv (the page's language, as in the bench; en unless said)
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

const RUNS = Number(process.env.TRACE_RUNS ?? 2);
const DIR = process.env.TRACE_DIR ?? '/tmp/ep-trace';
const LANG = process.env.BENCH_LANG ?? 'en';
const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink',
  'blink.user_timing',
  'loading',
  'toplevel',
  ...(process.env.TRACE_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

await mkdir(DIR, { recursive: true });
const server = await startServer(
  process.env.BENCH_EMBED_DIR ? { embedDir: process.env.BENCH_EMBED_DIR } : {},
);
const browser = await launchChromium();
// The bench's page, on an origin of its own.
const html = `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${server.url}/embed/entrypoint.js"></script></head><body><ep-challenge-board></ep-challenge-board></body></html>`;
const host = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
});
await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${host.address().port}/`;

/** In the page: marks when the board is defined, its first card is in the DOM, and that card's frame begins. */
function marks() {
  customElements.whenDefined('ep-challenge-board').then(
    () => performance.mark('ep:defined'),
    () => {},
  );
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'ep-challenge-board') {
      const observer = new MutationObserver(() => {
        if (!root.querySelector('article')) return;
        observer.disconnect();
        performance.mark('ep:in-dom');
        requestAnimationFrame(() => {
          performance.mark('ep:first-card');
          setTimeout(() => window.__traced(), 500);
        });
      });
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };
}

try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    let done = () => {};
    await context.exposeBinding('__traced', () => done());
    await context.addInitScript(marks);
    const page = await context.newPage();
    for (const visit of ['cold', 'warm']) {
      const traced = new Promise((resolve) => (done = resolve));
      await browser.startTracing(page, { categories: CATEGORIES });
      await (visit === 'cold' ? page.goto(url) : page.reload());
      await traced;
      const file = `${DIR}/${visit}-${i}.json`;
      const trace = await browser.stopTracing();
      await writeFile(file, trace);
      console.log(`\n=== ${visit} visit ${i + 1} (${file})`);
      summarise(JSON.parse(trace.toString('utf8')).traceEvents);
    }
    await context.close();
  }
} finally {
  host.close();
  await browser.close();
  await server.stop();
}

/** The requests, the marks and the main thread's tasks, in ms from the request of entrypoint.js. */
function summarise(events) {
  const first = events.find((e) => e.name === 'ep:first-card');
  const start = events.find(
    (e) => e.name === 'ResourceSendRequest' && e.args.data.url.includes('/embed/entrypoint.js'),
  );
  if (!first || !start) return console.log('no first card in this trace');
  const t0 = start.ts;
  const ms = (ts) => ((ts - t0) / 1000).toFixed(1).padStart(6);
  const short = (u = '') => u.replace(/^https?:\/\/[^/]+/, '').slice(0, 72);
  const threads = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = `${first.pid}:${[...threads].find(([k, v]) => k.startsWith(`${first.pid}:`) && v === 'CrRendererMain')?.[0].split(':')[1]}`;

  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId || !e.name.startsWith('Resource')) continue;
    const r = requests.get(d.requestId) ?? {};
    requests.set(d.requestId, r);
    if (d.url) r.url = d.url;
    if (e.name === 'ResourceSendRequest') r.sent = e.ts;
    if (e.name === 'ResourceReceiveResponse')
      Object.assign(r, { response: e.ts, cache: d.fromCache });
    if (e.name === 'ResourceFinish') r.end = e.ts;
  }
  console.log('requests: sent → response → end (on the main thread)');
  for (const r of [...requests.values()].filter((r) => r.sent).sort((a, b) => a.sent - b.sent))
    console.log(
      `${ms(r.sent)} → ${r.response ? ms(r.response) : '     -'} → ${r.end ? ms(r.end) : '     -'}  ${r.cache ? 'cache ' : ''}${short(r.url)}`,
    );
  for (const e of events.filter((e) => e.pid === first.pid && /^ep:/.test(e.name) && e.ph !== 'e'))
    console.log(`${ms(e.ts)}  ${e.name}`);

  console.log('main-thread tasks of 1 ms or more, and what is in them (ms)');
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= t0 - 5000)
    .sort((a, b) => a.ts - b.ts);
  const INSIDE =
    /^(v8\.compileModule|v8\.evaluateModule|FunctionCall|TimerFire|RunMicrotasks|V8\.CompileCode|v8\.produceModuleCache|MinorGC|MajorGC|ParseHTML|UpdateLayoutTree|Layout|PrePaint|Paint|Commit|FireAnimationFrame)$/;
  let task;
  const tasks = [];
  // Where the last event of each name ended: one nested in another of its name is not counted twice.
  const ends = {};
  for (const e of own) {
    if (e.ts > first.ts + 40_000) break;
    if (e.name === 'RunTask') tasks.push((task = { ...e, inside: {} }));
    else if (
      task &&
      e.ts < task.ts + task.dur &&
      INSIDE.test(e.name) &&
      e.ts >= (ends[e.name] ?? 0)
    ) {
      task.inside[e.name] = (task.inside[e.name] ?? 0) + e.dur / 1000;
      ends[e.name] = e.ts + e.dur;
    }
  }
  for (const t of tasks.filter((t) => t.dur >= 1000)) {
    const inside = Object.entries(t.inside)
      .filter(([, d]) => d >= 0.3)
      .sort((a, b) => b[1] - a[1])
      .map(([name, d]) => `${name} ${d.toFixed(1)}`)
      .join(', ');
    console.log(`${ms(t.ts)} +${(t.dur / 1000).toFixed(1).padStart(5)}  ${inside}`);
  }
}
