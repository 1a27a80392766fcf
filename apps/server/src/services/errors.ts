/**
 * What the rules can refuse, in the rules' own words: no status codes, no
 * headers. The HTTP layer maps each kind to a problem document in one place
 * (http/errors.ts), the control socket of the CLI likewise.
 */
import type { FieldError } from '@entrypoint/sdk';

export type { FieldError };

export abstract class DomainError extends Error {
  constructor(
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

/** No such record, or one the caller may not see (another owner's, a draft). */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} does not exist`);
  }
}

/** The record exists already, or the change does not fit its state. */
export class ConflictError extends DomainError {}

/** The caller is known but may not do this. */
export class ForbiddenError extends DomainError {}

/** `If-Match` named another version than the record's current one. */
export class PreconditionFailedError extends DomainError {}

/** The input is well-formed but names something that does not fit; `errors` names each field. */
export class InvalidError extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  }
}
