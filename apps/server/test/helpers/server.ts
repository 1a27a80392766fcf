/**
 * One real server per test file: a real store (PGlite in a temporary folder,
 * or PostgreSQL in a schema of its own when ENGINE=postgres), the real app,
 * real HTTP on a free port. Each test makes its own organisation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { afterAll } from 'vitest';
import { serve } from '@hono/node-server';
import type { OrganizationInput } from '@entrypoint/sdk';
import { createApp } from '../../src/app.js';
import { openStore, type Store } from '../../src/store/open.js';
import { systemClock, type Clock } from '../../src/services/clock.js';
import { createOrganization } from '../../src/services/organizations.js';
import { createApiKey } from '../../src/services/keys.js';
import { silentLogger, type Logger } from '../../src/ops/log.js';
import { client } from './http.js';
import type { AppOptions } from '../../src/http/context.js';
import { SYSTEM } from '../../src/services/audit.js';

export const ENGINE = (process.env.ENGINE ?? 'pglite') as 'pglite' | 'postgres';

export interface TestServer {
  url: string;
  store: Store;
  /** Creates an organisation with a fresh id and an API key for it. */
  org(
    overrides?: Partial<OrganizationInput>,
  ): Promise<{ id: string; key: string; org: OrganizationInput }>;
  close(): Promise<void>;
}

export const letters = (n: number) =>
  Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');

/** A fresh, empty store (not migrated) on the engine under test, and how to remove it. */
export async function openTestStore(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (ENGINE === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('ENGINE=postgres needs TEST_DATABASE_URL');
    const schema = `ep_test_${process.pid}_${letters(8)}`;
    const store = await openStore({ databaseUrl: url, schema, poolSize: 5 });
    return {
      store,
      async cleanup() {
        await store.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ep-test-'));
  const store = await openStore({ dataDir: dir });
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A clock that runs at the real pace but starts one second into a window of
 * `windowMs`, as the rate limit's fixed windows are cut. A test that sends
 * up to its limit then has the rest of the window before the count starts
 * again, whenever in the real minute it runs.
 */
export function clockAtWindowStart(windowMs: number): Clock {
  const realStart = Date.now();
  const start = realStart - (realStart % windowMs) + windowMs + 1000;
  return { now: () => new Date(start + (Date.now() - realStart)) };
}

export async function startTestServer(
  options: Partial<AppOptions> = {},
  { clock = systemClock, log = silentLogger }: { clock?: Clock; log?: Logger } = {},
): Promise<TestServer> {
  const { store, cleanup } = await openTestStore();
  await store.migrate();
  const app = createApp({
    store,
    clock,
    log,
    options: { rateLimit: { max: 10_000, windowMs: 60_000 }, ...options },
  });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s),
    ) as Server;
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    async org(overrides = {}) {
      const id = overrides.id ?? `${letters(3)}-${letters(8)}`;
      const input: OrganizationInput = {
        id,
        kind: 'city',
        name: { en: `Test city ${id}`, sv: `Teststad ${id}` },
        country: 'SE',
        defaultLanguage: 'sv',
        entryPoint: { name: 'Entry Point', email: `entry@${id}.example` },
        allowedOrigins: [],
        ...overrides,
      };
      await createOrganization(store.db, systemClock, input);
      const { key } = await createApiKey(store.db, systemClock, id, undefined, SYSTEM);
      return { id, key, org: input };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await cleanup();
    },
  };
}

/**
 * A real app on a real database for one test file: started when the file
 * loads, closed after its last test; `api` calls it over HTTP.
 */
export async function openTestServer(
  options: Partial<AppOptions> = {},
  extra: { clock?: Clock; log?: Logger } = {},
) {
  const server = await startTestServer(options, extra);
  afterAll(() => server.close());
  return { server, api: client(server.url) };
}
