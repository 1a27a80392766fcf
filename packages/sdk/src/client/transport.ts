import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import { safeParse } from 'zod/mini';
import type * as z from 'zod/mini';
import { formatPath } from '../issues.js';
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

type SearchParams = Record<string, string | number | boolean | undefined | null>;

export interface Call<S extends z.core.$ZodType | undefined> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path below `/v1/`, without a leading slash. */
  path: string;
  /** The schema of the answer; `undefined` for an answer without a body (204). */
  schema: S;
  searchParams?: SearchParams | undefined;
  json?: unknown;
  headers?: Record<string, string> | undefined;
  /** Marks a POST as safe to retry: sent as `Idempotency-Key`. */
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
}

export type Transport = <S extends z.core.$ZodType | undefined>(
  call: Call<S>,
) => Promise<S extends z.core.$ZodType ? z.output<S> : void>;

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
  let url: URL;
  try {
    url = new URL(baseUrl, globalThis.location?.href);
  } catch {
    throw new TypeError(
      `baseUrl must be an absolute http(s) URL, like "https://entrypoint.example.org"; got "${String(baseUrl)}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`baseUrl must use http or https; got "${url.protocol}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Builds the one function through which every call of a client goes. */
export function createTransport(options: ClientOptions): Transport {
  const root = serverRoot(options.baseUrl);
  const retry =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const limit = retry.limit ?? 2;
  const maxRetryAfter = retry.maxRetryAfter ?? 60_000;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  // Created on the first call, not at import or at createClient.
  let api: KyInstance | undefined;
  const instance = () =>
    (api ??= ky.create({
      prefixUrl: `${root}/v1/`,
      headers,
      timeout: options.timeout ?? 10_000,
      throwHttpErrors: true,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }));

  return (async (call: Call<z.core.$ZodType | undefined>) => {
    const { signal } = call;
    signal?.throwIfAborted();
    const label = `${call.method} /v1/${call.path}`;
    const retryable = call.method === 'GET' || (call.method === 'POST' && !!call.idempotencyKey);
    const requestHeaders: Record<string, string> = { ...call.headers };
    if (call.idempotencyKey) requestHeaders['idempotency-key'] = call.idempotencyKey;

    let response: Response;
    try {
      response = await instance()(call.path, {
        method: call.method,
        searchParams: call.searchParams
          ? (Object.fromEntries(
              Object.entries(call.searchParams).filter(([, v]) => v !== undefined && v !== null),
            ) as Record<string, string | number | boolean>)
          : undefined,
        json: call.json,
        headers: requestHeaders,
        signal,
        retry: {
          limit: retryable ? limit : 0,
          methods: ['get', 'post'],
          statusCodes: RETRY_STATUSES,
          afterStatusCodes: RETRY_STATUSES,
          // Exponential backoff, 0.3 s, 0.6 s, 1.2 s … up to 10 s, with jitter
          // so that many embeds do not come back at the same moment.
          backoffLimit: 10_000,
          jitter: (delay) => delay * (0.5 + Math.random() / 2),
          shouldRetry: ({ error }) => {
            if (signal?.aborted) return false;
            if (isTimeoutError(error)) return false;
            if (isHTTPError(error)) {
              if (!RETRY_STATUSES.includes(error.response.status)) return false;
              const after = parseRetryAfter(error.response.headers.get('retry-after'));
              if (after !== undefined && after * 1000 > maxRetryAfter) return false;
            }
            // ky's own rules: honour Retry-After, else back off.
            return undefined;
          },
        },
      });
    } catch (error) {
      throw await toClientError(error, signal, label);
    }

    if (call.schema === undefined) {
      void response.body?.cancel().catch(() => undefined);
      return undefined;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw await toClientError(error, signal, label);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new ResponseValidationError(`${label} answered off-contract: the body is not JSON`, {
        status: response.status,
        issues: [{ path: '', message: 'Not JSON' }],
        cause: error,
      });
    }
    const result = safeParse(call.schema, body);
    if (!result.success) {
      // Paths are what matter here (a developer reads them); zod's issue code
      // says enough, without the cost of issueMessage in every browser bundle.
      const issues = result.error.issues.map((i) => ({
        path: formatPath(i.path),
        message: i.message === 'Invalid input' ? `Invalid input (${i.code})` : i.message,
      }));
      const first = issues.slice(0, 3).map((i) => `${i.path || '(root)'}: ${i.message}`);
      const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
      throw new ResponseValidationError(
        `${label} answered off-contract: ${first.join('; ')}${more}`,
        { status: response.status, issues, cause: result.error },
      );
    }
    return result.data;
  }) as Transport;
}

async function toClientError(
  error: unknown,
  signal: AbortSignal | undefined,
  label: string,
): Promise<unknown> {
  // An abort is the caller's own doing: hand back their reason, as fetch does.
  if (signal?.aborted) return signal.reason;
  if (error instanceof EntrypointError) return error;
  if (isTimeoutError(error)) return new TimeoutError(`${label} got no answer in time`, error);
  if (isHTTPError(error)) return errorFromResponse(error.response, label, error);
  const reason = error instanceof Error ? error.message : String(error);
  return new NetworkError(`${label} failed: ${reason}`, error);
}

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
  const details = { status, problem, cause };
  let message = `${label} → ${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`;
  if (problem.errors?.length) {
    message += ` (${problem.errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ')})`;
  }
  switch (status) {
    case 400:
    case 422:
      return new ValidationError(message, details);
    case 401:
    case 403:
      return new AuthError(message, details);
    case 404:
      return new NotFoundError(message, details);
    case 409:
      return new ConflictError(message, details);
    case 429:
      return new RateLimitError(message, {
        ...details,
        retryAfter: parseRetryAfter(response.headers.get('retry-after')),
      });
    default:
      return new EntrypointError(message, details);
  }
}
