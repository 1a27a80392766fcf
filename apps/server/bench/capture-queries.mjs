/**
 * The SQL a server build runs for a request: the build is started with
 * capture-hook.mjs, each path is asked a few times (a text gets its prepared
 * statement's name from its second run on, store/prepared.ts), and the
 * queries of the last time are returned, with their parameters, in order.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stop } from './lib.mjs';

const HOOK = fileURLToPath(new URL('./capture-hook.mjs', import.meta.url));

const size = (file) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * Resolves to `{ [path]: [{ name, text, values }] }` for each of `paths`,
 * asked of the build `main` with `env` (its store), with the read cache off.
 */
export async function captureQueries({ main, env, paths, times = 4 }) {
  const dir = mkdtempSync(join(tmpdir(), 'ep-capture-'));
  const file = join(dir, 'queries.jsonl');
  const { url, proc } = await startServer(
    { ...env, READ_CACHE_MS: '0', CAPTURE_QUERIES_FILE: file, CAPTURE_QUERIES_FROM: main },
    { main, nodeArgs: ['--import', HOOK] },
  );
  const out = {};
  try {
    const read = (from, to) =>
      readFileSync(file)
        .subarray(from, to)
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    for (const path of paths) {
      const runs = [];
      for (let i = 0; i < times; i++) {
        const before = size(file);
        const res = await fetch(url + path);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
        // Queries a request runs after its answer would land later: wait a little.
        await new Promise((r) => setTimeout(r, 100));
        runs.push(read(before, size(file)));
      }
      // The server's own work (the mail worker's polls) may fall into a
      // request's time: keep the queries the last two runs both made.
      const previous = new Set(runs.at(-2).map((q) => q.text));
      out[path] = runs.at(-1).filter((q) => previous.has(q.text));
    }
  } finally {
    await stop(proc);
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
