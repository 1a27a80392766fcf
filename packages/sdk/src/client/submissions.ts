import { listOf, type List } from '../schemas/common.js';
import type { SubmissionStatus } from '../schemas/vocabulary.js';
import {
  Submission,
  SubmissionReceipt,
  type SubmissionInput,
  type SubmissionPatch,
} from '../schemas/submission.js';
import { paginate, type PageParams } from './pagination.js';
import type { RequestOptions, Transport } from './transport.js';

export interface SubmissionListParams extends PageParams {
  status?: SubmissionStatus | undefined;
}

export interface SubmitOptions extends RequestOptions {
  /**
   * Names this submission for the server: the same key and body again returns
   * the first answer and stores nothing new. Made for you when not given; pass
   * your own to survive a reload (keep it with the draft).
   */
  idempotencyKey?: string | undefined;
  /** The address of the page the form is on, sent as `Entrypoint-Page` and recorded as `source.page`. */
  page?: string | undefined;
}

const SubmissionList = listOf(Submission);
const path = (id: string) => `submissions/${encodeURIComponent(id)}`;

/** A random UUID v4; `crypto.randomUUID` exists only on secure pages, so fall back to `getRandomValues`. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** `client.submissions`: what the entry-point form sends, and an owner's inbox (API key). */
export function submissionsResource(send: Transport) {
  const list = (
    params: SubmissionListParams = {},
    opts: RequestOptions = {},
  ): Promise<List<Submission>> =>
    send({
      method: 'GET',
      path: 'submissions',
      schema: SubmissionList,
      searchParams: { status: params.status, limit: params.limit, cursor: params.cursor },
      signal: opts.signal,
    });
  return {
    /**
     * `POST /v1/submissions`: sends a submission and returns its receipt (`id`,
     * `reference`). Always carries an `Idempotency-Key` (one is made when not
     * given, and kept across this call's retries), so it is safe to retry.
     */
    create: (input: SubmissionInput, opts: SubmitOptions = {}): Promise<SubmissionReceipt> =>
      send({
        method: 'POST',
        path: 'submissions',
        schema: SubmissionReceipt,
        json: input,
        idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey(),
        headers: opts.page ? { 'entrypoint-page': opts.page } : undefined,
        signal: opts.signal,
      }),
    /** `GET /v1/submissions` (API key): one page of the inbox. */
    list,
    /** The whole inbox, page after page (API key). */
    iterate: (params: SubmissionListParams = {}, opts?: RequestOptions) =>
      paginate(list, params, opts),
    /** `GET /v1/submissions/{id}` (API key). */
    get: (id: string, opts: RequestOptions = {}): Promise<Submission> =>
      send({ method: 'GET', path: path(id), schema: Submission, signal: opts.signal }),
    /** `PATCH /v1/submissions/{id}` (API key): moves it to another status; {@link ConflictError} when the move is not allowed. */
    update: (id: string, patch: SubmissionPatch, opts: RequestOptions = {}): Promise<Submission> =>
      send({
        method: 'PATCH',
        path: path(id),
        schema: Submission,
        json: patch,
        signal: opts.signal,
      }),
  };
}
export type SubmissionsResource = ReturnType<typeof submissionsResource>;
