/**
 * Starts the real server once for the element tests: a fresh PGlite data
 * folder, demo content, the embed from this package's dist, and a rate limit
 * high enough for a test run. Tests read its URL with `inject('serverUrl')`
 * and the data folder with `inject('dataDir')` (for the admin CLI).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const repo = join(pkg, '../..');
const main = join(repo, 'apps/server/dist/main.js');
const embed = join(pkg, 'dist/embed');

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    dataDir: string;
  }
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  for (const [file, what] of [
    [main, 'the server'],
    [join(embed, 'entrypoint.js'), 'the embed'],
  ] as const)
    if (!existsSync(file))
      throw new Error(`${what} is not built (${file}): run \`npm run build\` first`);

  dataDir = await mkdtemp(join(tmpdir(), 'ep-elements-'));
  server = spawn(process.execPath, [main], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO: '1',
      EMBED_DIR: embed,
      RATE_LIMIT_MAX: '100000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the server did not say "listening" in 60 s')),
      60_000,
    );
    server!.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    createInterface({ input: server!.stdout! }).on('line', (line) => {
      try {
        const log = JSON.parse(line) as { msg?: string; url?: string };
        if (log.msg === 'listening' && log.url) {
          clearTimeout(timer);
          resolve(log.url);
        }
      } catch {
        // Not a JSON log line.
      }
    });
  });
  project.provide('serverUrl', url);
  project.provide('dataDir', dataDir);
}

export async function teardown() {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
