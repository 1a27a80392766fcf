/**
 * Record versions for `ETag` and `If-Match` (RFC 9110, 8.8.3 and 13.1.1).
 *
 * A record's ETag is a hash of its canonical JSON (keys sorted), so the GET
 * that shows a record and the PATCH that changed it name the same version
 * whatever order the database keeps the keys in. A PATCH with `If-Match`
 * goes through only while the record is still that version: the check runs
 * in the PATCH's transaction, on the row it has locked.
 */
import { PreconditionFailedError } from './errors.js';
import { canonicalJson, sha256 } from './ids.js';
import { Recent } from '../store/compiled.js';

/** The strong ETag of a record as the API shows it. */
export function recordEtag(record: unknown): string {
  return `"${sha256(canonicalJson(record)).slice(0, 32)}"`;
}

/** The ETags of records read lately, by their stored JSON text (texts up to 16 KiB: 8 MB at most). */
const etagsOfText = new Recent<string>(256);
const MEMO_CHARS = 16 * 1024;

/**
 * `recordEtag` of a record given as JSON text: a record read again unchanged
 * (the same text) is not parsed, sorted and hashed again.
 */
export function recordEtagOfJson(text: string): string {
  if (text.length > MEMO_CHARS) return recordEtag(JSON.parse(text));
  let etag = etagsOfText.get(text);
  if (etag === undefined) {
    etag = recordEtag(JSON.parse(text));
    etagsOfText.set(text, etag);
  }
  return etag;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Throws 412 unless `ifMatch` (the header, when sent) names the record's
 * current ETag or is `*`. A `W/` a proxy may have put before our tag is
 * ignored: the tag itself is always a hash of the whole record.
 */
export function checkIfMatch(ifMatch: string | undefined, record: unknown, what: string): void {
  if (ifMatch === undefined) return;
  const current = recordEtag(record);
  if (ifMatchHolds(ifMatch, current)) return;
  throw new PreconditionFailedError(
    `${what} has changed since the version in If-Match; GET it again and reapply your change`,
    { etag: current },
  );
}

/** Whether an `If-Match` header names `etag` (or is `*`). */
export function ifMatchHolds(ifMatch: string, etag: string): boolean {
  const tags = ifMatch.split(',').map(opaque);
  return tags.includes('*') || tags.includes(etag);
}

/** How a write is conditioned: the `If-Match` header of the request, if any. */
export interface WriteCondition {
  ifMatch?: string | undefined;
}
