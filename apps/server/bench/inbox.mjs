#!/usr/bin/env node
/**
 * The inbox benchmark (not a test): latency of the inbox's reads with 10,000
 * submissions in one organisation on PostgreSQL, through the real server
 * (`dist/main.js` as a child process), one request at a time as a person in
 * the console makes them: p50 and p95 of each view, of filters, of search, of
 * a page far down, and of the counts.
 *
 *   npm run bench:inbox -w @entrypoint/server        (also the end of `npm run bench`)
 *
 * Environment:
 *   BENCH_INBOX_SIZE=10000      submissions in the organisation
 *   BENCH_INBOX_RUNS=200        measured requests per scenario (after 20 to warm up)
 *   BENCH_DATABASE_URL          PostgreSQL (default: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_WRITE=0               do not write BENCHMARKS.md
 *
 * It seeds a PostgreSQL schema of its own (`ep_bench_inbox_<pid>`, dropped at
 * the end) with SQL (generate_series), adds two staff members and an API key,
 * signs one of them in with the code the outbox holds, then measures.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { machine, MAIN_BUILT, startServer, stop, writeSection } from './lib.mjs';
import pg from 'pg';

const size = Number(process.env.BENCH_INBOX_SIZE ?? 10_000);
const runs = Number(process.env.BENCH_INBOX_RUNS ?? 200);
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

if (!MAIN_BUILT) {
  console.error('Build first: npm run build -w @entrypoint/server');
  process.exit(1);
}

const ORG = 'bench-inbox';
const TAGS = ['energy', 'mobility', 'follow-up', 'priority', 'health'];
const COMPANIES = [
  'Vågkraft AB',
  'Norrsken Energi AB',
  'Älvdata AB',
  'Fjordkraft AS',
  'Saaristo Oy',
];
const PEOPLE = ['Kim Berg', 'Sara Holm', 'Örjan Åberg', 'Li Chen', 'Aino Virtanen'];

/** 10,000 submissions of one organisation: statuses, assignees, tags, kinds, answers, over two years. */
async function seed(client, n, staff) {
  const now = new Date();
  const org = {
    id: ORG,
    kind: 'city',
    name: { en: 'Bench inbox' },
    country: 'SE',
    defaultLanguage: 'sv',
    entryPoint: { name: 'Bench', email: 'bench@bench-inbox.example' },
    allowedOrigins: [],
  };
  await client.query(
    `insert into organizations (id, kind, country, allowed_origins, doc, created_at, updated_at)
     values ($1, 'city', 'SE', '{}', $2, $3, $3)`,
    [ORG, JSON.stringify(org), now],
  );
  for (const [i, s] of staff.entries()) {
    await client.query(`insert into staff (id, email, name, created_at) values ($1, $2, $3, $4)`, [
      s.id,
      s.email,
      s.name,
      now,
    ]);
    await client.query(
      `insert into memberships (staff_id, org_id, role, created_at) values ($1, $2, $3, $4)`,
      [s.id, ORG, i === 0 ? 'admin' : 'handler', now],
    );
  }
  const key = `ep_${randomBytes(32).toString('base64url')}`;
  await client.query(
    `insert into api_keys (id, org_id, hash, label, created_at) values ('key_bench', $1, $2, 'bench', $3)`,
    [ORG, createHash('sha256').update(key).digest('hex'), now],
  );
  await client.query(
    `insert into submissions (id, org_id, reference, status, created_at, updated_at, assignee_id, tags, first_answer_at, doc)
     select
       'sub-' || i, $1::text, 'BEN-' || (2025 + i % 2) || '-' || lpad(i::text, 5, '0'), st, ts, ts + (i % 17) * interval '1 day',
       case when i % 3 = 0 then null when i % 3 = 1 then $2::text else $3::text end,
       case when i % 4 = 0 then array[($4::text[])[1 + i % 5]] when i % 7 = 0 then array[($4::text[])[1 + i % 5], ($4::text[])[1 + (i + 2) % 5]] else '{}' end,
       case when i % 5 < 2 then ts + interval '2 days' else null end,
       jsonb_build_object(
         'id', 'sub-' || i, 'orgId', $1::text,
         'reference', 'BEN-' || (2025 + i % 2) || '-' || lpad(i::text, 5, '0'),
         'kind', (array['idea','proposal','question','meeting-request','testbed-request'])[1 + i % 5],
         'title', 'Submission ' || i || ' about ' || ($4::text[])[1 + (i * 7) % 5],
         'description', 'We would like to show our solution and discuss a pilot with the city. Number ' || i || '.',
         'company', jsonb_build_object('name', ($5::text[])[1 + i % 5] || ' ' || (i % 400), 'country', 'SE', 'size', 'small'),
         'contact', jsonb_build_object('name', ($6::text[])[1 + (i * 3) % 5], 'email', 'person' || i || '@company' || (i % 400) || '.example'),
         'language', 'sv', 'consent', jsonb_build_object('privacy', true),
         'status', st,
         'createdAt', to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'updatedAt', to_char((ts + (i % 17) * interval '1 day') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'source', jsonb_build_object('origin', null, 'page', null)
       ) || case when i % 6 = 0 then jsonb_build_object('via', 'bench-cluster') else '{}'::jsonb end
     from (
       select i,
         $7::timestamptz - (($8::int - i) * interval '100 minutes') as ts,
         (array['received','received','in-review','in-dialogue','accepted','declined','forwarded','in-review'])[1 + i % 8] as st
       from generate_series(1, $8::int) as i
     ) s`,
    [ORG, staff[0].id, staff[1].id, TAGS, COMPANIES, PEOPLE, now, n],
  );
  await client.query('vacuum analyze');
  return key;
}

async function signIn(url, client, email) {
  const asked = await fetch(`${url}/v1/session/code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`code: ${asked.status}`);
  const { rows } = await client.query(
    `select text_body from outbox where to_address = $1 order by created_at desc limit 1`,
    [email],
  );
  // The mail is in the organisation's language: the code is its one six-digit number.
  const code = /\b(\d{6})\b/.exec(rows[0].text_body)[1];
  const res = await fetch(`${url}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, code }),
  });
  if (res.status !== 200) throw new Error(`session: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function measure(url, path, headers) {
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url + path, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${body.slice(0, 300)}`);
    return { ms: performance.now() - t, body };
  };
  for (let i = 0; i < 20; i++) await once();
  const times = [];
  let body = '';
  for (let i = 0; i < runs; i++) ({ ms: times[i], body } = await once());
  times.sort((a, b) => a - b);
  let items = '';
  try {
    const parsed = JSON.parse(body);
    items = Array.isArray(parsed.data) ? String(parsed.data.length) : '';
  } catch {
    // not a list
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1), items };
}

const schema = `ep_bench_inbox_${process.pid}`;
const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
await admin.end();
const url = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
const client = new pg.Client({ connectionString: url });
let server;
try {
  // The server migrates the schema; then it is filled and the server started again on it.
  server = await startServer({ DATABASE_URL: url });
  await stop(server.proc);
  server = undefined;
  await client.connect();
  const staff = [
    { id: 'staff-bench-1', email: 'ada@bench-inbox.example', name: 'Ada Admin' },
    { id: 'staff-bench-2', email: 'hugo@bench-inbox.example', name: 'Hugo Handler' },
  ];
  const seeded = performance.now();
  const key = await seed(client, size, staff);
  console.log(
    `Seeded ${size} submissions in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );
  server = await startServer({ DATABASE_URL: url });
  const cookie = await signIn(server.url, client, staff[1].email);
  const asKey = { authorization: `Bearer ${key}` };
  const asStaff = { cookie };

  // A cursor five pages down (100 per page) for the page-far-down scenario.
  let cursor = null;
  for (let i = 0; i < 5; i++) {
    const res = await fetch(
      `${server.url}/v1/submissions?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      {
        headers: asKey,
      },
    );
    cursor = (await res.json()).nextCursor;
  }

  const scenarios = [
    ['view=all (newest, 20 a page)', '/v1/submissions', asStaff],
    ['view=unassigned', '/v1/submissions?view=unassigned', asStaff],
    ['view=mine', '/v1/submissions?view=mine', asStaff],
    ['view=waiting', '/v1/submissions?view=waiting', asStaff],
    ['view=open', '/v1/submissions?view=open', asStaff],
    ['view=closed', '/v1/submissions?view=closed', asStaff],
    ['view=all, sort=updated', '/v1/submissions?sort=updated', asStaff],
    ['view=all, sort=oldest', '/v1/submissions?sort=oldest', asStaff],
    ['view=open, tag=priority', '/v1/submissions?view=open&tag=priority', asStaff],
    [
      'view=all, status=in-dialogue, kind=question',
      '/v1/submissions?status=in-dialogue&kind=question',
      asStaff,
    ],
    [
      'view=unassigned, via=bench-cluster, from/to',
      '/v1/submissions?view=unassigned&via=bench-cluster&from=2026-01-01&to=2026-06-30',
      asStaff,
    ],
    ...(cursor
      ? [['100 a page, sixth page (cursor)', `/v1/submissions?limit=100&cursor=${cursor}`, asKey]]
      : []),
    [
      'q=vågkraft (a company, 1 in 5)',
      `/v1/submissions?q=${encodeURIComponent('vågkraft')}`,
      asStaff,
    ],
    [
      'q=person4242@ (one contact)',
      `/v1/submissions?q=${encodeURIComponent('person4242@')}`,
      asStaff,
    ],
    ['q=BEN-2025-01234 (a reference)', '/v1/submissions?q=BEN-2025-01234', asStaff],
    ['q=nothing-matches (no hit)', '/v1/submissions?q=nothing-matches', asStaff],
    ['view=open, q=örjan', `/v1/submissions?view=open&q=${encodeURIComponent('örjan')}`, asStaff],
    ['counts', '/v1/submissions/counts', asStaff],
    ['counts, tag=energy', '/v1/submissions/counts?tag=energy', asStaff],
    ['counts, q=vågkraft', `/v1/submissions/counts?q=${encodeURIComponent('vågkraft')}`, asStaff],
  ];
  const load = loadavg()[0].toFixed(1);
  console.log(`${machine()}; ${size} submissions; ${runs} requests per scenario; load ${load}`);
  const rows = [];
  for (const [name, path, headers] of scenarios) {
    const r = await measure(server.url, path, headers);
    rows.push({ name, ...r });
    console.log(
      `  ${name.padEnd(48)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms${r.items ? `  (${r.items} items)` : ''}`,
    );
  }
  const loadAfter = loadavg()[0].toFixed(1);
  const table = [
    '| scenario | items | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.items} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`,
    ),
  ].join('\n');
  const worst = Math.max(...rows.map((r) => r.p95));
  console.log(`\n${table}\n\nWorst p95: ${worst.toFixed(1)} ms (target ≤ 100 ms)`);
  if (process.env.BENCH_WRITE !== '0') {
    const notes = process.env.BENCH_NOTES
      ? `\n${readFileSync(process.env.BENCH_NOTES, 'utf8')}\n`
      : '';
    await writeSection(
      'Server: the inbox at 10,000 submissions',
      `## Server: the inbox at 10,000 submissions\n\n<!-- written by apps/server/bench/inbox.mjs -->\nCommand: \`npm run bench:inbox -w @entrypoint/server\` (after \`npm run build\`; BENCH_INBOX_SIZE=${size}, BENCH_INBOX_RUNS=${runs})\n\nMachine: ${machine()}; ${size.toLocaleString('en')} submissions in one organisation on PostgreSQL; the real server, one request at a time (20 to warm up, then ${runs} measured per scenario), each timed from the request to the last byte of the answer; server, PostgreSQL and client on the same machine; load average ${load} before and ${loadAfter} after. Measured ${new Date().toISOString().slice(0, 16)} UTC. Worst p95: ${worst.toFixed(1)} ms (the target is 100 ms).\n\n${table}\n${notes}`,
    );
  }
} finally {
  if (server) await stop(server.proc);
  await client.end().catch(() => undefined);
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
}
