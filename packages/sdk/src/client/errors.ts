import type { FieldError } from '../issues.js';
import type { Problem } from '../schemas/common.js';

interface ErrorDetails {
  status: number;
  problem?: Problem | undefined;
  cause?: unknown;
  /** The `X-Request-Id` header of the answer, when there was one. */
  requestId?: string | undefined;
}

/**
 * The base of every error the client throws, except an abort (which rejects
 * with the signal's reason, as `fetch` does). `status` is the HTTP status, or
 * 0 when no answer arrived; `problem` is the RFC 9457 problem document the
 * server sent, when it sent one; `requestId` is the answer's `X-Request-Id`
 * header (the id the server logs the request under), to quote in a support
 * request, or `undefined` when no answer arrived or it had none.
 */
export class EntrypointError extends Error {
  override name = 'EntrypointError';
  // Declared, not class fields: the constructor sets them (a field would be
  // defined as undefined first, and cost its name again in the bundle).
  declare readonly status: number;
  declare readonly problem: Problem | undefined;
  declare readonly requestId: string | undefined;

  constructor(message: string, details: ErrorDetails) {
    // Error reads `cause` from the details (when there is one).
    super(message, details);
    this.status = details.status;
    this.problem = details.problem;
    this.requestId = details.requestId;
  }
}

/** The server refused the input (400 or 422). `errors` names each field that is wrong. */
export class ValidationError extends EntrypointError {
  override name = 'ValidationError';
  declare readonly errors: FieldError[];

  constructor(message: string, details: ErrorDetails) {
    super(message, details);
    this.errors = details.problem?.errors ?? [];
  }
}

/**
 * The API key is missing or wrong (401), or does not reach this data (403).
 * `code` tells refusals apart where the server names them (the problem's
 * `code`), e.g. on a submission `origin-not-allowed` (this site may not send
 * to that receiver) or `via-unproven` (the site does not prove the door
 * opener it names), so a form can say what is wrong in its own words.
 */
export class AuthError extends EntrypointError {
  override name = 'AuthError';
  declare readonly code: string | undefined;

  constructor(message: string, details: ErrorDetails) {
    super(message, details);
    this.code = details.problem?.code;
  }
}

/** There is no such thing (404). */
export class NotFoundError extends EntrypointError {
  override name = 'NotFoundError';
}

/** The request conflicts with what is stored (409), e.g. an id that exists, or a status move that is not allowed. */
export class ConflictError extends EntrypointError {
  override name = 'ConflictError';
}

/** Too many requests (429). `retryAfter` is the number of seconds the server asked to wait, when it said. */
export class RateLimitError extends EntrypointError {
  override name = 'RateLimitError';
  declare readonly retryAfter: number | undefined;

  constructor(message: string, details: ErrorDetails & { retryAfter: number | undefined }) {
    super(message, details);
    this.retryAfter = details.retryAfter;
  }
}

/** No answer arrived: the server could not be reached, or the connection broke (`status` 0). */
export class NetworkError extends EntrypointError {
  override name = 'NetworkError';

  constructor(message: string, cause?: unknown) {
    super(message, { status: 0, cause });
  }
}

/** No answer arrived within the client's `timeout` (`status` 0). A kind of {@link NetworkError}. */
export class TimeoutError extends NetworkError {
  override name = 'TimeoutError';
}

/**
 * The server answered off-contract: the body is not JSON, or does not match
 * the schema of the answer. `issues` says where (paths into the body), and
 * `status` is the HTTP status of that answer. The client never hands back a
 * half-valid object.
 */
export class ResponseValidationError extends EntrypointError {
  override name = 'ResponseValidationError';
  declare readonly issues: FieldError[];

  constructor(
    message: string,
    details: {
      status: number;
      issues: FieldError[];
      cause?: unknown;
      requestId?: string | undefined;
    },
  ) {
    super(message, details);
    this.issues = details.issues;
  }
}
