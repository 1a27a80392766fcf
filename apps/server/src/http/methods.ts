/**
 * 405 Method Not Allowed (RFC 9110 §15.5.6) with `Allow`, for a path some route
 * answers asked with a method none of them has. The methods come from the app's
 * own route table (read again whenever a route was added since), so a new route
 * is covered without a list to keep:
 *
 * - Handlers that take `next` do not make a path known: middleware (`app.use`)
 *   and handlers that may pass a request on (the demo pages' `/*` answers only
 *   files that exist). A path no route answers gets no 405: it stays 404.
 * - A path written out in full shadows the patterns that also match it:
 *   `/v1/stories/feed.rss` is GET only, although `/v1/stories/:id` has PATCH
 *   (a record id has no dots, so no story can be called that).
 * - HEAD is listed wherever GET is (Hono answers HEAD with the GET route).
 *   OPTIONS is listed where a route answers it (the CORS preflight on `/v1/*`),
 *   but does not make a path known on its own.
 */
import type { Hono, MiddlewareHandler } from 'hono';
import { inspectRoutes } from 'hono/dev';
import { TrieRouter } from 'hono/router/trie-router';
import type { Env } from './context.js';
import { problem } from './problem.js';

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const rank = (method: string) => {
  const i = ORDER.indexOf(method);
  return i < 0 ? ORDER.length : i;
};

interface Route {
  method: string;
  /** The pattern has no parameter or wildcard. */
  exact: boolean;
}

/** Paths whose methods are kept (the least recently asked goes first): the API's paths and more. */
export const ALLOWED_CACHE_SIZE = 1000;

/**
 * The methods `path` answers, in a fixed order; `undefined` when no route
 * answers it (or every method does). Kept per path, at most
 * {@link ALLOWED_CACHE_SIZE} of them, and forgotten when a route is added.
 */
export function allowedMethods<E extends Env>(
  app: Hono<E>,
): ((path: string) => readonly string[] | undefined) & { readonly size: number } {
  let router: TrieRouter<Route> | undefined;
  let seen = -1;
  // `null`: the path was looked up and no route answers it.
  const known = new Map<string, readonly string[] | null>();
  const table = () => {
    if (!router || seen !== app.routes.length) {
      seen = app.routes.length;
      known.clear();
      // Hono's own matching, with every route under one method, so one match
      // finds the routes of all methods.
      router = new TrieRouter();
      for (const route of inspectRoutes(app)) {
        if (route.isMiddleware) continue;
        router.add('ALL', route.path, { method: route.method, exact: !/[:*]/.test(route.path) });
      }
    }
    return router;
  };

  const lookUp = (router: TrieRouter<Route>, path: string): readonly string[] | undefined => {
    const matched = router.match('GET', path)[0].map(([route]) => route);
    const answered = matched.filter((r) => r.method !== 'OPTIONS');
    const exact = answered.filter((r) => r.exact);
    const own = exact.length ? exact : answered;
    if (!own.length || own.some((r) => r.method === 'ALL')) return undefined;
    const methods = new Set(own.map((r) => r.method));
    if (methods.has('GET')) methods.add('HEAD');
    if (matched.some((r) => r.method === 'OPTIONS')) methods.add('OPTIONS');
    return Object.freeze([...methods].sort((a, b) => rank(a) - rank(b)));
  };

  const allowed = (path: string) => {
    const router = table();
    const hit = known.get(path);
    if (hit !== undefined) {
      // Most recently asked last.
      known.delete(path);
      known.set(path, hit);
      return hit ?? undefined;
    }
    const methods = lookUp(router, path);
    if (known.size >= ALLOWED_CACHE_SIZE) known.delete(known.keys().next().value as string);
    known.set(path, methods ?? null);
    return methods;
  };
  // The paths kept now (for tests).
  return Object.defineProperty(allowed, 'size', { get: () => known.size }) as typeof allowed & {
    readonly size: number;
  };
}

/** Answers 405 for a known path and a method it does not have; anything else goes on. */
export function methodNotAllowed<E extends Env>(app: Hono<E>): MiddlewareHandler<E> {
  const allowed = allowedMethods(app);
  return async (c, next) => {
    const allow = allowed(c.req.path);
    if (!allow || allow.includes(c.req.method)) return next();
    const list = allow.join(', ');
    return problem(
      c,
      405,
      `${c.req.path} does not answer ${c.req.method}; it answers ${list}`,
      {},
      { Allow: list },
    );
  };
}
