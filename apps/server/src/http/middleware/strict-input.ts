/**
 * Text the database would refuse never reaches it. PostgreSQL stores no NUL
 * (U+0000) in `text` or `jsonb`, and UTF-8 cannot encode a lone surrogate; a
 * request carrying either, or bytes that are not UTF-8, or percent-encoding
 * that does not decode, is a client's error: 400, here, at one depth, before
 * any route looks at it.
 *
 * - `strictUrl`: every path segment and query parameter (name and value).
 * - `parseJsonBody`: the body's bytes decoded as UTF-8 with `fatal: true`
 *   (no silent U+FFFD), parsed, and every string and key in it checked.
 */
import type { MiddlewareHandler } from 'hono';
import type { FieldError } from '../../services/errors.js';
import { isStorableText } from '../../store/text.js';
import { HttpProblem } from '../problem.js';

const UNSTORABLE = 'Holds a NUL character or a lone surrogate, which cannot be stored';

/** `decodeURIComponent`, or undefined when the encoding is malformed or not UTF-8. */
function decodeComponent(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** The URL's path and query, checked before the routes read them. */
export const strictUrl: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const hash = url.indexOf('#', start);
  const whole = url.slice(start, hash === -1 ? undefined : hash);
  const queryAt = whole.indexOf('?');
  const path = queryAt === -1 ? whole : whole.slice(0, queryAt);
  if (path.includes('%')) {
    for (const segment of path.split('/')) {
      const decoded = decodeComponent(segment);
      if (decoded === undefined)
        throw new HttpProblem(400, `The path has malformed percent-encoding: ${segment}`);
      if (!isStorableText(decoded))
        throw new HttpProblem(400, 'The path holds a NUL character or a lone surrogate');
    }
  }
  if (queryAt !== -1) {
    const errors: FieldError[] = [];
    for (const pair of whole.slice(queryAt + 1).split('&')) {
      if (!pair.includes('%')) continue;
      const eq = pair.indexOf('=');
      const rawName = (eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, ' ');
      const rawValue = eq === -1 ? '' : pair.slice(eq + 1).replace(/\+/g, ' ');
      const name = decodeComponent(rawName) ?? rawName;
      const value = decodeComponent(rawValue);
      if (decodeComponent(rawName) === undefined || value === undefined) {
        errors.push({ path: name, message: 'Malformed percent-encoding (or not UTF-8)' });
      } else if (!isStorableText(name) || !isStorableText(value)) {
        errors.push({ path: name.replace(/\0/g, ''), message: UNSTORABLE });
      }
    }
    if (errors.length) throw new HttpProblem(400, 'Invalid query parameters', { errors });
  }
  await next();
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where in a parsed JSON value a string (or key) that cannot be stored is; undefined if none. */
function unstorableAt(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const at = unstorableAt(item, [...path, String(i)]);
      if (at) return at;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return [...path, key.replace(/\0/g, '')];
      const at = unstorableAt(item, [...path, key]);
      if (at) return at;
    }
  }
  return undefined;
}

/** A request body as JSON: strict UTF-8, valid JSON, only storable strings; else 400. */
export function parseJsonBody(bytes: ArrayBuffer): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpProblem(400, 'The body is not valid UTF-8', {
      errors: [{ path: '', message: 'Expected UTF-8 text' }],
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'The body is not valid JSON', {
      errors: [{ path: '', message: 'Expected a JSON document' }],
    });
  }
  const at = unstorableAt(value);
  if (at) {
    throw new HttpProblem(400, 'The body holds text that cannot be stored', {
      errors: [{ path: at.join('.'), message: UNSTORABLE }],
    });
  }
  return value;
}
