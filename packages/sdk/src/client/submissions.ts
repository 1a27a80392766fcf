import type { SubmissionKind, SubmissionStatus } from '../schemas/vocabulary.js';
import type {
  Submission,
  SubmissionInput,
  SubmissionPatch,
  SubmissionReceipt,
} from '../schemas/submission.js';
import type { List } from '../schemas/common.js';
import type { PageParams } from './pagination.js';
import { resource } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

export interface SubmissionListParams extends PageParams {
  /** One status, or several (comma-separated on the wire). */
  status?: SubmissionStatus | readonly SubmissionStatus[] | undefined;
  /** A view of the inbox (default `all`); `mine` needs a staff session. */
  view?: 'unassigned' | 'mine' | 'waiting' | 'open' | 'closed' | 'all' | undefined;
  /** Only those answering this challenge (its id). */
  challenge?: string | undefined;
  kind?: SubmissionKind | undefined;
  tag?: string | undefined;
  /** A staff id, `none` (unassigned) or `me`. */
  assignee?: string | undefined;
  /** Only those that came via this organisation (its id). */
  via?: string | undefined;
  /** Received on or after this day (YYYY-MM-DD). */
  from?: string | undefined;
  /** Received on or before this day (YYYY-MM-DD). */
  to?: string | undefined;
  /** Search by reference, title, company name, contact name or e-mail. */
  q?: string | undefined;
  sort?: 'newest' | 'oldest' | 'updated' | undefined;
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
  return (
    crypto.randomUUID?.() ??
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
      (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
    )
  );
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
  /** The same, a page at a time (`{ data, nextCursor }`), e.g. to show what has loaded so far. */
  pages(
    params?: SubmissionListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<List<Submission>, void, undefined>;
  /** `GET /v1/submissions/{id}` (API key). */
  get(id: string, opts?: RequestOptions): Promise<Submission>;
  /** `PATCH /v1/submissions/{id}` (API key): moves it to another status; {@link ConflictError} when the move is not allowed. */
  update(id: string, patch: SubmissionPatch, opts?: RequestOptions): Promise<Submission>;
}

/** `client.submissions`: what the entry-point form sends, and an owner's inbox (API key). */
export function submissionsResource(send: Transport): SubmissionsResource {
  const r = resource<'submission', SubmissionListParams, never, SubmissionPatch>(
    send,
    'submissions',
    'submission',
  );
  return {
    create: (input: SubmissionInput, opts: SubmitOptions = {}): Promise<SubmissionReceipt> =>
      send('POST', 'submissions', 'receipt', opts, {
        json: input,
        headers: {
          'idempotency-key': opts.idempotencyKey ?? newIdempotencyKey(),
          ...(opts.page ? { 'entrypoint-page': opts.page } : {}),
        },
      }),
    list: r.list,
    iterate: r.iterate,
    pages: r.pages,
    get: r.get,
    update: r.update,
  };
}
