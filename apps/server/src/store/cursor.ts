/**
 * Opaque list cursors: the sort key and id of the last row returned, base64url.
 * Keyset pagination, so a page never repeats or skips rows when others are
 * inserted meanwhile.
 */
export class BadCursorError extends Error {}

export type CursorKey = [string | number, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new BadCursorError('The cursor is not one this server gave out');
}

/** Cuts a `limit + 1` fetch to a page and its next cursor. */
export function page<R>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => CursorKey,
): { rows: R[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const kept = rows.slice(0, limit);
  return { rows: kept, nextCursor: encodeCursor(keyOf(kept[kept.length - 1] as R)) };
}

/** A page of records as their stored JSON text (see `rawListJson`). */
export interface RawList {
  json: string[];
  nextCursor: string | null;
}

/** `{ data, nextCursor }` from records already serialised. */
export function rawListJson(list: RawList): string {
  return `{"data":[${list.json.join(',')}],"nextCursor":${JSON.stringify(list.nextCursor)}}`;
}
