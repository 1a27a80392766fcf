#!/usr/bin/env node
/**
 * How far the reads on PostgreSQL can go on this machine: in one run,
 * autocannon against
 *
 * - a bare node:http hello world (the reference run.mjs compares with);
 * - minimal-server.mjs: node:http and a `pg` pool (the server's size) running
 *   exactly the queries the real server runs for list, search and one
 *   challenge (captured from the build first, capture-queries.mjs), writing
 *   the JSON they make;
 * - the real server (the build, read cache off) for the same three.
 *
 *   node bench/ceiling.mjs [path/to/dist/main.js]
 *
 * Environment: BENCH_DATABASE_URL (as run.mjs), BENCH_SIZES=1000 (the first
 * is used), BENCH_DURATION=10, BENCH_CONNECTIONS=10, BENCH_POOL=10 (the
 * server's default pool). Prints a markdown table; writes nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { machine, seededStore, startServer, stop } from './lib.mjs';
import { captureQueries } from './capture-queries.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const MAIN = resolve(process.argv[2] ?? here('../dist/main.js'));
const n = Number((process.env.BENCH_SIZES ?? '1000').split(',')[0]);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const poolSize = Number(process.env.BENCH_POOL ?? 10);

/** run.mjs's reads. */
const scenarios = [
  { name: 'list challenges', path: '/v1/challenges?limit=20', kind: 'list', limit: 20 },
  {
    name: 'search (q=bussarna)',
    path: '/v1/challenges?q=bussarna&limit=20',
    kind: 'list',
    limit: 20,
  },
  { name: 'get one challenge', path: '/v1/challenges/bench-42', kind: 'one' },
];

const cannon = (opts) =>
  new Promise((ok, fail) =>
    autocannon({ connections, duration, ...opts }, (err, r) => (err ? fail(err) : ok(r))),
  );

/** As run.mjs measures: a 2 s warm-up, then `duration` seconds. */
async function measure(url) {
  await cannon({ url, duration: 2 });
  const r = await cannon({ url });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bad: r.non2xx + r.errors + r.timeouts,
    statuses: Object.keys(r.statusCodeStats ?? {}).join(','),
  };
}

/** A child process that prints its port once it listens. */
async function child(args, env = {}) {
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((ok, fail) => {
    proc.stdout.once('data', (d) => ok(String(d).trim()));
    proc.once('exit', (code) => fail(new Error(`exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, proc };
}

const HELLO = `require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/plain'});s.end('hello world')}).listen(0,'127.0.0.1',function(){console.log(this.address().port)})`;

const { env, cleanup } = await seededStore('postgres', n, { name: 'ceiling', main: MAIN });
const dir = mkdtempSync(join(tmpdir(), 'ep-ceiling-'));
const rows = [];
const loadBefore = loadavg()[0];
try {
  const captured = await captureQueries({ main: MAIN, env, paths: scenarios.map((s) => s.path) });
  const routes = Object.fromEntries(
    scenarios.map((s) => [s.path, { kind: s.kind, limit: s.limit, queries: captured[s.path] }]),
  );
  const queriesFile = join(dir, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(routes));
  for (const s of scenarios) {
    console.log(
      `${s.path}: ${captured[s.path].length} quer${captured[s.path].length === 1 ? 'y' : 'ies'}`,
    );
  }
  console.log(
    `${machine()}; ${n.toLocaleString('en')} challenges on PostgreSQL; ${connections} connections, ${duration} s per scenario\n`,
  );

  const row = (server, name, r) => {
    rows.push({ server, name, ...r });
    const ratio = r.rps / rows[0].rps;
    console.log(
      `  ${`${server}: ${name}`.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${(ratio * 100).toFixed(1).padStart(5)}% of reference${r.bad ? `  (${r.bad} non-2xx/errors! status ${r.statuses})` : ''}`,
    );
  };

  const hello = await child(['-e', HELLO]);
  row('node:http', 'hello world (reference)', await measure(hello.url));
  await stop(hello.proc);

  const minimal = await child([here('./minimal-server.mjs')], {
    DATABASE_URL: env.DATABASE_URL,
    CEILING_QUERIES: queriesFile,
    POOL_SIZE: String(poolSize),
  });
  for (const s of scenarios)
    row('minimal node:http + pg', s.name, await measure(minimal.url + s.path));
  await stop(minimal.proc);

  const real = await startServer({ ...env, READ_CACHE_MS: '0' }, { main: MAIN });
  for (const s of scenarios) row('server, no read cache', s.name, await measure(real.url + s.path));
  await stop(real.proc);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await cleanup();
}

const ref = rows[0].rps;
const minimalOf = (name) => rows.find((r) => r.server.startsWith('minimal') && r.name === name);
console.log(
  `\nCommand: \`node apps/server/bench/ceiling.mjs\` (BENCH_SIZES=${n} BENCH_DURATION=${duration} BENCH_CONNECTIONS=${connections} BENCH_POOL=${poolSize}); load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after. Measured ${new Date().toISOString().slice(0, 16)} UTC.\n`,
);
console.log(
  [
    '| server | scenario | req/s | p50 ms | p99 ms | vs reference | vs minimal |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const m = r.server.startsWith('server') ? minimalOf(r.name) : undefined;
      return `| ${r.server} | ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${((r.rps / ref) * 100).toFixed(1)}% | ${m ? `${((r.rps / m.rps) * 100).toFixed(0)}%` : ''} |`;
    }),
  ].join('\n'),
);
