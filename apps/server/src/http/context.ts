import type { Context } from 'hono';
import type { Store } from '../store/open.js';
import type { Clock } from '../services/clock.js';
import type { Logger } from '../ops/log.js';
import { authenticate } from '../services/keys.js';
import { sha256 } from '../services/ids.js';
import type { Actor, WriteContext } from '../services/audit.js';
import { HttpProblem } from './problem.js';
import { ifNoneMatchHits, notModifiedHeaders } from './etag.js';
import { plainResponse } from './plain-headers.js';

/** The server's own origin (its demo pages may always post). */
export function ownOrigin(c: Context): string {
  return new URL(c.req.url).origin;
}
import type { TrustProxy } from './client-address.js';

export interface AppOptions {
  /** POSTs of submissions per client address per window. */
  rateLimit: { max: number; windowMs: number };
  /** The static demo pages (`/`, `/cluster.html`). */
  publicDir?: string | undefined;
  /** The embed bundle served at `/embed/*`. */
  embedDir?: string | undefined;
  /** The staff console's build (apps/console/dist), served at `/console`. */
  consoleDir?: string | undefined;
  /**
   * The reverse proxies in front, whose `X-Forwarded-For` entries are trusted:
   * a hop count, or their addresses and CIDR ranges (see client-address.ts).
   */
  trustProxy: TrustProxy;
  /** The public base URL (for feed links); else the request's origin. */
  publicUrl?: string | undefined;
  /** Serve identical public GETs from memory for this long (0: off). See micro-cache.ts. */
  readCacheMs: number;
  /** The HMAC key of sign-in codes (SESSION_SECRET); every instance needs the same. */
  signInSecret: string;
  /** Log sign-in codes too (when there is no SMTP server to send them). */
  printSignInCodes: boolean;
}

export interface Deps {
  store: Store;
  clock: Clock;
  log: Logger;
  options: AppOptions;
}

export type Env = {
  Variables: {
    requestId: string;
    log: Logger;
    orgId: string | undefined;
    actor: Actor | undefined;
  };
};

/** The organisation of the request's API key; 401 without a valid one. */
export async function requireOrg(c: Context<Env>, deps: Deps): Promise<string> {
  const orgId = await optionalOrg(c, deps);
  if (!orgId) {
    throw new HttpProblem(
      401,
      'Send an API key as "Authorization: Bearer <key>"',
      {},
      {
        'WWW-Authenticate': 'Bearer realm="entrypoint"',
      },
    );
  }
  return orgId;
}

/** The organisation of the API key if one is sent; 401 for a key that is wrong or revoked. */
export async function optionalOrg(c: Context<Env>, deps: Deps): Promise<string | undefined> {
  const header = c.req.header('authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const key = match ? await authenticate(deps.store.db, match[1]!) : undefined;
  if (!key) {
    throw new HttpProblem(
      401,
      'The API key is not valid (wrong, revoked, or malformed)',
      {},
      {
        'WWW-Authenticate': 'Bearer realm="entrypoint", error="invalid_token"',
      },
    );
  }
  c.set('orgId', key.orgId);
  c.set('actor', { kind: 'api_key', id: key.keyId });
  return key.orgId;
}

/** Who writes in this request, for the audit trail (services/audit.ts); after requireOrg. */
export function writer(c: Context<Env>): WriteContext {
  const actor = c.get('actor');
  if (!actor) throw new Error('writer(c) before requireOrg(c)');
  return { actor, requestId: c.get('requestId') };
}

/** For the HTML pages the server renders itself (/docs, /stories/{id}): no scripts at all. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const JSON_TYPE = 'application/json; charset=utf-8';

export const PUBLIC_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

interface SendOptions {
  status?: number;
  visibility?: 'public' | 'private';
  /** A single record's ETag (services/versions.ts), which `If-Match` on its PATCH takes. */
  etag?: string | undefined;
  /**
   * The route set no header with `c.header()`: a 200's headers are one plain
   * record (http/plain-headers.ts), cheaper for the middlewares to add to and
   * for @hono/node-server to write. For the hot public reads.
   */
  plain?: boolean;
}

/**
 * A JSON answer. Public answers carry an ETag and CDN-friendly Cache-Control,
 * and a matching If-None-Match gets 304; private (admin) answers are no-store,
 * with the record's ETag when they show one record.
 */
export function sendJson(c: Context<Env>, body: unknown, options: SendOptions = {}): Response {
  const text = JSON.stringify(body);
  return send(c, text, 'application/json; charset=utf-8', options);
}

const utf8 = new TextEncoder();

export function send(
  c: Context<Env>,
  text: string,
  contentType: string,
  { status = 200, visibility = 'public', etag: recordEtag, plain = false }: SendOptions = {},
): Response {
  if (visibility === 'private') {
    if (plain && status === 200) {
      return plainResponse(text, 200, {
        'content-type': contentType,
        'cache-control': 'no-store',
        ...(recordEtag ? { etag: recordEtag } : {}),
      });
    }
    return c.body(text, status as 200, {
      'Content-Type': contentType,
      'Cache-Control': 'no-store',
      ...(recordEtag ? { ETag: recordEtag } : {}),
    });
  }
  // Encoded once: the tag is the hash of these bytes, and they are what is sent.
  let bytes: Uint8Array<ArrayBuffer> | undefined;
  let etag = recordEtag;
  if (etag === undefined) {
    bytes = utf8.encode(text);
    etag = bodyEtag(bytes);
  }
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_CACHE, 'Content-Type': contentType };
  if (ifNoneMatchHits(c.req.header('if-none-match'), etag)) {
    return c.body(null, 304, notModifiedHeaders(headers));
  }
  if (plain && status === 200) {
    return plainResponse(bytes ?? utf8.encode(text), 200, {
      etag,
      'cache-control': PUBLIC_CACHE,
      'content-type': contentType,
    });
  }
  return c.body(bytes ?? utf8.encode(text), status as 200, headers);
}

/** A public answer's weak ETag: the first 128 bits of its body's SHA-256, in hex. */
function bodyEtag(body: Uint8Array): string {
  return `W/"${sha256(body).slice(0, 32)}"`;
}

/** 201 with `Location` for a record an owner created (never cached). */
export function sendCreated(c: Context<Env>, body: { id: string }, collection: string): Response {
  c.header('Location', `${collection}/${encodeURIComponent(body.id)}`);
  return sendJson(c, body, { status: 201, visibility: 'private' });
}

/** 204 for a record an owner deleted. */
export function sendDeleted(c: Context<Env>): Response {
  return c.body(null, 204, { 'Cache-Control': 'no-store' });
}
