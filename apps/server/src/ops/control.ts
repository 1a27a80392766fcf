/**
 * The CLI's way into a running server that holds a PGlite data folder.
 *
 * The server listens on a random loopback port and writes `control.json`
 * (port, pid and a random secret) into DATA_DIR with mode 0600, so only the
 * folder's owner can read the secret. The CLI posts a command with the secret
 * as a bearer token; the server runs it on its own store and answers the lines.
 */
import { createServer, type Server } from 'node:http';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Logger } from './log.js';
import { isAlive } from './data-dir-lock.js';
import { randomToken } from '../services/ids.js';
import { InvalidError } from '../services/errors.js';
import { statusOf } from '../http/errors.js';
import { UsageError, type CommandRequest } from './commands.js';

export const CONTROL_FILE = 'control.json';

interface ControlInfo {
  pid: number;
  port: number;
  secret: string;
}

export async function startControlServer(
  dataDir: string,
  run: (req: CommandRequest) => Promise<string[]>,
  log: Logger,
): Promise<{ close(): Promise<void> }> {
  const secret = randomToken(32);
  const expected = Buffer.from(`Bearer ${secret}`);
  const server: Server = createServer((req, res) => {
    const auth = Buffer.from(req.headers.authorization ?? '');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/cli') return reply(404, { error: 'Not found' });
    if (auth.length !== expected.length || !timingSafeEqual(auth, expected)) {
      return reply(401, { error: 'Wrong control secret' });
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const command = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CommandRequest;
          log.info('cli command', { command: command.command.join(' ') });
          reply(200, { lines: await run(command) });
        } catch (error) {
          const status = statusOf(error) ?? 400;
          const errors = error instanceof InvalidError ? error.errors : undefined;
          // A usage error says so, so that the CLI exits 2 as it does on its own.
          const usage = error instanceof UsageError || undefined;
          reply(status, { error: (error as Error).message, errors, usage });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const file = join(dataDir, CONTROL_FILE);
  writeFileSync(file, JSON.stringify({ pid: process.pid, port, secret } satisfies ControlInfo), {
    mode: 0o600,
  });
  chmodSync(file, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        rmSync(file, { force: true });
        server.close(() => resolve());
      }),
  };
}

/** The running server's control endpoint for this data folder, if one is up. */
export function findControl(dataDir: string): ControlInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, CONTROL_FILE), 'utf8')) as ControlInfo;
    return isAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

export async function sendControl(info: ControlInfo, req: CommandRequest): Promise<string[]> {
  const res = await fetch(`http://127.0.0.1:${info.port}/cli`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${info.secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(req),
  });
  const body = (await res.json()) as {
    lines?: string[];
    error?: string;
    errors?: Array<{ path: string; message: string }>;
    usage?: boolean;
  };
  if (body.usage) throw new UsageError(body.error ?? 'Wrong command line');
  if (!res.ok) {
    const details = body.errors?.map((e) => `  ${e.path}: ${e.message}`).join('\n');
    throw new Error(`${body.error ?? `HTTP ${res.status}`}${details ? `\n${details}` : ''}`);
  }
  return body.lines ?? [];
}
