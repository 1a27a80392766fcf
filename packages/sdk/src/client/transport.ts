import type { FieldError } from '../issues.js';
import type { Problem } from '../schemas/common.js';
import type { AnswerName, AnswerOf } from './answers.js';
import type { checkAnswer } from './check.js';
import {
  AuthError,
  ConflictError,
  EntrypointError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  ValidationError,
} from './errors.js';

/** How the client retries what is safe to retry. */
export interface RetryOptions {
  /** How many times to retry after the first attempt. Default 2. */
  limit?: number;
  /**
   * The longest `Retry-After` the client waits for, in milliseconds (default
   * 60,000). When the server asks for a longer wait, the error is thrown at
   * once (a {@link RateLimitError} for 429, with its `retryAfter`).
   */
  maxRetryAfter?: number;
}

export interface ClientOptions {
  /** The server root, e.g. `https://entrypoint.example.org`; the client calls `${baseUrl}/v1/…`. In a browser it may be relative to the page. */
  baseUrl: string | URL;
  /** An organisation's API key, for the admin calls. Sent as `Authorization: Bearer …`. */
  apiKey?: string | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds to wait for each attempt's answer before giving up with a {@link TimeoutError}. Default 10,000; `false` waits forever. */
  timeout?: number | false | undefined;
  /** Retries of GETs and of POSTs with an idempotency key: a number (the limit) or {@link RetryOptions}. `0` turns retries off. */
  retry?: number | RetryOptions | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
}

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries. The call then rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
}

export type SearchParams = Record<string, string | number | boolean | undefined>;

/** What a call adds to the request: a query, a JSON body, headers. */
export interface CallInit {
  searchParams?: SearchParams | undefined;
  json?: unknown;
  headers?: Record<string, string> | undefined;
}

/**
 * The one function through which every call goes: `path` is below `/v1/`,
 * `answer` names what the call answers (`undefined` for an answer without a
 * body, 204). A POST is retried only when it carries an `idempotency-key` header.
 */
export type Transport = <N extends AnswerName | undefined>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  answer: N,
  opts?: RequestOptions,
  init?: CallInit,
) => Promise<AnswerOf<N>>;

/** Statuses worth another try: rate limited, or a gateway or server that is briefly unavailable. */
export const RETRY_STATUSES = [429, 502, 503, 504];

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date); `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The server root without a trailing slash. In a browser a relative base URL
 * is read against the page; a base URL that cannot work throws a TypeError at
 * once, when the client is made.
 */
export function serverRoot(baseUrl: string | URL): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl, globalThis.location?.href);
  } catch {
    // Reported below.
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new TypeError(
      `baseUrl must be an http or https URL, like "https://entrypoint.example.org"; got "${String(baseUrl)}"`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** What every transport reads from the client's options. */
export function settings(options: ClientOptions) {
  const { limit = 2, maxRetryAfter = 60_000 } =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  return {
    root: serverRoot(options.baseUrl),
    headers,
    limit,
    maxRetryAfter,
    timeout: options.timeout ?? 10_000,
  };
}

/** How many retries a call may have: GETs and keyed POSTs only, so that nothing is stored twice. */
export const retriesOf = (method: string, init: CallInit, limit: number): number =>
  method === 'GET' || init.headers?.['idempotency-key'] ? limit : 0;

/** Exponential backoff, 0.3 s, 0.6 s, 1.2 s … up to 10 s, with jitter so that many embeds do not come back at the same moment. */
export const backoff = (retry: number): number =>
  Math.min(300 * 2 ** (retry - 1), 10_000) * (0.5 + Math.random() / 2);

/** The id the server gave the request (its `X-Request-Id` header), carried by every error. */
export const requestIdOf = (response: Response): string | undefined =>
  response.headers.get('x-request-id') ?? undefined;

/**
 * The body of a successful answer, parsed, and checked when `check` is given:
 * a {@link ResponseValidationError} when it is not JSON or off-contract.
 */
export function parseAnswer(
  text: string,
  response: Response,
  answer: AnswerName,
  label: string,
  check?: typeof checkAnswer,
): unknown {
  const fail = (issues: FieldError[], cause: unknown) =>
    new ResponseValidationError(
      `${label} answered off-contract: ${list(issues.slice(0, 3))}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
      { status: response.status, issues, cause, requestId: requestIdOf(response) },
    );
  if (answer === 'csv') return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw fail([{ path: '', message: 'Not JSON' }], error);
  }
  if (!check) return body;
  const checked = check(answer, body);
  if (checked.issues) throw fail(checked.issues, checked.cause);
  return checked.data;
}

/** `path: message; …`, for error messages. */
const list = (errors: FieldError[]) =>
  errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ');

type ErrorClass = new (
  message: string,
  details: {
    status: number;
    problem: Problem;
    cause: unknown;
    retryAfter: number | undefined;
    requestId: string | undefined;
  },
) => EntrypointError;

/**
 * Reads a problem document from an error answer (`readProblem` decides what
 * counts as one) and picks the error class for its status.
 */
export async function errorFromResponse(
  response: Response,
  label: string,
  readProblem: (body: unknown) => Problem | undefined,
  cause?: unknown,
): Promise<EntrypointError> {
  const { status } = response;
  let problem: Problem | undefined;
  try {
    problem = readProblem(JSON.parse(await response.text()));
  } catch {
    // Not JSON (e.g. a proxy's HTML page): described below from the status alone.
  }
  problem ??= { type: 'about:blank', title: response.statusText || `HTTP ${status}`, status };
  let message = `${label} → ${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`;
  if (problem.errors?.length) {
    message += ` (${list(problem.errors)})`;
  }
  const ErrorClass: ErrorClass =
    (
      {
        400: ValidationError,
        422: ValidationError,
        401: AuthError,
        403: AuthError,
        404: NotFoundError,
        409: ConflictError,
        429: RateLimitError,
      } as Record<number, ErrorClass>
    )[status] ?? EntrypointError;
  return new ErrorClass(message, {
    status,
    problem,
    cause,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    requestId: requestIdOf(response),
  });
}
