#!/usr/bin/env node
/**
 * The "similar challenges" benchmark (not a test): latency of
 * `GET /v1/challenges/{id}/similar` against the real server (`dist/main.js`
 * as a child process) on PGlite and on PostgreSQL, each seeded with
 * synthetic challenges spread over several owners and NUTS regions
 * (bench/seed.mjs). The micro-cache is off and every request asks about
 * another challenge, so each one ranks in the database.
 *
 *   npm run bench:similar -w @entrypoint/server
 *
 * Environment:
 *   BENCH_SIZES=10000           challenges in the store
 *   BENCH_ENGINES=pglite,postgres
 *   BENCH_DATABASE_URL          PostgreSQL (default: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_REQUESTS=400          measured requests per engine and concurrency (after 40 to warm up)
 *   BENCH_CONCURRENCY=1,10      requests in flight at once
 *   BENCH_WRITE=0               do not write BENCHMARKS.md
 *
 * Latency is measured per request from the client (fetch, keep-alive), so it
 * includes HTTP and JSON; p50, p95 and p99 are over the measured requests.
 */
import { machine, seededStore, startServer, stop, writeSection, MAIN_BUILT } from './lib.mjs';

const sizes = (process.env.BENCH_SIZES ?? '10000').split(',').map(Number);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,10').split(',').map(Number);
/** Owners the challenges are spread over: "similar" leaves the asker's own out. */
const ORGS = 8;

if (!MAIN_BUILT) {
  console.error('Build first: npm run build -w @entrypoint/server');
  process.exit(1);
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** `count` requests, `concurrency` at a time, each about another challenge; latencies in ms. */
async function run(url, n, count, concurrency) {
  const times = [];
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      // Spread over the whole store, the same sequence on every engine.
      const id = `bench-${1 + ((i * 7919) % n)}`;
      const t0 = performance.now();
      const res = await fetch(`${url}/v1/challenges/${id}/similar?limit=5`);
      const body = await res.json();
      times.push(performance.now() - t0);
      if (res.status !== 200 || body.data.length !== 5) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { times: times.sort((a, b) => a - b), failed };
}

const rows = [];
console.log(`${machine()}; ${requests} requests per row`);
for (const engine of engines) {
  for (const n of sizes) {
    const t0 = Date.now();
    const { env, cleanup } = await seededStore(engine, n, { name: 'similar', orgs: ORGS });
    console.log(
      `\n${engine}, ${n.toLocaleString('en')} challenges (seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const { url, proc } = await startServer({ ...env, READ_CACHE_MS: '0' });
    for (const concurrency of concurrencies) {
      await run(url, n, 40, concurrency); // warm-up, not recorded
      const started = performance.now();
      const { times, failed } = await run(url, n, requests, concurrency);
      const seconds = (performance.now() - started) / 1000;
      const row = {
        engine,
        n,
        concurrency,
        rps: requests / seconds,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        failed,
      };
      rows.push(row);
      console.log(
        `  ${String(concurrency).padStart(2)} in flight  ${row.rps.toFixed(0).padStart(5)} req/s  p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms  p99 ${row.p99.toFixed(1).padStart(6)} ms${failed ? `  (${failed} failed!)` : ''}`,
      );
    }
    await stop(proc);
    await cleanup();
  }
}

const table = [
  '| engine | challenges | in flight | req/s | p50 ms | p95 ms | p99 ms |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.engine} | ${r.n.toLocaleString('en')} | ${r.concurrency} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);

if (process.env.BENCH_WRITE !== '0') {
  const command = `BENCH_SIZES=${sizes.join(',')} BENCH_ENGINES=${engines.join(',')} BENCH_REQUESTS=${requests} BENCH_CONCURRENCY=${concurrencies.join(',')} npm run bench:similar -w @entrypoint/server`;
  await writeSection(
    'Server: similar challenges',
    `## Server: similar challenges\n\n<!-- written by apps/server/bench/similar.mjs -->\nCommand: \`${command}\`\n\nMachine: ${machine()}. \`GET /v1/challenges/{id}/similar?limit=5\` against the server process with the micro-cache off (\`READ_CACHE_MS=0\`), each request about another of the challenges (spread over ${ORGS} owners, 16 themes and 9 NUTS regions; every title shares the words "challenge" and "utmaning", so every other owner's challenge is a candidate and is ranked); latency per request from the client, after 40 requests to warm up. Measured ${new Date().toISOString().slice(0, 16)} UTC.\n\n${table}\n`,
  );
}
