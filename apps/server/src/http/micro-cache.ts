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
  body: ArrayBuffer;
  headers: [string, string][];
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
      const headers = new Headers(hit.headers);
      const inm = c.req.header('if-none-match');
      if (hit.etag && inm && inm.split(',').some((t) => t.trim() === hit.etag)) {
        return new Response(null, { status: 304, headers });
      }
      return new Response(hit.body, { status: hit.status, headers });
    }
    await next();
    const res = c.res;
    if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) return;
    const body = await res.clone().arrayBuffer();
    if (entries.size >= maxEntries) entries.clear();
    entries.set(key, {
      expires: now + ttlMs,
      status: res.status,
      body,
      headers: [...res.headers.entries()],
      etag: res.headers.get('etag'),
    });
  };
}
