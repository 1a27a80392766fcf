/**
 * The HTTP app: `createApp({ store, clock, log })` → a Hono app. Routes parse,
 * authorise and shape answers; rules live in services/, SQL in store/.
 */
import { Hono } from 'hono';
import type { Store } from './store/open.js';
import { systemClock, type Clock } from './services/clock.js';
import { createLogger, type Logger } from './ops/log.js';
import type { AppOptions, Deps, Env } from './http/context.js';
import { problem } from './http/problem.js';
import { onError } from './http/errors.js';
import { methodNotAllowed } from './http/methods.js';
import { requestLog } from './http/middleware/request-log.js';
import { securityHeaders } from './http/middleware/security-headers.js';
import { compress } from './http/middleware/compress.js';
import { corsHeaders, preflight } from './http/middleware/cors.js';
import { jsonOnly, sizeLimit } from './http/middleware/json-body.js';
import { announcePublicWrites, microCache, type MicroCache } from './http/micro-cache.js';
import { organizationRoutes } from './http/resources/organizations.js';
import { challengeRoutes } from './http/resources/challenges.js';
import { clusterRoutes } from './http/resources/clusters.js';
import { storyRoutes } from './http/resources/stories.js';
import { feedRoutes } from './http/resources/feeds.js';
import { submissionRoutes } from './http/resources/submissions.js';
import { inboxRoutes } from './http/resources/inbox.js';
import { inboxActionRoutes } from './http/resources/inbox-actions.js';
import { metaRoutes } from './http/resources/meta.js';
import { sessionOrigin, sessionRoutes } from './http/resources/session.js';
import { ssoRoutes } from './http/resources/sso.js';
import { resultRoutes } from './http/resources/results.js';
import { staffRoutes } from './http/resources/staff.js';
import { staticRoutes } from './http/static.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { peopleRoutes } from './http/resources/people.js';
import { coachRoutes } from './http/resources/coach.js';
import { imageRoutes } from './http/resources/images.js';
import { markdownRoutes } from './http/resources/markdown.js';
import { doorRoutes } from './http/resources/doors.js';
import { orgSsoRoutes } from './http/resources/org-sso.js';
import { challengeCountRoutes } from './http/resources/challenge-counts.js';
import { embedPreviewRoutes } from './http/resources/embed-preview.js';
import { shareRoutes } from './http/resources/shares.js';
import { strictUrl } from './http/middleware/strict-input.js';
import { randomToken } from './services/ids.js';

export { MAX_BODY_BYTES } from './http/middleware/json-body.js';

export interface CreateAppArgs {
  store: Store;
  clock?: Clock;
  log?: Logger;
  options?: Partial<AppOptions>;
  /** The read cache, when the caller needs to empty it too (main.ts, after CLI commands). */
  readCache?: MicroCache;
}

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
      consoleDir: options.consoleDir,
      publicUrl: options.publicUrl,
      readCacheMs: options.readCacheMs ?? 0,
      // One process alone may make its own; several instances must share SESSION_SECRET.
      signInSecret: options.signInSecret ?? randomToken(32),
      printSignInCodes: options.printSignInCodes ?? false,
    },
  };
  const app = new Hono<Env>();

  app.use('*', requestLog(log));
  // Outermost but the log: compresses every answer, errors and files included.
  app.use('*', compress());
  app.use('*', securityHeaders);
  app.options('/v1/*', preflight);
  app.use('/v1/*', corsHeaders);
  // NUL, lone surrogates and malformed percent-encoding in the path or query: 400.
  app.use('*', strictUrl);
  // A known path asked with a method it does not have: 405 with Allow, before
  // the body is looked at (415, 413) and before any route's own checks (401).
  app.use('*', methodNotAllowed(app));
  app.use('/v1/*', jsonOnly);
  app.use('/v1/*', sizeLimit);
  app.use('/v1/*', sessionOrigin(deps));
  // After CORS (so cached answers carry its headers), before the routes.
  const cache = readCache ?? microCache(deps.options.readCacheMs);
  app.use('/v1/*', cache.middleware);
  // A write to public content empties every instance's read cache, not only this one's.
  app.use('/v1/*', announcePublicWrites(store));

  // One sub-app per resource. The feeds come before the stories: their paths
  // written out in full must win over `/v1/stories/:id`.
  app.route('/', metaRoutes(deps, buildOpenApiDocument));
  app.route('/', feedRoutes(deps));
  app.route('/', organizationRoutes(deps));
  app.route('/', challengeRoutes(deps));
  app.route('/', clusterRoutes(deps));
  app.route('/', storyRoutes(deps));
  // The inbox's paths written out in full (counts, export.csv) before `/v1/submissions/:id`.
  app.route('/', inboxRoutes(deps));
  app.route('/', submissionRoutes(deps));
  app.route('/', inboxActionRoutes(deps));
  app.route('/', peopleRoutes(deps));
  app.route('/', coachRoutes(deps));
  app.route('/', imageRoutes(deps));
  app.route('/', markdownRoutes(deps));
  app.route('/', doorRoutes(deps));
  app.route('/', challengeCountRoutes(deps));
  app.route('/', shareRoutes(deps));
  app.route('/', sessionRoutes(deps));
  app.route('/', ssoRoutes(deps));
  app.route('/', staffRoutes(deps));
  app.route('/', orgSsoRoutes(deps));
  app.route('/', resultRoutes(deps));
  app.route('/', embedPreviewRoutes(deps));
  staticRoutes(app, deps.options);

  app.notFound((c) => problem(c, 404, `Nothing at ${c.req.method} ${c.req.path}`));
  app.onError(onError);

  return app;
}
