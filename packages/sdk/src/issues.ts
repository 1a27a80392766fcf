import type * as z from 'zod/mini';

/** One problem with one field: where it is, and what is wrong. */
export interface FieldError {
  /** Dotted path to the field, array indices as numbers: `company.name`, `links.0.url`. Empty for the whole value. */
  path: string;
  message: string;
}

/** Writes an issue path the way the API's `errors[].path` writes it: `links.0.url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key)))
    .join('.');
}

/**
 * Turns zod issues into field errors, one per issue, in the shape of the
 * problem document's `errors[]`. The server and the client both use this, so a
 * path reads the same everywhere.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
