import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import { safeParse } from 'zod/mini';
import type * as z from 'zod/mini';
import { formatPath, type FieldError } from '../issues.js';
import { Problem } from '../schemas/common.js';
import {
  AuthError,
  ConflictError,
  EntrypointError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
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
 * `schema` checks the answer (`undefined` for an answer without a body, 204).
 * A POST is retried only when it carries an `idempotency-key` header.
 */
export type Transport = <T = void>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  schema: z.core.$ZodType<T> | undefined,
  opts?: RequestOptions,
  init?: CallInit,
) => Promise<T>;

/** Statuses worth another try: rate limited, or a gateway or server that is briefly unavailable. */
const RETRY_STATUSES = [429, 502, 503, 504];

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

/** Builds the one function through which every call of a client goes. */
export function createTransport(options: ClientOptions): Transport {
  const root = serverRoot(options.baseUrl);
  const { limit = 2, maxRetryAfter = 60_000 } =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  // Created on the first call, not at import or at createClient.
  let api: KyInstance | undefined;

  return (async (
    method: string,
    path: string,
    schema: z.core.$ZodType | undefined,
    { signal }: RequestOptions = {},
    init: CallInit = {},
  ) => {
    // An aborted signal stops the call in ky, before any request.
    const label = `${method} /v1/${path}`;
    let response: Response;
    let text: string;
    try {
      response = await (api ??= ky.create({
        prefixUrl: `${root}/v1/`,
        headers,
        timeout: options.timeout ?? 10_000,
        fetch: options.fetch,
      }))(path, {
        method,
        signal,
        ...init,
        retry: {
          limit: method === 'GET' || init.headers?.['idempotency-key'] ? limit : 0,
          methods: ['get', 'post'],
          statusCodes: RETRY_STATUSES,
          afterStatusCodes: RETRY_STATUSES,
          // Exponential backoff, 0.3 s, 0.6 s, 1.2 s … up to 10 s, with jitter
          // so that many embeds do not come back at the same moment.
          backoffLimit: 10_000,
          jitter: (delay) => delay * (0.5 + Math.random() / 2),
          // ky's own rules (statuses, Retry-After, no retry after a timeout),
          // except: a longer wait than maxRetryAfter fails at once.
          shouldRetry: ({ error }) =>
            signal?.aborted ||
            (isHTTPError(error) &&
              (parseRetryAfter(error.response.headers.get('retry-after')) ?? 0) * 1000 >
                maxRetryAfter)
              ? false
              : undefined,
        },
      });
      if (schema === undefined) {
        void response.body?.cancel().catch(() => undefined);
        return undefined;
      }
      text = await response.text();
    } catch (error) {
      throw await toClientError(error, signal, label);
    }
    const fail = (issues: FieldError[], cause: unknown) =>
      new ResponseValidationError(
        `${label} answered off-contract: ${list(issues.slice(0, 3))}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
        { status: response.status, issues, cause },
      );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw fail([{ path: '', message: 'Not JSON' }], error);
    }
    const result = safeParse(schema, body);
    if (!result.success) {
      // Paths are what matter here (a developer reads them); zod's issue code
      // says enough, without the cost of issueMessage in every browser bundle.
      throw fail(
        result.error.issues.map((i) => ({
          path: formatPath(i.path),
          message: i.message === 'Invalid input' ? `Invalid input (${i.code})` : i.message,
        })),
        result.error,
      );
    }
    return result.data;
  }) as Transport;
}

/** `path: message; …`, for error messages. */
const list = (errors: FieldError[]) =>
  errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ');

async function toClientError(
  error: unknown,
  signal: AbortSignal | undefined,
  label: string,
): Promise<unknown> {
  // An abort is the caller's own doing: hand back their reason, as fetch does.
  if (signal?.aborted) return signal.reason;
  if (isTimeoutError(error)) return new TimeoutError(`${label} got no answer in time`, error);
  if (isHTTPError(error)) return errorFromResponse(error.response, label, error);
  const reason = error instanceof Error ? error.message : String(error);
  return new NetworkError(`${label} failed: ${reason}`, error);
}

type ErrorClass = new (
  message: string,
  details: { status: number; problem: Problem; cause: unknown; retryAfter: number | undefined },
) => EntrypointError;

/** Reads a problem document from an error answer and picks the error class for its status. */
export async function errorFromResponse(
  response: Response,
  label: string,
  cause?: unknown,
): Promise<EntrypointError> {
  const { status } = response;
  let problem: Problem | undefined;
  try {
    const parsed = safeParse(Problem, JSON.parse(await response.text()));
    if (parsed.success) problem = parsed.data;
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
  });
}
