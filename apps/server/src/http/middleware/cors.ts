/**
 * CORS. Public reads are open to every site (`*`, no Vary, so a CDN keeps one
 * copy). The submission preflight cannot know the receiver (it has no body),
 * so it passes for every origin, echoed with `Vary: Origin`: the POST itself
 * decides (http/resources/submissions.ts), and its 403 carries the same
 * header, so the form on a site that may not send can read why and say so.
 * The preflight is a route of its own, so the 405 check lists OPTIONS where
 * it answers.
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
import type { Handler, MiddlewareHandler } from 'hono';
import type { Env } from '../context.js';
import { hasHeader, setHeader } from '../plain-headers.js';

const ALLOW_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, Entrypoint-Page, If-None-Match, If-Match';
const EXPOSE_HEADERS = 'ETag, Location, Retry-After, Idempotent-Replayed, X-Request-Id';

/** `OPTIONS /v1/*`. */
export const preflight: Handler<Env> = (c) => {
  const origin = c.req.header('origin');
  const headers: Record<string, string> = {
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ALLOW_HEADERS,
    'Access-Control-Max-Age': '600',
  };
  if (c.req.path === '/v1/submissions' && origin) {
    return c.body(null, 204, { ...headers, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
  }
  return c.body(null, 204, { ...headers, 'Access-Control-Allow-Origin': '*' });
};

/** `*` unless a route set its own origin (the submission POST), and the headers scripts may read. */
export const corsHeaders: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  if (!hasHeader(c.res, 'Access-Control-Allow-Origin')) {
    setHeader(c.res, 'Access-Control-Allow-Origin', '*');
  }
  setHeader(c.res, 'Access-Control-Expose-Headers', EXPOSE_HEADERS);
};
