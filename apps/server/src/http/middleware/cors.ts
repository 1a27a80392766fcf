/**
 * CORS. Public reads are open to every site (`*`, no Vary, so a CDN keeps one
 * copy). Submissions are answered for the owner's allowed origins only
 * (checked again on the POST). The preflight is a route of its own, so the
 * 405 check lists OPTIONS where it answers.
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
import type { Handler, MiddlewareHandler } from 'hono';
import type { Store } from '../../store/open.js';
import { anyOrganizationAllowsOrigin } from '../../store/organizations.js';
import { type Env, ownOrigin } from '../context.js';
import { problem } from '../problem.js';

const ALLOW_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, Entrypoint-Page, If-None-Match, If-Match';
const EXPOSE_HEADERS = 'ETag, Location, Retry-After, Idempotent-Replayed, X-Request-Id';

/** `OPTIONS /v1/*`. */
export function preflight(store: Store): Handler<Env> {
  return async (c) => {
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
  };
}

/** `*` unless a route set its own origin (the submission POST), and the headers scripts may read. */
export const corsHeaders: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  if (!c.res.headers.has('Access-Control-Allow-Origin')) {
    c.res.headers.set('Access-Control-Allow-Origin', '*');
  }
  c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
};
