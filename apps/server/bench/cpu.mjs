#!/usr/bin/env node
/**
 * CPU time per request of the reads on PostgreSQL, with the read cache off:
 * the server process and the PostgreSQL backends serving it, each measured
 * from /proc (Linux) over a fixed number of requests. Unlike req/s, this
 * hardly depends on what else the machine is doing, so two builds can be
 * compared on a busy machine.
 *
 *   node bench/cpu.mjs [path/to/dist/main.js]
 *
 * Environment: BENCH_DATABASE_URL (as run.mjs), BENCH_SIZES=1000 (the first
 * is used), BENCH_REQUESTS=20000 per scenario, BENCH_CONNECTIONS=10,
 * BENCH_SCENARIOS (names or parts of names, comma-separated),
 * BENCH_PROFILE=dir (the server runs with --cpu-prof into dir).
 */
import { startServer as startBuild, stop } from './lib.mjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { seed } from './seed.mjs';

const MAIN = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/main.js', import.meta.url)));
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const n = Number((process.env.BENCH_SIZES ?? '1000').split(',')[0]);
const requests = Number(process.env.BENCH_REQUESTS ?? 20000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const wanted = process.env.BENCH_SCENARIOS?.split(',').map((s) => s.trim());
const TICK_US = 1e6 / 100; // USER_HZ

const scenarios = [
  { name: 'list', path: '/v1/challenges?limit=20' },
  { name: 'search', path: '/v1/challenges?q=bussarna&limit=20' },
  { name: 'get one', path: '/v1/challenges/bench-42' },
].filter((s) => !wanted || wanted.some((w) => s.name.includes(w)));

/** utime + stime of a process, in microseconds (0 when it is gone). */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_US;
  } catch {
    return 0;
  }
}

const startServer = (env) =>
  startBuild(env, {
    main: MAIN,
    nodeArgs: process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : [],
  });

const cannon = (opts) =>
  new Promise((ok, fail) =>
    autocannon({ connections, ...opts }, (err, r) => (err ? fail(err) : ok(r))),
  );

const schema = `ep_bench_cpu${n}_${process.pid}`;
const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
// The server's connections carry the schema's name, so only their backends are counted.
const url = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}&application_name=${schema}`;
const boot = await startServer({ DATABASE_URL: url });
await stop(boot.proc);
const db = new Kysely({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
});
await seed(db, n);
await db.destroy();

const server = await startServer({ DATABASE_URL: url, READ_CACHE_MS: '0' });
const backends = async () =>
  (
    await admin.query(
      `select pid from pg_stat_activity where backend_type = 'client backend' and application_name = $1`,
      [schema],
    )
  ).rows.map((r) => r.pid);
const results = [];
for (const s of scenarios) {
  await cannon({ url: server.url + s.path, amount: Math.min(requests, 5000) }); // warm-up
  const pids = await backends();
  const pg0 = pids.reduce((sum, pid) => sum + cpuOf(pid), 0);
  const node0 = cpuOf(server.proc.pid);
  const t0 = performance.now();
  const r = await cannon({ url: server.url + s.path, amount: requests });
  const seconds = (performance.now() - t0) / 1000;
  const nodeUs = (cpuOf(server.proc.pid) - node0) / r.requests.total;
  const pgUs = (pids.reduce((sum, pid) => sum + cpuOf(pid), 0) - pg0) / r.requests.total;
  const bad = r.non2xx + r.errors + r.timeouts;
  results.push({
    scenario: s.name,
    'node µs/req': Math.round(nodeUs),
    'postgres µs/req': Math.round(pgUs),
    backends: pids.length,
    'req/s': Math.round(r.requests.total / seconds),
    ...(bad ? { errors: bad } : {}),
  });
}
await stop(server.proc);
await admin.query(`drop schema if exists ${schema} cascade`);
await admin.end();
console.log(
  `${MAIN}; ${n} challenges, ${requests} requests per scenario, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
console.table(results);
