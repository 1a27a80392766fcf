/**
 * The HTTP app: `createApp({ store, clock, log })` → a Hono app. Routes parse,
 * authorise and shape answers; rules live in services/, SQL in store/.
 */
import { Hono, type Context, type Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import type { Store } from './store/open.js';
import { systemClock, type Clock } from './services/clock.js';
import { DomainError, InvalidError } from './services/errors.js';
import { BadCursorError } from './store/cursor.js';
import { createLogger, type Logger } from './ops/log.js';
import { anyOrganizationAllowsOrigin } from './store/organizations.js';
import type { AppOptions, Deps, Env } from './http/context.js';
import { HttpProblem, problem } from './http/problem.js';
import { methodNotAllowed } from './http/methods.js';
import { readRoutes } from './http/routes/reads.js';
import { writeRoutes } from './http/routes/writes.js';
import { ownOrigin, submissionRoutes } from './http/routes/submissions.js';
import { staticRoutes } from './http/routes/static.js';
import { feedRoutes } from './http/routes/feeds.js';
import { docRoutes } from './http/routes/docs.js';
import { newId } from './services/ids.js';
import { microCache, type MicroCache } from './http/micro-cache.js';

export const MAX_BODY_BYTES = 64 * 1024;

export interface CreateAppArgs {
  store: Store;
  clock?: Clock;
  log?: Logger;
  options?: Partial<AppOptions>;
  /** The read cache, when the caller needs to empty it too (main.ts, after CLI commands). */
  readCache?: MicroCache;
}

const ALLOW_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, Entrypoint-Page, If-None-Match';
const EXPOSE_HEADERS = 'ETag, Location, Retry-After, Idempotent-Replayed, X-Request-Id';

export function createApp({
  store,
  clock = systemClock,
  log = createLogger(),
  options = {},
  readCache,
}: CreateAppArgs) {
  const deps: Deps = {
    store,
    clock,
    log,
    options: {
      rateLimit: options.rateLimit ?? { max: 30, windowMs: 60_000 },
      trustProxy: options.trustProxy ?? false,
      publicDir: options.publicDir,
      embedDir: options.embedDir,
      publicUrl: options.publicUrl,
      readCacheMs: options.readCacheMs ?? 0,
    },
  };
  const app = new Hono<Env>();

  // Request id and access log.
  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : newId();
    const reqLog = log.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', reqLog);
    const started = performance.now();
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    reqLog.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  // CORS. Public reads are open to every site (`*`, no Vary, so a CDN keeps one copy).
  // Submissions are answered for the owner's allowed origins only (checked again on the POST).
  // The preflight is a route of its own, so the 405 check lists OPTIONS where it answers.
  app.options('/v1/*', async (c) => {
    const origin = c.req.header('origin');
    const headers: Record<string, string> = {
      'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    };
    if (c.req.path === '/v1/submissions') {
      const allowed =
        origin !== undefined &&
        (origin === ownOrigin(c) || (await anyOrganizationAllowsOrigin(store.db, origin)));
      if (!allowed)
        return problem(
          c,
          403,
          `${origin ?? 'This origin'} may not post submissions`,
          {},
          { Vary: 'Origin' },
        );
      return c.body(null, 204, {
        ...headers,
        'Access-Control-Allow-Origin': origin,
        Vary: 'Origin',
      });
    }
    return c.body(null, 204, { ...headers, 'Access-Control-Allow-Origin': '*' });
  });
  app.use('/v1/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Access-Control-Allow-Origin')) {
      c.res.headers.set('Access-Control-Allow-Origin', '*');
    }
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  });

  // A known path asked with a method it does not have: 405 with Allow, before
  // the body is looked at (415, 413) and before any route's own checks (401).
  app.use('*', methodNotAllowed(app));

  // Writes: JSON only, 64 KiB at most.
  app.use('/v1/*', async (c: Context<Env>, next: Next) => {
    if (c.req.method === 'POST' || c.req.method === 'PATCH' || c.req.method === 'PUT') {
      const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type)) {
        return problem(
          c,
          415,
          'Send the body as application/json',
          {},
          { Accept: 'application/json' },
        );
      }
    }
    return next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => problem(c, 413, `The body is larger than ${MAX_BODY_BYTES / 1024} KiB`),
  });
  // Only where a body can be: touching a GET's body makes the Node adapter build a full Request.
  app.use('/v1/*', (c: Context<Env, string>, next: Next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  // After CORS (so cached answers carry its headers), before the routes.
  const cache = readCache ?? microCache(deps.options.readCacheMs);
  app.use('/v1/*', cache.middleware);

  app.get('/healthz', async (c) => {
    await sql`select 1`.execute(store.db);
    return c.json({ status: 'ok', engine: store.engine }, 200, { 'Cache-Control': 'no-store' });
  });

  feedRoutes(app, deps);
  readRoutes(app, deps);
  writeRoutes(app, deps);
  submissionRoutes(app, deps);
  docRoutes(app, deps);
  staticRoutes(app, deps.options);

  app.notFound((c) => problem(c, 404, `Nothing at ${c.req.method} ${c.req.path}`));

  app.onError((error, c) => {
    if (error instanceof HttpProblem) {
      return problem(c, error.status, error.message, error.extra, error.headers);
    }
    if (error instanceof InvalidError) {
      return problem(c, 422, error.message, { errors: error.errors });
    }
    if (error instanceof DomainError) {
      return problem(c, error.status, error.message, error.extra);
    }
    if (error instanceof BadCursorError) {
      return problem(c, 400, error.message, {
        errors: [{ path: 'cursor', message: error.message }],
      });
    }
    c.get('log')?.error('unhandled', { error });
    return problem(c, 500, 'Something went wrong on our side; the request id is in X-Request-Id');
  });

  return app;
}
