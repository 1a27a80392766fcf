import type * as z from 'zod/mini';

/** One problem with one field: where it is, and what is wrong. */
export interface FieldError {
  /** Dotted path to the field, array indices as numbers: `company.name`, `links.0.url`. Empty for the whole value. */
  path: string;
  message: string;
}

/** Writes an issue path the way the API's `errors[]` writes it: `links.0.url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key)))
    .join('.');
}

const GENERIC = 'Invalid input';
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * A short English message for an issue. The schemas give their own words where
 * a person reads them (an email, the privacy consent); `zod/mini` carries no
 * locale, so every other issue would say only "Invalid input": this says what
 * is expected instead.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Must be ${list(issue.values)}`
        : `Must be one of ${list(issue.values)}`;
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      const bound =
        issue.code === 'too_big'
          ? issue.inclusive === false
            ? 'Less than'
            : 'At most'
          : issue.inclusive === false
            ? 'More than'
            : 'At least';
      const unit =
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return `${bound} ${String(limit)}${unit}`;
    }
    case 'invalid_format':
      return `Must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `Must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${list(issue.keys)}`;
    case 'invalid_key':
      return 'Invalid key';
    case 'invalid_union':
      return 'Matches none of the allowed forms';
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into field errors, one per issue, in the shape of the
 * problem document's `errors[]`. The server and the client both use this, so a
 * path reads the same everywhere.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue) }));
}

/**
 * zod/mini's `safeParse`, re-exported, so an app checks data with the SDK's
 * schemas without depending on zod itself (an isolated install, such as pnpm's,
 * does not let an app import a dependency of a dependency).
 */
export { safeParse } from 'zod/mini';
