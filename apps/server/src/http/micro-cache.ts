/**
 * A micro-cache for public GETs: the same answer, for at most `ttlMs` (1 s by
 * default), to every caller of the same URL. Public answers already say
 * `max-age=60`, so a CDN or browser may keep them far longer; this only
 * spares the database the identical queries of a burst. Every write through
 * this instance empties it, so a writer reads its own writes at once; another
 * instance's write shows here within `ttlMs`. Requests with an API key and
 * answers that are not public are never cached.
 */
import type { MiddlewareHandler } from 'hono';
import type { Env } from './context.js';

interface Entry {
  expires: number;
  status: number;
  body: string;
  headers: Record<string, string>;
  etag: string | null;
}

export function microCache(ttlMs: number, maxEntries = 2000): MiddlewareHandler<Env> {
  const entries = new Map<string, Entry>();
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      await next();
      if (method !== 'OPTIONS' && c.res.status < 400) entries.clear();
      return;
    }
    if (ttlMs <= 0 || c.req.header('authorization')) return next();
    const key = c.req.url;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now) {
      // Plain strings and records keep @hono/node-server on its fast path.
      const inm = c.req.header('if-none-match');
      if (hit.etag && inm && inm.split(',').some((t) => t.trim() === hit.etag)) {
        return c.body(null, 304, hit.headers);
      }
      return c.body(hit.body, 200, hit.headers);
    }
    await next();
    const res = c.res;
    if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) return;
    const body = await res.clone().text();
    if (entries.size >= maxEntries) entries.clear();
    entries.set(key, {
      expires: now + ttlMs,
      status: res.status,
      body,
      headers: Object.fromEntries(res.headers.entries()),
      etag: res.headers.get('etag'),
    });
  };
}
