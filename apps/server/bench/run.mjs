#!/usr/bin/env node
/**
 * The server benchmark (not a test): autocannon against the real server
 * (`dist/main.js` as a child process), per engine and store size, next to a
 * bare node:http hello-world on the same machine as the reference.
 *
 *   npm run bench -w @entrypoint/server
 *
 * Environment:
 *   BENCH_SIZES=1000,100000     challenges in the store
 *   BENCH_ENGINES=pglite,postgres
 *   BENCH_DATABASE_URL          PostgreSQL (default: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_DURATION=10           seconds per scenario
 *   BENCH_CONNECTIONS=10
 *   BENCH_WRITE=0               do not write BENCHMARKS.md
 *   BENCH_SCENARIOS=list,get    only the scenarios whose names contain one of these
 *                               (default: all); the reference is always measured
 *   BENCH_CACHE=off             only the block with the micro-cache on, or off (default: both)
 *   BENCH_MAIN=path/main.js     another build of the server (an A/B against a base checkout)
 *   BENCH_INSTANCES=1,2         instead: list, search and submissions on PostgreSQL
 *                               through one and through two server processes on one
 *                               database (connections split between them); writes the
 *                               "Server: instances on one PostgreSQL" section
 *
 * Each run seeds its own PGlite folder or PostgreSQL schema with SQL
 * (generate_series), so seeding 100,000 challenges takes seconds, then starts
 * the server on it with LOG_LEVEL=warn (no per-request log lines) and a rate
 * limit high enough not to interfere.
 */
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { CompiledQuery } from 'kysely';
import { machine, seededStore, startServer as startBuild, stop, writeSection } from './lib.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const MAIN = process.env.BENCH_MAIN ?? here('../dist/main.js');
const sizes = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

if (!existsSync(MAIN)) {
  console.error('Build first: npm run build -w @entrypoint/server');
  process.exit(1);
}

/** The server under test: this checkout's build, or BENCH_MAIN's. */
const startServer = (env) => startBuild(env, { main: MAIN });

function cannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, duration, ...opts }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

async function measure(url, scenario) {
  const opts = { url: url + scenario.path, ...(scenario.options ?? {}) };
  await cannon({ ...opts, duration: 2 }); // warm-up, not recorded
  const r = await cannon(opts);
  const non2xx = r.non2xx + r.errors + r.timeouts;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx,
    total: r.requests.total,
  };
}

/**
 * Receivers for the spread submissions: ten owners whose references have
 * prefixes of their own (ALF-, BRA-, …). Owners that share a prefix share its
 * counter row (bench-org-3 … would all be BEN-), and their posts queue on it.
 */
export const SPREAD_OWNERS = [
  'alfa',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliett',
].map((w) => `${w}-kommun`);

/** Adds the SPREAD_OWNERS (no challenges) to a seeded store. */
async function seedSpreadOwners(db) {
  const now = new Date().toISOString();
  for (const id of SPREAD_OWNERS) {
    const doc = {
      id,
      kind: 'city',
      name: { en: `Bench ${id}` },
      country: 'SE',
      defaultLanguage: 'sv',
      entryPoint: { name: 'Bench', email: `bench@${id}.example` },
      allowedOrigins: [],
    };
    await db.executeQuery(
      CompiledQuery.raw(
        `insert into organizations (id, kind, country, allowed_origins, doc, created_at, updated_at)
         values ($1, 'city', 'SE', '{}', $2, $3, $3)`,
        [id, JSON.stringify(doc), now],
      ),
    );
  }
}

function submissionBody(orgId = 'bench-city') {
  return JSON.stringify({
    orgId,
    kind: 'idea',
    title: 'Shared electric boats',
    description: 'We run electric boats that could serve the archipelago all year.',
    company: { name: 'Vågkraft AB', country: 'SE', size: 'small' },
    contact: { name: 'Kim Berg', email: 'kim@vagkraft.example' },
    language: 'sv',
    consent: { privacy: true },
  });
}

const scenarios = [
  { name: 'list challenges', path: '/v1/challenges?limit=20' },
  { name: 'search (q=bussarna)', path: '/v1/challenges?q=bussarna&limit=20' },
  { name: 'get one challenge', path: '/v1/challenges/bench-42' },
  {
    name: 'post submission',
    path: '/v1/submissions',
    options: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: submissionBody(),
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'idempotency-key': randomUUID() },
          }),
        },
      ],
    },
  },
  {
    name: 'post submission, 10 owners',
    path: '/v1/submissions',
    options: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => {
            spread = (spread + 1) % SPREAD_OWNERS.length;
            return {
              ...req,
              body: submissionBody(SPREAD_OWNERS[spread]),
              headers: { ...req.headers, 'idempotency-key': randomUUID() },
            };
          },
        },
      ],
    },
  },
];
let spread = 0;

const only = process.env.BENCH_SCENARIOS?.split(',')
  .map((w) => w.trim())
  .filter(Boolean);
/** Whether a scenario is among those BENCH_SCENARIOS asks for (all when it is not set). */
const wantedScenario = (s) => !only || only.some((w) => s.name.includes(w));
const cacheBlocks = process.env.BENCH_CACHE ? [process.env.BENCH_CACHE] : ['on', 'off'];

async function reference() {
  // In a child process, like the server, so it gets its own event loop and core.
  const proc = spawn(
    process.execPath,
    [
      '-e',
      `require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/plain'});s.end('hello world')}).listen(0,'127.0.0.1',function(){console.log(this.address().port)})`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise((r) => proc.stdout.once('data', (d) => r(String(d).trim())));
  const result = await measure(`http://127.0.0.1:${port}`, { path: '/' });
  await stop(proc);
  return result;
}

/**
 * Starts `count` servers on one PostgreSQL schema and measures each scenario
 * through all of them at once (the connections split between them), summing
 * the throughput: what a load balancer in front of them would see.
 */
async function instancesBench(counts) {
  const n = sizes[0];
  const {
    env: { DATABASE_URL: url },
    cleanup,
  } = await seededStore('postgres', n, { name: 'inst', main: MAIN, after: seedSpreadOwners });
  const wanted = ['list challenges', 'search (q=bussarna)', 'post submission'];
  const out = [];
  for (const cache of ['on', 'off']) {
    for (const count of counts) {
      const ref = await reference();
      out.push({
        instances: count,
        scenario: 'node:http hello world (reference)',
        ...ref,
        ratio: 1,
      });
      const servers = await Promise.all(
        Array.from({ length: count }, () =>
          startServer({ DATABASE_URL: url, ...(cache === 'off' ? { READ_CACHE_MS: '0' } : {}) }),
        ),
      );
      for (const s of scenarios.filter((x) => wanted.includes(x.name))) {
        if (cache === 'off' && s.options?.method === 'POST') continue;
        const parts = await Promise.all(
          servers.map((srv, i) =>
            measure(srv.url, {
              ...s,
              options: {
                ...(s.options ?? {}),
                connections: Math.floor(connections / count) + (i < connections % count ? 1 : 0),
              },
            }),
          ),
        );
        const r = {
          rps: parts.reduce((sum, p) => sum + p.rps, 0),
          p50: Math.max(...parts.map((p) => p.p50)),
          p99: Math.max(...parts.map((p) => p.p99)),
          non2xx: parts.reduce((sum, p) => sum + p.non2xx, 0),
        };
        const name = cache === 'off' ? `${s.name}, no micro-cache` : s.name;
        const row = { instances: count, scenario: name, ...r, ratio: r.rps / ref.rps };
        out.push(row);
        console.log(
          `  ${count} instance${count > 1 ? 's' : ' '} ${name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${(row.ratio * 100).toFixed(0).padStart(3)}% of reference${r.non2xx ? `  (${r.non2xx} non-2xx/errors!)` : ''}`,
        );
      }
      await Promise.all(servers.map((srv) => stop(srv.proc)));
    }
  }
  await cleanup();
  return { n, rows: out };
}

if (process.env.BENCH_INSTANCES) {
  const counts = process.env.BENCH_INSTANCES.split(',').map(Number);
  console.log(`${machine()}; ${connections} connections, ${duration} s per scenario`);
  const { n, rows: inst } = await instancesBench(counts);
  const table = [
    '| instances | scenario | req/s | p50 ms | p99 ms | vs reference |',
    '|---:|---|---:|---:|---:|---:|',
    ...inst.map(
      (r) =>
        `| ${r.instances} | ${r.scenario} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.ratio * 100).toFixed(0)}% |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  if (process.env.BENCH_WRITE !== '0') {
    const command = `BENCH_INSTANCES=${counts.join(',')} BENCH_SIZES=${n} BENCH_DURATION=${duration} BENCH_CONNECTIONS=${connections} npm run bench -w @entrypoint/server`;
    const notes = process.env.BENCH_NOTES
      ? `\n${readFileSync(process.env.BENCH_NOTES, 'utf8')}\n`
      : '';
    await writeSection(
      'Server: instances on one PostgreSQL',
      `## Server: instances on one PostgreSQL\n\n<!-- written by apps/server/bench/run.mjs -->\nCommand: \`${command}\`\n\nMachine: ${machine()}; ${n.toLocaleString('en')} challenges on PostgreSQL; autocannon with ${connections} connections in all for ${duration} s per scenario (after a 2 s warm-up), split evenly between the instances and summed; servers, PostgreSQL and load generator on the same machine. Measured ${new Date().toISOString().slice(0, 16)} UTC.\n\n${table}\n${notes}`,
    );
  }
  process.exit(0);
}

const rows = [];
const loadBefore = loadavg()[0];
console.log(
  `node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB; ${connections} connections, ${duration} s per scenario`,
);

for (const engine of engines) {
  for (const n of sizes) {
    const t0 = Date.now();
    // Migrated by the build under test, then seeded in this process.
    const { env, cleanup } = await seededStore(engine, n, {
      name: 'run',
      main: MAIN,
      after: seedSpreadOwners,
    });
    console.log(
      `\n${engine}, ${n.toLocaleString('en')} challenges (seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    // First as deployed (the 1 s micro-cache of public GETs on), then the reads
    // again with it off: what the database path itself sustains.
    for (const cache of cacheBlocks) {
      // The machine is shared: measure the reference right before each block and
      // compare the block with it, not with a number from minutes earlier.
      const ref = await reference();
      rows.push({ engine, n, scenario: 'node:http hello world (reference)', ...ref, ratio: 1 });
      console.log(
        `  reference node:http hello world        ${ref.rps.toFixed(0).padStart(7)} req/s  p50 ${String(ref.p50).padStart(4)} ms  p99 ${String(ref.p99).padStart(4)} ms`,
      );
      const { url, proc } = await startServer({
        ...env,
        ...(cache === 'off' ? { READ_CACHE_MS: '0' } : {}),
      });
      for (const s of scenarios.filter(wantedScenario)) {
        if (cache === 'off' && s.options?.method === 'POST') continue;
        const name = cache === 'off' ? `${s.name}, no micro-cache` : s.name;
        const r = await measure(url, s);
        const row = { engine, n, scenario: name, ...r, ratio: r.rps / ref.rps };
        rows.push(row);
        console.log(
          `  ${name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${(row.ratio * 100).toFixed(0).padStart(3)}% of reference${r.non2xx ? `  (${r.non2xx} non-2xx/errors!)` : ''}`,
        );
      }
      await stop(proc);
    }
    await cleanup();
  }
}

const command = `BENCH_SIZES=${sizes.join(',')} BENCH_ENGINES=${engines.join(',')} BENCH_DURATION=${duration} BENCH_CONNECTIONS=${connections} npm run bench -w @entrypoint/server`;
const table = [
  '| engine | challenges | scenario | req/s | p50 ms | p99 ms | vs reference |',
  '|---|---:|---|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.engine} | ${r.n.toLocaleString('en')} | ${r.scenario} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.ratio * 100).toFixed(0)}% |`,
  ),
].join('\n');
console.log(`\n${table}\n`);

if (process.env.BENCH_WRITE !== '0') {
  const header = `## Server\n\n<!-- written by apps/server/bench/run.mjs -->\nCommand: \`${command}\`\n\nMachine: ${machine()}; autocannon with ${connections} connections for ${duration} s per scenario (after a 2 s warm-up), server, PostgreSQL and load generator on the same machine; load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after. Measured ${new Date().toISOString().slice(0, 16)} UTC.\n\n${table}\n`;
  const notes = process.env.BENCH_NOTES
    ? `\n${readFileSync(process.env.BENCH_NOTES, 'utf8')}\n`
    : '';
  await writeSection('Server', header + notes);
}
