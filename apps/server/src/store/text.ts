/**
 * What PostgreSQL can store as text: no NUL (U+0000, refused in `text` and
 * `jsonb`) and no lone surrogate (UTF-8 cannot encode one).
 */
const UNSTORABLE_CHAR = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(s: string): boolean {
  return !UNSTORABLE_CHAR.test(s);
}
