import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import type { AnswerName } from './answers.js';
import { checkAnswer, checkProblem } from './check.js';
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

/** The transport of {@link createClient}: ky, and every answer checked against its schema. */
export function createKyTransport(options: ClientOptions): Transport {
  const { root, headers, limit, maxRetryAfter, timeout } = settings(options);

  // Created on the first call, not at import or at createClient.
  let api: KyInstance | undefined;

  return (async (
    method: string,
    path: string,
    answer: AnswerName | undefined,
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
        timeout,
        fetch: options.fetch,
      }))(path, {
        method,
        signal,
        ...init,
        retry: {
          limit: retriesOf(method, init, limit),
          methods: ['get', 'post'],
          statusCodes: RETRY_STATUSES,
          afterStatusCodes: RETRY_STATUSES,
          delay: backoff,
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
      if (answer === undefined) {
        void response.body?.cancel().catch(() => undefined);
        return undefined;
      }
      text = await response.text();
    } catch (error) {
      // An abort is the caller's own doing: hand back their reason, as fetch does.
      if (signal?.aborted) throw signal.reason;
      if (isTimeoutError(error)) throw new TimeoutError(`${label} got no answer in time`, error);
      if (isHTTPError(error))
        throw await errorFromResponse(error.response, label, checkProblem, error);
      throw new NetworkError(
        `${label} failed: ${error instanceof Error ? error.message : String(error)}`,
        error,
      );
    }
    return parseAnswer(text, response, answer, label, checkAnswer);
  }) as Transport;
}
