/**
 * What the benchmarks besides run.mjs share: the server as a child process,
 * the machine's description, and writing a section of BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const MAIN = here('../dist/main.js');
const REPO = here('../../../');

export const MAIN_BUILT = existsSync(MAIN);

/** Starts `dist/main.js` (warnings only, no rate limit to speak of); resolves when it listens. */
export function startServer(env) {
  const proc = spawn(process.execPath, [MAIN], {
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
