/**
 * The console's end-to-end setting: a real SMTP server in this process
 * (smtp-server + mailparser), the real server (apps/server/dist/main.js) as a
 * child process with a fresh data folder (PGlite, or PostgreSQL when
 * TEST_DATABASE_URL is set: a database of its own), demo content, mail over
 * SMTP; and headless Chromium through playwright-core.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium, type Browser, type Page } from 'playwright-core';

const here = import.meta.dirname;
export const repo = join(here, '../../../..');
const main = join(repo, 'apps/server/dist/main.js');
const cli = join(repo, 'apps/server/dist/cli.js');

export interface Mailbox {
  received: ParsedMail[];
  url: string;
  /** The first mail to `to` (after `since` mails) matching `match`, waiting for it. */
  waitFor(match: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

export async function startSmtp(): Promise<Mailbox> {
  const received: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          for (const w of waiters) w();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    waitFor(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = received.find(match);
          if (hit) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no such mail in ${timeoutMs} ms; got: ${received.map((m) => `${toOf(m)}: ${m.subject}`).join(' | ')}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The addresses a mail went to. */
export const toOf = (m: ParsedMail): string =>
  [m.to]
    .flat()
    .flatMap((a) => a?.value ?? [])
    .map((v) => v.address)
    .join(',');

export interface RunningServer {
  url: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Runs the admin CLI against this server's data. */
  cli(...args: string[]): string;
  stop(): Promise<void>;
}

export async function startServer(
  smtpUrl: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  for (const [file, what] of [
    [main, 'the server (npm run build -w @entrypoint/server)'],
    [
      join(repo, 'apps/console/dist/index.html'),
      'the console (npm run build -w @entrypoint/console)',
    ],
  ] as const)
    if (!existsSync(file)) throw new Error(`${what} is not built: ${file}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'ep-console-'));
  const databaseUrl = env.DATABASE_URL;
  const childEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    DEMO: '1',
    SMTP_URL: smtpUrl,
    EMBED_DIR: join(repo, 'packages/elements/dist/embed'),
    CONSOLE_DIR: join(repo, 'apps/console/dist'),
    RATE_LIMIT_MAX: '100000',
    LOG_LEVEL: 'warn',
    ...env,
  };
  const child = spawn(process.execPath, [main], {
    cwd: repo,
    env: { ...childEnv, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the server did not say "listening" in 90 s')),
        90_000,
      );
      child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
      createInterface({ input: child.stdout }).on('line', (line) => {
        try {
          const log = JSON.parse(line) as { msg?: string; url?: string; level?: string };
          if (log.msg === 'listening' && log.url) {
            clearTimeout(timer);
            resolve(log.url);
          } else if (log.level === 'error') process.stderr.write(`${line}\n`);
        } catch {
          // Not a JSON log line.
        }
      });
    });
    return {
      url,
      dataDir,
      databaseUrl,
      cli: (...args) =>
        execFileSync(process.execPath, [cli, ...args], {
          env: childEnv,
          encoding: 'utf8',
          cwd: repo,
        }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A database of its own on the PostgreSQL of TEST_DATABASE_URL (created with
 * psql, dropped by `drop`), for running the same flows on PostgreSQL.
 */
export function freshDatabase(): { url: string; drop: () => void } {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `ep_console_${process.pid}_${Date.now().toString(36)}`;
  execFileSync('psql', [base, '-v', 'ON_ERROR_STOP=1', '-qc', `create database ${name}`]);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      execFileSync('psql', [
        base,
        '-v',
        'ON_ERROR_STOP=1',
        '-qc',
        `drop database if exists ${name} with (force)`,
      ]),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
    ],
  });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core's WCAG 2.2 A/AA rules on the page as it is (open dialogs
 * included). Injected through the DevTools protocol, so the page's CSP
 * (no inline scripts) stays on.
 */
export async function axe(page: Page): Promise<string[]> {
  return page.evaluate(async (source) => {
    if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(source);
    const a = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            o: unknown,
          ) => Promise<{
            violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
          }>;
        };
      }
    ).axe;
    const result = await a.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  }, axeSource);
}

/** The six-digit code in the newest sign-in mail to `email`. */
export async function signInCode(mail: Mailbox, email: string, after: number): Promise<string> {
  const m = await mail.waitFor((x) => mail.received.indexOf(x) >= after && toOf(x).includes(email));
  const code = /\b(\d{6})\b/.exec(m.text ?? '')?.[1];
  if (!code) throw new Error(`no code in the mail: ${m.text}`);
  return code;
}

/** Signs in through the console's sign-in page, with the code from the mail. */
export async function signIn(page: Page, base: string, mail: Mailbox, email: string) {
  await page.goto(`${base}/console/sign-in`);
  await page.getByLabel(/work e-mail/i).fill(email);
  const before = mail.received.length;
  await page.getByRole('button', { name: /send me a code/i }).click();
  const code = await signInCode(mail, email, before);
  await page.getByLabel(/code from the e-mail/i).fill(code);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await page.waitForURL(/\/console\/inbox/);
}
