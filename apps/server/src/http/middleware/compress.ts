/**
 * Compression of what the server sends: brotli or gzip, as the request's
 * `Accept-Encoding` prefers (RFC 9110 §12.5.3), for text answers (JSON, HTML,
 * JavaScript, CSS, SVG, feeds, CSV) of at least {@link MIN_BYTES}.
 *
 * - A file that comes precompressed (the embed bundle's `.br` and `.gz`,
 *   http/static.ts) already has its `Content-Encoding` and is left alone.
 * - Every compressible answer says `Vary: Accept-Encoding`, compressed or not,
 *   so a shared cache keeps one copy per encoding.
 * - A compressed answer's ETag becomes weak, as nginx does: the bytes differ
 *   from the identity answer's, the content does not. `If-None-Match` compares
 *   weakly and `If-Match` accepts the `W/` (http/etag.ts, services/versions.ts),
 *   so a tag read from a compressed answer still works for both.
 * - Answers that carry an ETag are compressed once per tag and encoding and
 *   kept in a small cache, so the read cache's hits do not pay brotli again.
 * - `Cache-Control: no-transform` and answers with a `Content-Range` are sent
 *   as they are.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.4
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../context.js';
import { getHeader, hasHeader, plainOf, setHeader } from '../plain-headers.js';

/** Below this a compressed answer saves less than a packet's headers cost. */
export const MIN_BYTES = 1024;

const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|problem\+json|javascript|xml|rss\+xml|atom\+xml|feed\+json|manifest\+json)\b|image\/svg\+xml\b)/i;

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * The encoding to send for an `Accept-Encoding` header: brotli before gzip
 * when both are acceptable at the same weight; `undefined` for identity.
 * `q=0` refuses an encoding, and `*` stands for those not named.
 */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    if (Number.isFinite(q)) weights.set(name.trim(), q);
  }
  const weight = (name: Encoding) =>
    weights.get(name) ??
    (name === 'gzip' ? weights.get('x-gzip') : undefined) ??
    weights.get('*') ??
    0;
  const br = weight('br');
  const gzipWeight = weight('gzip');
  if (br <= 0 && gzipWeight <= 0) return undefined;
  return br >= gzipWeight ? 'br' : 'gzip';
}

export async function compressBody(
  body: Uint8Array,
  encoding: Encoding,
): Promise<Uint8Array<ArrayBuffer>> {
  const packed = await (encoding === 'br'
    ? brotli(body, {
        params: {
          // Quality 5: most of brotli's gain at a fraction of 11's time, for
          // answers made per request. The embed bundle is compressed at 11 when built.
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gz(body, { level: 6 }));
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
}

/** Adds a field to an answer's `Vary` unless it is already there (or `*`). */
export function addVary(res: Response, field: string): void {
  const current = getHeader(res, 'vary');
  if (!current) {
    setHeader(res, 'Vary', field);
    return;
  }
  const names = current.split(',').map((v) => v.trim().toLowerCase());
  if (names.includes('*') || names.includes(field.toLowerCase())) return;
  setHeader(res, 'Vary', `${current}, ${field}`);
}

/** The byte length of a plain answer's body (http/plain-headers.ts); NaN when unknown. */
function plainLength(res: Response): number {
  const body = plainOf(res)?.body;
  if (body == null) return NaN;
  return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
}

const weaken = (etag: string) => (etag.startsWith('W/') ? etag : `W/${etag}`);

/** Compressed bodies by ETag and encoding, oldest dropped first. */
class CompressedCache {
  private readonly entries = new Map<string, Uint8Array<ArrayBuffer>>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: Uint8Array<ArrayBuffer>): void {
    if (value.byteLength > this.maxBytes / 4) return;
    this.entries.set(key, value);
    this.bytes += value.byteLength;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.byteLength;
    }
  }
}

export interface CompressOptions {
  /** Bytes of compressed answers kept by ETag (default 16 MiB; 0 keeps none). */
  cacheBytes?: number;
}

export function compress(options: CompressOptions = {}): MiddlewareHandler<Env> {
  const cache = new CompressedCache(options.cacheBytes ?? 16 * 1024 * 1024);
  return async (c, next) => {
    await next();
    const res = c.res;
    // Through plain-headers.ts: an answer made with a plain record keeps it.
    const type = getHeader(res, 'content-type');
    if (!type || !COMPRESSIBLE.test(type)) return;
    addVary(res, 'Accept-Encoding');
    // `res.body` last: on @hono/node-server's light Response (a string and its
    // headers, written to the socket as they are) it makes a web Response with
    // a stream, which costs more than the rest of this answer's way out.
    if (
      res.status !== 200 ||
      c.req.method === 'HEAD' ||
      hasHeader(res, 'content-encoding') ||
      hasHeader(res, 'content-range') ||
      /\bno-transform\b/i.test(getHeader(res, 'cache-control') ?? '')
    ) {
      return;
    }
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const length = Number(getHeader(res, 'content-length') ?? plainLength(res));
    if (Number.isFinite(length) && length < MIN_BYTES) return;
    if (!res.body) return;

    const etag = res.headers.get('etag');
    const key = etag ? `${encoding} ${etag}` : undefined;
    let packed = key ? cache.get(key) : undefined;
    if (!packed) {
      const body = new Uint8Array(await res.arrayBuffer());
      if (body.byteLength < MIN_BYTES) {
        c.res = new Response(body, res);
        return;
      }
      packed = await compressBody(body, encoding);
      if (key) cache.set(key, packed);
    } else {
      // The identity body is not needed: let it go.
      await res.body.cancel();
    }
    // Hono copies the old answer's headers onto the new one: set ours after.
    c.res = new Response(packed, res);
    c.res.headers.set('Content-Encoding', encoding);
    c.res.headers.set('Content-Length', String(packed.byteLength));
    if (etag) c.res.headers.set('ETag', weaken(etag));
  };
}
