/** What the rules can refuse; the HTTP layer turns each into a problem document. */
export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(404, 'Not found', `${what} does not exist`);
  }
}

export class ConflictError extends DomainError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(409, 'Conflict', detail, extra);
  }
}

/** `If-Match` named another version than the record's current one. */
export class PreconditionFailedError extends DomainError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(412, 'Precondition failed', detail, extra);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail: string) {
    super(403, 'Forbidden', detail);
  }
}

export class InvalidError extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super(422, 'Invalid input', errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  }
}
