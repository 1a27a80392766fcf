/**
 * A micro-cache for public GETs: the same answer, for at most `ttlMs` (1 s by
 * default), to every caller of the same URL. Public answers already say
 * `max-age=60`, so a CDN or browser may keep them far longer; this only
 * spares the database the identical queries of a burst. Every write through
 * this instance empties it, so a writer reads its own writes at once; with
 * PostgreSQL a write to public content through another instance (or the CLI)
 * empties it too, through `LISTEN`/`NOTIFY` (`announcePublicWrites`, and
 * main.ts listening). Requests with an API key and
 * answers that are not public are never cached.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from './context.js';
import { plainOf } from './plain-headers.js';
import { ifNoneMatchHits, notModifiedHeaders } from './etag.js';
import type { Store } from '../store/open.js';

const utf8 = new TextDecoder();

/** The paths whose writes change what the public reads (submissions and people's data do not). */
const PUBLIC_CONTENT = /^\/v1\/(challenges|stories|clusters|organizations)(\/|$)/;

/**
 * After a successful write to public content, tells every instance on the
 * database (store.announceChange) before answering, so that once the writer
 * has its answer no instance serves the old content for longer than the
 * notification takes.
 */
export function announcePublicWrites(store: Store): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return;
    if (c.res.status < 400 && PUBLIC_CONTENT.test(c.req.path)) await store.announceChange();
  };
}

interface Entry {
  expires: number;
  status: number;
  body: string;
  headers: Record<string, string>;
  etag: string | null;
}

export interface MicroCache {
  middleware: MiddlewareHandler<Env>;
  /** Forgets everything: for writes that do not pass through the API (CLI commands). */
  clear(): void;
}

export function microCache(ttlMs: number, maxEntries = 2000): MicroCache {
  const entries = new Map<string, Entry>();
  // Concurrent misses of one URL wait for the first one's query instead of each
  // running it. Keyed by generation, so a read that starts after a write never
  // joins a query that started before it.
  const inflight = new Map<string, Promise<Entry | undefined>>();
  let generation = 0;

  const serve = (c: Context<Env>, hit: Entry) => {
    // Plain strings and records keep @hono/node-server on its fast path.
    if (ifNoneMatchHits(c.req.header('if-none-match'), hit.etag)) {
      return c.body(null, 304, notModifiedHeaders(hit.headers));
    }
    return c.body(hit.body, 200, hit.headers);
  };

  const clear = () => {
    generation++;
    entries.clear();
  };

  const middleware: MiddlewareHandler<Env> = async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      await next();
      if (method !== 'OPTIONS' && c.res.status < 400) clear();
      return;
    }
    // A key or a staff session may see more than the public (an organisation's settings).
    if (
      ttlMs <= 0 ||
      c.req.header('authorization') ||
      /\bep_session=/.test(c.req.header('cookie') ?? '')
    )
      return next();
    const url = c.req.url;
    const hit = entries.get(url);
    if (hit && hit.expires > Date.now()) return serve(c, hit);

    const flightKey = `${generation} ${url}`;
    const pending = inflight.get(flightKey);
    if (pending) {
      const shared = await pending;
      if (shared) return serve(c, shared);
      return next();
    }
    const started = generation;
    let settle!: (entry: Entry | undefined) => void;
    inflight.set(flightKey, new Promise((resolve) => (settle = resolve)));
    let entry: Entry | undefined;
    try {
      await next();
      const res = c.res;
      // An answer with a plain record (plain-headers.ts) keeps it: reading its
      // `headers` or cloning it would leave the record that the middlewares
      // outside this one still add to.
      const kept = plainOf(res);
      if (kept) {
        if (
          kept.body !== null &&
          res.status === 200 &&
          kept.headers['cache-control']?.startsWith('public')
        ) {
          entry = {
            expires: Date.now() + ttlMs,
            status: res.status,
            body: typeof kept.body === 'string' ? kept.body : utf8.decode(kept.body),
            headers: { ...kept.headers },
            etag: kept.headers.etag ?? null,
          };
        }
      } else if (res.status === 200 && res.headers.get('cache-control')?.startsWith('public')) {
        entry = {
          expires: Date.now() + ttlMs,
          status: res.status,
          body: await res.clone().text(),
          headers: Object.fromEntries(res.headers.entries()),
          etag: res.headers.get('etag'),
        };
      }
      if (entry) {
        if (started === generation) {
          if (entries.size >= maxEntries) entries.clear();
          entries.set(url, entry);
        }
      }
    } finally {
      inflight.delete(flightKey);
      settle(entry);
    }
  };
  return { middleware, clear };
}
