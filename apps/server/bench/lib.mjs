/**
 * What the benchmarks besides run.mjs share: the server as a child process,
 * a store seeded with synthetic challenges, the machine's description, and
 * writing a section of BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { seed } from './seed.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const MAIN = here('../dist/main.js');
const REPO = here('../../../');

export const MAIN_BUILT = existsSync(MAIN);

/**
 * Starts `dist/main.js`, or another build's `main` (warnings only, no rate
 * limit to speak of), with `nodeArgs` before it (e.g. `--cpu-prof`);
 * resolves when it listens.
 */
export function startServer(env, { main = MAIN, nodeArgs = [] } = {}) {
  const proc = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '100000000',
      DEMO: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (c) => {
      out += c;
      const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) resolve({ url: JSON.parse(line).url, proc });
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

export async function stop(proc) {
  const done = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await done;
}

/** PostgreSQL for the benchmarks that run on it. */
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** A Kysely on PGlite's folder, in this process (the server is stopped meanwhile). */
async function pgliteDb(dir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = await PGlite.create(join(dir, 'pgdata'));
  const pool = {
    connect: async () => ({
      query: async (text, params) => {
        const r = await lite.query(text, params);
        return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command: 'SELECT' };
      },
      release() {},
    }),
    end: async () => {},
  };
  return { db: new Kysely({ dialect: new PostgresDialect({ pool }) }), close: () => lite.close() };
}

/**
 * A store of `n` challenges (bench/seed.mjs, over `orgs` owners), migrated by
 * the server itself: on PGlite a temporary folder, on PostgreSQL a schema of
 * its own (`BENCH_DATABASE_URL`, else `TEST_DATABASE_URL`, else the local
 * test database). `name` tells the bench's folders and schemas apart; `main`
 * is the server build that migrates it (startServer's); `after(db)` adds
 * more once it is seeded. Resolves to the server's env for it and how to
 * remove it.
 */
export async function seededStore(engine, n, { name, orgs, main, after }) {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), `ep-bench-${name}-`));
    const env = { DATA_DIR: dir };
    await stop((await startServer(env, { main })).proc);
    const { db, close } = await pgliteDb(dir);
    await seed(db, n, { orgs });
    if (after) await after(db);
    await db.destroy();
    await close();
    return { env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `ep_bench_${name}_${n}_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  await admin.end();
  const url = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const env = { DATABASE_URL: url };
  await stop((await startServer(env, { main })).proc);
  const db = new Kysely({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  await seed(db, n, { orgs });
  if (after) await after(db);
  await db.destroy();
  return {
    env,
    async cleanup() {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export const machine = () =>
  `node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB`;

/** Replaces (or appends) one `## title` section of BENCHMARKS.md, formatted by prettier. */
export async function writeSection(title, section) {
  const file = join(REPO, 'BENCHMARKS.md');
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`## ${title}\n`);
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + 1);
    text = text.slice(0, start) + section + (next >= 0 ? text.slice(next + 1) : '');
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    text = await prettier.format(text, { ...config, filepath: file });
  } catch (error) {
    console.warn(`Could not format ${file} with prettier: ${error.message}`);
  }
  writeFileSync(file, text);
  console.log(`Wrote the "${title}" section of ${file}`);
}
