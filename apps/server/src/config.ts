/** The server's settings, from the environment (listed in apps/server/README.md). */
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, resolve } from 'node:path';
import { parseTrustProxy } from './http/client-address.js';

/** The repository root (this file is at apps/server/{src,dist}/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SERVER_ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL: SQL texts the pool may prepare (store/prepared.ts); 0 prepares none. */
  preparedStatements: number;
  demo: boolean;
  publicDir: string;
  embedDir: string;
  /** The staff console's build, served at `/console`. */
  consoleDir: string;
  publicUrl: string | undefined;
  rateLimit: { max: number; windowMs: number };
  /** Proxies in front: a hop count, or their addresses and CIDR ranges (0: none). */
  trustProxy: number | string[];
  readCacheMs: number;
  /** HTTP timeouts in ms: see `timeouts` in main.ts. */
  timeouts: { headersMs: number; requestMs: number; idleMs: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Mail goes over SMTP here; unset: into `outboxDir` as .eml files. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** The IANA time zone of dates in mails and of the digest's 07:00 (default Europe/Stockholm). */
  mailTimeZone: string;
  outboxDir: string;
  /** The key of sign-in code hashes; unset: a random one per process. */
  sessionSecret: string | undefined;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, not "${value}"`);
  return n;
}

function trustProxy(value: string | undefined): number | string[] {
  try {
    return parseTrustProxy(value);
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses or CIDR ranges: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function timeZone(value: string | undefined): string {
  const zone = value || 'Europe/Stockholm';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(
      `MAIL_TIME_ZONE must be an IANA time zone such as Europe/Helsinki, not "${zone}"`,
    );
  }
  return zone;
}

const truthy = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v);

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dir = (v: string | undefined, fallback: string) =>
    v ? (isAbsolute(v) ? v : resolve(process.cwd(), v)) : fallback;
  const level = env.LOG_LEVEL ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(level))
    throw new Error(`LOG_LEVEL must be debug, info, warn or error`);
  return {
    port: int('PORT', env.PORT, 8787),
    host: env.HOST || '127.0.0.1',
    dataDir: dir(env.DATA_DIR, resolve(REPO_ROOT, '.data')),
    databaseUrl: env.DATABASE_URL || undefined,
    preparedStatements: int('DATABASE_PREPARED_STATEMENTS', env.DATABASE_PREPARED_STATEMENTS, 500),
    demo: truthy(env.DEMO),
    publicDir: dir(env.PUBLIC_DIR, resolve(SERVER_ROOT, 'public')),
    embedDir: dir(env.EMBED_DIR, resolve(REPO_ROOT, 'packages/elements/dist/embed')),
    consoleDir: dir(env.CONSOLE_DIR, resolve(REPO_ROOT, 'apps/console/dist')),
    publicUrl: env.PUBLIC_URL || undefined,
    rateLimit: {
      max: int('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX, 30),
      windowMs: int('RATE_LIMIT_WINDOW_SECONDS', env.RATE_LIMIT_WINDOW_SECONDS, 60) * 1000,
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
    readCacheMs: int('READ_CACHE_MS', env.READ_CACHE_MS, 1000),
    timeouts: {
      headersMs: int('HEADERS_TIMEOUT_MS', env.HEADERS_TIMEOUT_MS, 10_000),
      requestMs: int('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 30_000),
      idleMs: int('IDLE_TIMEOUT_MS', env.IDLE_TIMEOUT_MS, 60_000),
    },
    logLevel: level as Config['logLevel'],
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    mailTimeZone: timeZone(env.MAIL_TIME_ZONE),
    sessionSecret: env.SESSION_SECRET || undefined,
    outboxDir: join(dir(env.DATA_DIR, resolve(REPO_ROOT, '.data')), 'outbox'),
  };
}
