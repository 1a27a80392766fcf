import type { Problem } from '../schemas/common.js';
import type { AnswerName } from './answers.js';
import { NetworkError, TimeoutError } from './errors.js';
import {
  backoff,
  errorFromResponse,
  parseAnswer,
  parseRetryAfter,
  retriesOf,
  RETRY_STATUSES,
  settings,
  type CallInit,
  type ClientOptions,
  type RequestOptions,
  type Transport,
} from './transport.js';

/** The reason a timed-out attempt is aborted with, told apart from the caller's own abort. */
const TIMED_OUT = /* @__PURE__ */ Symbol('timeout');

/**
 * The transport of {@link createLiteClient}: `fetch` alone, with the same
 * retries, timeout, abort and errors as ky's transport in {@link createClient},
 * and answers parsed but not checked (no schema is bundled).
 */
export function createFetchTransport(options: ClientOptions): Transport {
  const { root, headers, limit, maxRetryAfter, timeout } = settings(options);

  return (async (
    method: string,
    path: string,
    answer: AnswerName | undefined,
    { signal }: RequestOptions = {},
    init: CallInit = {},
  ) => {
    const label = `${method} /v1/${path}`;
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(init.searchParams ?? {}))
      if (value !== undefined) query.set(key, String(value));
    const search = query.toString();
    const url = `${root}/v1/${path}${search ? `?${search}` : ''}`;
    const retries = retriesOf(method, init, limit);
    const request: RequestInit = {
      method,
      headers: {
        ...headers,
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.json === undefined ? null : JSON.stringify(init.json),
    };

    for (let retry = 0; ; retry++) {
      signal?.throwIfAborted();
      // Each attempt has its own timeout; the caller's signal aborts it too.
      const attempt = new AbortController();
      const abort = () => attempt.abort(signal?.reason);
      signal?.addEventListener('abort', abort);
      const timer =
        timeout === false ? undefined : setTimeout(() => attempt.abort(TIMED_OUT), timeout);
      let response: Response | undefined;
      let text = '';
      let failure: unknown;
      try {
        response = await (options.fetch ?? fetch)(url, { ...request, signal: attempt.signal });
        if (response.ok && answer !== undefined) text = await response.text();
      } catch (error) {
        failure = error ?? new Error('fetch failed');
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      }

      let wait: number;
      if (failure !== undefined || !response) {
        // An abort is the caller's own doing: hand back their reason, as fetch does.
        if (signal?.aborted) throw signal.reason;
        if (attempt.signal.reason === TIMED_OUT)
          throw new TimeoutError(`${label} got no answer in time`, failure);
        if (retry >= retries)
          throw new NetworkError(
            `${label} failed: ${failure instanceof Error ? failure.message : String(failure)}`,
            failure,
          );
        wait = backoff(retry + 1);
      } else if (response.ok) {
        if (answer === undefined) {
          void response.body?.cancel().catch(() => undefined);
          return undefined;
        }
        return parseAnswer(text, response, answer, label);
      } else {
        const after = parseRetryAfter(response.headers.get('retry-after'));
        if (
          retry >= retries ||
          !RETRY_STATUSES.includes(response.status) ||
          (after ?? 0) * 1000 > maxRetryAfter
        )
          throw await errorFromResponse(response, label, asProblem);
        void response.body?.cancel().catch(() => undefined);
        wait = after === undefined ? backoff(retry + 1) : after * 1000;
      }
      await sleep(wait, signal);
    }
  }) as Transport;
}

/** Waits, unless the signal aborts first (then rejects with its reason). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // An AbortSignal's reason is a DOMException unless the caller gave another.
    if (signal?.aborted) return reject(signal.reason as Error);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * A problem document, read without a schema: the fields the errors use, each
 * only when it has the right type (a `title` and a `status` make it one).
 */
function asProblem(body: unknown): Problem | undefined {
  const p = body as Partial<Problem> | null;
  if (typeof p?.title !== 'string' || typeof p.status !== 'number') return undefined;
  return {
    type: typeof p.type === 'string' ? p.type : 'about:blank',
    title: p.title,
    status: p.status,
    ...(typeof p.detail === 'string' ? { detail: p.detail } : {}),
    ...(typeof p.code === 'string' ? { code: p.code } : {}),
    ...(Array.isArray(p.errors)
      ? {
          errors: p.errors.filter(
            (e) => typeof e?.path === 'string' && typeof e.message === 'string',
          ),
        }
      : {}),
  };
}
