/**
 * `node dist/main.js`: the server. Reads the environment (config.ts), locks
 * the PGlite data folder, opens and migrates the store, seeds the demo content
 * on an empty store with DEMO=1, listens, sends the mail outbox (mail/worker.ts),
 * and shuts down cleanly on SIGTERM.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { createLogger } from './ops/log.js';
import { DataDirLockedError, lockDataDir, type DataDirLock } from './ops/data-dir-lock.js';
import { startControlServer } from './ops/control.js';
import { DataDirOwnerError, prepareDataDir, tightenDataDir } from './ops/data-dir.js';
import { runCommand } from './ops/commands.js';
import { openStore } from './store/open.js';
import { systemClock } from './services/clock.js';
import { seedDemo } from './services/demo.js';
import { microCache } from './http/micro-cache.js';
import { applyRetention } from './services/people.js';

const DAY_MS = 24 * 60 * 60 * 1000;
import { mailTransport } from './mail/transport.js';
import { createMailWorker } from './mail/worker.js';
import { createDigestJob } from './mail/digest.js';
import { configureNotify } from './services/notify.js';

async function main() {
  const config = readConfig();
  const log = createLogger({ level: config.logLevel });
  // Feeds (and e-mails) need absolute links. Without PUBLIC_URL they take the
  // request's origin, which the client writes (the Host header): fine on a
  // developer's machine, a link-poisoning hole in production behind a cache.
  if (process.env.NODE_ENV === 'production' && !config.publicUrl) {
    log.error('PUBLIC_URL is not set', { nodeEnv: 'production' });
    process.stderr.write(
      "\nSet PUBLIC_URL to the server's public address (e.g. https://entrypoint.example.org)\nwhen NODE_ENV=production: the feeds link to it.\n\n",
    );
    process.exit(1);
  }

  let lock: DataDirLock | undefined;
  if (!config.databaseUrl) {
    try {
      prepareDataDir(config.dataDir);
      lock = lockDataDir(config.dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        log.error('data folder locked', { dataDir: config.dataDir, pid: error.pid });
        process.stderr.write(`\n${error.message}\n\n`);
        process.exit(1);
      }
      if (error instanceof DataDirOwnerError) {
        log.error('data folder of another user', {
          dataDir: config.dataDir,
          ownerUid: error.ownerUid,
          uid: error.uid,
        });
        process.stderr.write(`\n${error.message}\n\n`);
        process.exit(1);
      }
      throw error;
    }
  }

  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    preparedStatements: config.preparedStatements,
  });
  const applied = await store.migrate();
  if (applied.length) log.info('migrated', { versions: applied });
  if (!config.databaseUrl) tightenDataDir(config.dataDir);

  if (config.databaseUrl && !config.sessionSecret) {
    log.warn('SESSION_SECRET is unset: a sign-in code works only on the instance that sent it');
  }

  const readCache = microCache(config.readCacheMs);
  const app = createApp({
    readCache,
    store,
    clock: systemClock,
    log,
    options: {
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
      publicDir: config.publicDir,
      embedDir: config.embedDir,
      consoleDir: config.consoleDir,
      publicUrl: config.publicUrl,
      readCacheMs: config.readCacheMs,
      ...(config.sessionSecret ? { signInSecret: config.sessionSecret } : {}),
      printSignInCodes: !config.smtpUrl,
    },
  });

  const { headersMs, requestMs, idleMs } = config.timeouts;
  const server = await new Promise<Server>((resolve) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        serverOptions: {
          // The whole request (headers and body) must arrive within requestMs,
          // its headers within headersMs: a body sent a byte at a time cannot
          // hold a connection open. Node checks on an interval (30 s by default),
          // so check often enough for the limit to mean what it says.
          requestTimeout: requestMs,
          headersTimeout: Math.min(headersMs, requestMs || headersMs),
          connectionsCheckingInterval: requestMs
            ? Math.max(100, Math.min(1000, Math.floor(requestMs / 4)))
            : 30_000,
          keepAliveTimeout: Math.min(5000, idleMs || 5000),
        },
      },
      () => resolve(s),
    ) as Server;
  });
  // A connection on which nothing moves either way for idleMs is closed.
  server.setTimeout(idleMs);
  const port = (server.address() as { port: number }).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  if (config.demo) {
    const counts = await seedDemo(store.db, systemClock, {
      baseUrl: config.publicUrl ?? url,
      onlyIfEmpty: true,
    });
    if (counts) log.info('demo content loaded', { ...counts });
  }

  // Another instance's (or the CLI's) write to public content empties this one's read cache.
  const stopListening = await store.listenForChanges(
    () => readCache.clear(),
    (error) => log.warn('change notifications lost; listening again', { error: error.message }),
  );
  // Mails link to the console at PUBLIC_URL, else at the address listened on.
  configureNotify({ publicUrl: config.publicUrl ?? url, timeZone: config.mailTimeZone });
  const transport = mailTransport(config);
  const mailer = createMailWorker({
    db: store.db,
    transport,
    clock: systemClock,
    log: log.child({ part: 'mail' }),
  });
  mailer.start();
  // The daily digest of arrivals (after 07:00 in MAIL_TIME_ZONE) for those who chose it.
  const digests = createDigestJob({
    db: store.db,
    clock: systemClock,
    log: log.child({ part: 'mail' }),
    onQueued: () => mailer.wake(),
  });
  digests.start();
  log.info('mail', { via: transport.kind, to: transport.describe });

  const control = config.databaseUrl
    ? undefined
    : await startControlServer(
        config.dataDir,
        async (req) => {
          try {
            return await runCommand(
              { store, clock: systemClock, publicUrl: config.publicUrl ?? url },
              req,
            );
          } finally {
            readCache.clear(); // the command may have written behind the API
            mailer.wake(); // and may have left mail in the outbox
          }
        },
        log,
      );

  // Once at start and then daily: erase submissions past their owner's retention
  // period, purge idempotency records older than a day (services/people.ts).
  // The pass under way, if any: shutting down waits for it before closing the
  // store (closing PGlite under a running query aborts the process).
  let retaining: Promise<void> | undefined;
  const retain = () =>
    (retaining = (async () => {
      try {
        const done = await applyRetention(store.db, systemClock);
        if (done.erased || done.idempotencyRecords) log.info('retention applied', { ...done });
      } catch (error) {
        log.error('retention failed', { error });
      }
    })());
  const retention = setInterval(() => void retain(), DAY_MS);
  retention.unref();
  void retain();

  // Always printed, whatever LOG_LEVEL says: scripts wait for this line.
  createLogger({ level: 'info' }).info('listening', {
    url,
    api: `${url}/v1`,
    docs: `${url}/docs`,
    demo: `${url}/`,
    engine: store.engine,
    ...(config.databaseUrl ? {} : { dataDir: config.dataDir }),
  });
  if (process.stderr.isTTY) {
    process.stderr.write(
      `\n  Entrypoint is running (${store.engine})\n  API:   ${url}/v1\n  Docs:  ${url}/docs\n  Demo:  ${url}/\n\n`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    clearInterval(retention);
    const force = setTimeout(() => {
      log.warn('requests still open after 10 s; closing them');
      server.closeAllConnections();
    }, 10_000);
    force.unref();
    // Stop accepting, let running requests finish, drop idle keep-alive sockets.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await control?.close();
    await stopListening();
    await digests.stop();
    await mailer.stop(); // the message being sent is sent and marked first
    await retaining;
    transport.close();
    await store.close();
    lock?.release();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
