/**
 * Opaque list cursors: the sort key and id of the last row returned, base64url.
 * Keyset pagination, so a page never repeats or skips rows when others are
 * inserted meanwhile.
 */
import { isStorableText } from './text.js';

export class BadCursorError extends Error {}

export type CursorKey = [string | number, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What a cursor's sort key is: a time (ISO 8601, as `encodeCursor` wrote it),
 * a search rank (a finite number), nothing (`''`, lists sorted by id), or the
 * status order of challenges (`rank|YYYY-MM-DD|time`, store/challenges.ts).
 */
export type CursorKind = 'time' | 'rank' | 'none' | 'status';

const isTime = (key: unknown) =>
  typeof key === 'string' && !Number.isNaN(Date.parse(key)) && new Date(key).toISOString() === key;

const STATUS_KEY = /^([0-4])\|(\d{4}-\d{2}-\d{2})\|(.+)$/;

const KEY_OF_KIND: Record<CursorKind, (key: unknown) => boolean> = {
  time: isTime,
  status: (key) => {
    const m = typeof key === 'string' ? STATUS_KEY.exec(key) : null;
    return m !== null && !Number.isNaN(Date.parse(m[2]!)) && isTime(m[3]);
  },
  rank: (key) => typeof key === 'number' && Number.isFinite(key),
  none: (key) => key === '',
};

/**
 * The sort key and id of a cursor this server gave out for a list of this
 * kind. Anything else (not base64url JSON, another list's key, an id no record
 * could have) is a BadCursorError (400), never a query the database refuses.
 */
export function decodeCursor(cursor: string, kind: CursorKind): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      KEY_OF_KIND[kind](value[0]) &&
      typeof value[1] === 'string' &&
      value[1].length <= 200 &&
      isStorableText(value[1])
    ) {
      return [value[0] as string | number, value[1]];
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
