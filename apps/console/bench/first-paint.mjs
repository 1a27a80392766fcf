#!/usr/bin/env node
// The console's benchmark (not a test): first inbox paint in headless
// Chromium against the real server on loopback, with 10,000 submissions in
// one organisation (PGlite). Writes the "Console" section of BENCHMARKS.md.
//
//   npm run bench -w @entrypoint/console     (after npm run build)
//
// Environment: BENCH_SUBMISSIONS (default 10000), BENCH_RUNS (default 15),
// BENCH_WRITE=0 (do not write BENCHMARKS.md).
//
// "First inbox paint" runs from the start of the navigation to
// /console/inbox (nothing cached) to the frame after the first row of the
// list is in the DOM: the page, the entry and the inbox chunk, who is signed
// in, the organisation's name and the first page of 50 submissions.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { chromium } from 'playwright-core';
import prettier from 'prettier';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const main = join(repo, 'apps/server/dist/main.js');
const N = Number(process.env.BENCH_SUBMISSIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LIMIT_MS = 300;
for (const f of [main, join(repo, 'apps/console/dist/index.html')])
  if (!existsSync(f)) throw new Error(`not built: ${f} (npm run build)`);

function start(dataDir) {
  const proc = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SMTP_URL: '',
      DEMO: '1',
      LOG_LEVEL: 'info',
      RATE_LIMIT_MAX: '100000000',
      CONSOLE_DIR: join(repo, 'apps/console/dist'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const codes = [];
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    createInterface({ input: proc.stdout }).on('line', (line) => {
      let log;
      try {
        log = JSON.parse(line);
      } catch {
        return;
      }
      if (log.code) codes.push(log);
      if (log.msg === 'listening') resolve({ proc, url: log.url, codes });
    });
  });
}
const stop = (proc) =>
  new Promise((r) => {
    proc.once('exit', r);
    proc.kill('SIGTERM');
  });

/** N submissions for `norrhamn` in SQL, in several statuses, some assigned, none to the bench's person. */
async function seed(dir) {
  const db = await PGlite.create(join(dir, 'pgdata'));
  await db.query(`
    insert into submissions (id, org_id, reference, status, created_at, updated_at, tags, doc)
    select
      'bench-' || i, 'norrhamn', 'BEN-2025-' || lpad(i::text, 5, '0'),
      (array['received','in-review','in-dialogue','forwarded','accepted','declined'])[1 + i % 6],
      ts, ts, '{}',
      jsonb_build_object(
        'id', 'bench-' || i, 'reference', 'BEN-2025-' || lpad(i::text, 5, '0'), 'orgId', 'norrhamn',
        'kind', (array['idea','proposal','question','meeting-request','testbed-request'])[1 + i % 5],
        'title', 'Förslag ' || i || ': laddning, solceller och återbruk i hamnen',
        'description', 'Vi vill testa en lösning för hamnens energi under en hel vinter. Nummer ' || i || '.',
        'company', jsonb_build_object('name', 'Företag ' || i || ' AB', 'country', 'SE', 'size', 'small'),
        'contact', jsonb_build_object('name', 'Kontakt ' || i, 'email', 'kontakt' || i || '@foretag.example'),
        'language', 'sv',
        'consent', jsonb_build_object('privacy', true),
        'status', (array['received','in-review','in-dialogue','forwarded','accepted','declined'])[1 + i % 6],
        'createdAt', to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'updatedAt', to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'source', jsonb_build_object('origin', null, 'page', null)
      )
    from (select i, timestamptz '2025-01-01' + i * interval '17 minutes' as ts
          from generate_series(1, ${N}) as i) s`);
  await db.query('vacuum analyze');
  await db.close();
}

const dir = mkdtempSync(join(tmpdir(), 'ep-console-bench-'));
let server;
let browser;
try {
  // The server migrates and loads the demo (staff included), then the bench fills it.
  const boot = await start(dir);
  await stop(boot.proc);
  await seed(dir);
  server = await start(dir);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/console/sign-in`);
  // Signing in as the console does, with the code the server logs when it has no SMTP server.
  await page.evaluate(() =>
    fetch('/v1/session/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@norrhamn.example' }),
    }),
  );
  for (let i = 0; i < 50 && !server.codes.length; i++) await new Promise((r) => setTimeout(r, 100));
  const code = server.codes.at(-1)?.code;
  if (!code) throw new Error('no sign-in code in the log');
  const signed = await page.evaluate(
    (code) =>
      fetch('/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'anna@norrhamn.example', code }),
      }).then((r) => r.status),
    code,
  );
  if (signed !== 200) throw new Error(`sign-in answered ${signed}`);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const times = [];
  for (let run = 0; run < RUNS + 2; run++) {
    await page.goto('about:blank');
    await page.goto(`${server.url}/console/inbox?view=all`, { waitUntil: 'commit' });
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const check = () => {
            const inbox = document
              .querySelector('ep-console')
              ?.shadowRoot?.querySelector('ep-inbox');
            if (inbox?.shadowRoot?.querySelector('li.item'))
              requestAnimationFrame(() => resolve(performance.now()));
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    if (run >= 2) times.push(ms); // the first two warm the server
  }
  const rows = await page.evaluate(
    () =>
      document
        .querySelector('ep-console')
        .shadowRoot.querySelector('ep-inbox')
        .shadowRoot.querySelectorAll('li.item').length,
  );
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
  const f = (x) => `${x.toFixed(1)} ms`;
  const version = browser.version();
  const section = `## Console

Measured by \`npm run bench -w @entrypoint/console\` (after \`npm run build\`) in headless
Chromium ${version}, on ${cpus().length} CPU cores, Node ${process.version}, against the real
server on loopback (PGlite) with ${N.toLocaleString('en')} submissions in one organisation,
browser cache off. ${RUNS} runs after two warm-up runs; 1-minute load average
${loadavg()[0].toFixed(1)} at the end. Budget: ${LIMIT_MS} ms.

| measure | median | p95 | min | max |
| --- | --- | --- | --- | --- |
| navigation → first inbox paint (${rows} rows of ${N.toLocaleString('en')}) | ${f(median)} | ${f(p95)} | ${f(times[0])} | ${f(times.at(-1))} |

"First inbox paint" runs from the start of the navigation to \`/console/inbox\`
to the frame after the first row of the list is in the DOM: the page, the
entry and the inbox chunk, who is signed in, the organisation's name and the
first page of 50 submissions (the counts per view load beside it).
`;
  console.log(section);
  if (process.env.BENCH_WRITE !== '0') {
    const file = join(repo, 'BENCHMARKS.md');
    let text = await readFile(file, 'utf8');
    const at = text.indexOf('## Console');
    if (at >= 0) {
      const next = text.indexOf('\n## ', at + 3);
      text = text.slice(0, at) + section + (next >= 0 ? text.slice(next) : '');
    } else text = `${text.trimEnd()}\n\n${section}`;
    const options = (await prettier.resolveConfig(file)) ?? {};
    await writeFile(file, await prettier.format(text, { ...options, parser: 'markdown' }));
  }
  if (median > LIMIT_MS) {
    console.error(`First inbox paint ${f(median)} is over the budget of ${LIMIT_MS} ms`);
    process.exitCode = 1;
  }
} finally {
  await browser?.close();
  if (server) await stop(server.proc);
  rmSync(dir, { recursive: true, force: true });
}
