/**
 * Answers whose headers stay one plain record, for the hot public reads.
 *
 * @hono/node-server writes a `Response` made with a plain record of headers
 * as it is (its `responseViaCache`). Reading `res.headers` turns the record
 * into a web `Headers` (every name and value validated, then sorted when
 * iterated), which the server turns back into a record for node:http; Hono's
 * `c.body()` with more than one header makes a `Headers` too. Every
 * middleware that adds a header after the route (request-log.ts, compress.ts,
 * security-headers.ts, cors.ts) did that on every request.
 *
 * `plainResponse` makes an answer whose headers are a record kept with it; the
 * middlewares read and add headers with `getHeader`, `hasHeader` and
 * `setHeader`, which use the record when the answer has one and its
 * `Headers` otherwise. Names in a record are lower case, as `Headers` gives
 * them, so the names and values sent are the same either way.
 *
 * Only for answers whose route set no header of its own (`c.header()`
 * before the answer is made goes into Hono's headers, which this skips).
 */

interface Plain {
  headers: Record<string, string>;
  /** The body the answer was made with (its text or bytes). */
  body: string | Uint8Array<ArrayBuffer> | null;
}

/**
 * Kept on the answer itself, as @hono/node-server keeps its own fields: a
 * `WeakMap` of every answer cost more in the garbage collector than the
 * headers saved (its entries are processed at every young-generation GC).
 */
const PLAIN = Symbol('plain headers');
type WithPlain = Response & { [PLAIN]?: Plain };

/** An answer with these headers (lower-case names) as a plain record. */
export function plainResponse(
  body: string | Uint8Array<ArrayBuffer> | null,
  status: number,
  headers: Record<string, string>,
): Response {
  const res = new Response(body, { status, headers }) as WithPlain;
  res[PLAIN] = { headers, body };
  return res;
}

/** The record and body of an answer made by `plainResponse`, else undefined. */
export const plainOf = (res: Response): Plain | undefined => (res as WithPlain)[PLAIN];

export function getHeader(res: Response, name: string): string | null {
  const p = plainOf(res);
  return p ? (p.headers[name.toLowerCase()] ?? null) : res.headers.get(name);
}

export function hasHeader(res: Response, name: string): boolean {
  const p = plainOf(res);
  return p ? Object.hasOwn(p.headers, name.toLowerCase()) : res.headers.has(name);
}

export function setHeader(res: Response, name: string, value: string): void {
  const p = plainOf(res);
  if (p) p.headers[name.toLowerCase()] = value;
  else res.headers.set(name, value);
}
