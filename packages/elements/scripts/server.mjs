// Starts the real Entrypoint server for the element tests and the benchmark:
// a fresh PGlite folder, demo content, the embed from this package's dist.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const repo = join(pkg, '../..');
const main = join(repo, 'apps/server/dist/main.js');
const embed = join(pkg, 'dist/embed');

/**
 * Starts the server; resolves with its URL, data folder and a `stop()`.
 * `embedDir`: another build of the embed to serve (the bench's reference).
 */
export async function startServer({ embedDir = embed } = {}) {
  for (const [file, what] of [
    [main, 'the server'],
    [join(embedDir, 'entrypoint.js'), 'the embed'],
  ])
    if (!existsSync(file))
      throw new Error(`${what} is not built (${file}): run \`npm run build\` first`);

  const dataDir = await mkdtemp(join(tmpdir(), 'ep-elements-'));
  const server = spawn(process.execPath, [main], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO: '1',
      EMBED_DIR: embedDir,
      RATE_LIMIT_MAX: '100000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the server did not say "listening" in 60 s')),
        60_000,
      );
      server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
      createInterface({ input: server.stdout }).on('line', (line) => {
        try {
          const log = JSON.parse(line);
          if (log.msg === 'listening' && log.url) {
            clearTimeout(timer);
            resolve(log.url);
          }
        } catch {
          // Not a JSON log line.
        }
      });
    });
    return { url, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
