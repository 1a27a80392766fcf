/**
 * The one place where errors become HTTP answers: the HTTP layer's own
 * {@link HttpProblem}, the services' domain errors, the store's bad cursor,
 * and anything else (500, logged).
 */
import type { Context, ErrorHandler } from 'hono';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  PreconditionFailedError,
} from '../services/errors.js';
import { BadCursorError } from '../store/cursor.js';
import type { Env } from './context.js';
import { HttpProblem, problem } from './problem.js';
import { GONE_STATUS, requestGone } from './middleware/aborted.js';

/** The status of a domain error's kind; also used by the CLI's control socket. */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpProblem) return error.status;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof PreconditionFailedError) return 412;
  if (error instanceof InvalidError) return 422;
  if (error instanceof BadCursorError) return 400;
  if (error instanceof DomainError) return 400;
  return undefined;
}

export function toProblem(error: unknown, c: Context<Env>): Response {
  if (error instanceof HttpProblem) {
    return problem(c, error.status, error.message, error.extra, error.headers);
  }
  if (error instanceof InvalidError) {
    return problem(c, 422, error.message, { errors: error.errors });
  }
  if (error instanceof BadCursorError) {
    return problem(c, 400, error.message, {
      errors: [{ path: 'cursor', message: error.message }],
    });
  }
  const status = statusOf(error);
  if (status !== undefined && error instanceof DomainError) {
    return problem(c, status, error.message, error.extra);
  }
  const gone = requestGone(c, error);
  if (gone) {
    c.get('log')?.info(gone, { method: c.req.method, path: c.req.path });
    return new Response(null, { status: GONE_STATUS[gone] }); // nobody reads it
  }
  c.get('log')?.error('unhandled', { error });
  return problem(c, 500, 'Something went wrong on our side; the request id is in X-Request-Id');
}

export const onError: ErrorHandler<Env> = (error, c) => toProblem(error, c);
