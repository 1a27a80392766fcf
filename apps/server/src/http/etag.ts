/**
 * `If-None-Match` against an ETag by the weak comparison RFC 9110 §13.1.2 asks
 * for: two tags match when their opaque parts are equal, `W/` or not; `*`
 * matches any current answer.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2
 */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

export function ifNoneMatchHits(header: string | undefined, etag: string | null): boolean {
  if (!header || !etag) return false;
  const mine = opaque(etag);
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === mine);
}

/**
 * The fields a 304 keeps of the 200 it stands for: only those that update a
 * cache (RFC 9110 §15.4.5), so no Content-Type and no Content-Length.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5
 */
export function notModifiedHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (/^(etag|cache-control|vary|expires|content-location|date)$/i.test(name)) {
      kept[name] = value;
    }
  }
  return kept;
}
