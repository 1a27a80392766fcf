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
 * `plainResponse` makes an answer whose headers are a record kept here; the
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
  /** The body as text (for the read cache, http/micro-cache.ts). */
  text: string | null;
}

const plain = new WeakMap<Response, Plain>();

/** An answer with these headers (lower-case names) as a plain record. */
export function plainResponse(
  body: string | Uint8Array<ArrayBuffer> | null,
  status: number,
  headers: Record<string, string>,
  text: string | null = typeof body === 'string' ? body : null,
): Response {
  const res = new Response(body, { status, headers });
  plain.set(res, { headers, text });
  return res;
}

/** The record and text of an answer made by `plainResponse`, else undefined. */
export const plainOf = (res: Response): Plain | undefined => plain.get(res);

export function getHeader(res: Response, name: string): string | null {
  const p = plain.get(res);
  return p ? (p.headers[name.toLowerCase()] ?? null) : res.headers.get(name);
}

export function hasHeader(res: Response, name: string): boolean {
  const p = plain.get(res);
  return p ? Object.hasOwn(p.headers, name.toLowerCase()) : res.headers.has(name);
}

export function setHeader(res: Response, name: string, value: string): void {
  const p = plain.get(res);
  if (p) p.headers[name.toLowerCase()] = value;
  else res.headers.set(name, value);
}
