import type { SubmissionStatus } from '../schemas/vocabulary.js';
import {
  Submission,
  SubmissionReceipt,
  type SubmissionInput,
  type SubmissionPatch,
} from '../schemas/submission.js';
import type { List } from '../schemas/common.js';
import type { PageParams } from './pagination.js';
import { resource } from './resource.js';
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

/** A random UUID v4; `crypto.randomUUID` exists only on secure pages, so fall back to `getRandomValues`. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface SubmissionsResource {
  /**
   * `POST /v1/submissions`: sends a submission and returns its receipt (`id`,
   * `reference`). Always carries an `Idempotency-Key` (one is made when not
   * given, and kept across this call's retries), so it is safe to retry.
   */
  create(input: SubmissionInput, opts?: SubmitOptions): Promise<SubmissionReceipt>;
  /** `GET /v1/submissions` (API key): one page of the inbox. */
  list(params?: SubmissionListParams, opts?: RequestOptions): Promise<List<Submission>>;
  /** The whole inbox, page after page (API key). */
  iterate(
    params?: SubmissionListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<Submission, void, undefined>;
  /** `GET /v1/submissions/{id}` (API key). */
  get(id: string, opts?: RequestOptions): Promise<Submission>;
  /** `PATCH /v1/submissions/{id}` (API key): moves it to another status; {@link ConflictError} when the move is not allowed. */
  update(id: string, patch: SubmissionPatch, opts?: RequestOptions): Promise<Submission>;
}

/** `client.submissions`: what the entry-point form sends, and an owner's inbox (API key). */
export function submissionsResource(send: Transport): SubmissionsResource {
  const r = resource<Submission, SubmissionListParams, never, SubmissionPatch>(
    send,
    'submissions',
    Submission,
    ({ status }) => ({ status }),
  );
  return {
    create: (input: SubmissionInput, opts: SubmitOptions = {}): Promise<SubmissionReceipt> =>
      send('POST', 'submissions', SubmissionReceipt, opts, {
        json: input,
        headers: {
          'idempotency-key': opts.idempotencyKey ?? newIdempotencyKey(),
          ...(opts.page ? { 'entrypoint-page': opts.page } : {}),
        },
      }),
    list: r.list,
    iterate: r.iterate,
    get: r.get,
    update: r.update,
  };
}
