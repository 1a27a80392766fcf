/** Spawning the built server (dist/main.js) and CLI (dist/cli.js) as real processes. */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export function assertBuilt() {
  if (!existsSync(MAIN) || !existsSync(CLI)) {
    throw new Error('Build the server first: npm run build -w @entrypoint/server');
  }
}

export interface Running {
  url: string;
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function baseEnv(env: Record<string, string>) {
  const { DATABASE_URL: _a, DEMO: _b, PORT: _c, ...rest } = process.env;
  return { ...rest, PORT: '0', HOST: '127.0.0.1', ...env };
}

/** Starts the server and resolves once it logs "listening" (or rejects if it exits first). */
export function startServer(env: Record<string, string>): Promise<Running> {
  const proc = spawn(process.execPath, [MAIN], {
    env: baseEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) {
        const url = (JSON.parse(line) as { url: string }).url;
        resolve({ url, proc, output: () => out, exited });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) =>
      reject(new Error(`The server exited (${code}) before listening:\n${out}`)),
    );
  });
}

/** Runs the server expecting it to exit; resolves with its code and output. */
export function runToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const proc = spawn(process.execPath, [MAIN], {
    env: baseEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, output: out })));
}

export async function cli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      env: baseEnv(env),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The CLI arguments of `orgs create` for a test organisation. */
export function orgsCreateArgs(id: string, kind = 'city', name = `Town ${id}`): string[] {
  return [
    'orgs',
    'create',
    '--id',
    id,
    '--kind',
    kind,
    '--name',
    name,
    '--country',
    'SE',
    '--lang',
    'sv',
    '--contact-name',
    'Ada Ek',
    '--contact-email',
    `ada@${id}.example`,
  ];
}

/** `cli orgs create` for a test organisation named after its id. */
export function cliCreateOrg(id: string, kind: string, env: Record<string, string>) {
  return cli(orgsCreateArgs(id, kind, id), env);
}
