import type { SubmissionKind, SubmissionStatus } from '../schemas/vocabulary.js';
import type { InboxSort, InboxView, SubmissionCounts, TimelineEvent } from '../schemas/inbox.js';
import type {
  Submission,
  SubmissionInput,
  SubmissionPatch,
  SubmissionReceipt,
} from '../schemas/submission.js';
import type {
  InboxEntry,
  SubmissionBulk,
  SubmissionBulkResult,
  SubmissionForward,
} from '../schemas/inbox-actions.js';
import type { List } from '../schemas/common.js';
import type { PageParams } from './pagination.js';
import { reads, searchParamsOf } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

/** Filters the list, the counts and the export share. Several values: an array (sent comma-separated). */
export interface SubmissionFilterParams {
  /** Any of these statuses. */
  status?: SubmissionStatus | SubmissionStatus[] | undefined;
  /** Answers to any of these challenges (ids). */
  challenge?: string | string[] | undefined;
  kind?: SubmissionKind | SubmissionKind[] | undefined;
  /** Carrying any of these tags. */
  tag?: string | string[] | undefined;
  /** A staff id, `none` (nobody) or `me` (the signed-in person). */
  assignee?: string | undefined;
  /** Came through any of these organisations (ids). */
  via?: string | string[] | undefined;
  /** Arrived on or after this day (`YYYY-MM-DD`, UTC). */
  from?: string | undefined;
  /** Arrived on or before this day (`YYYY-MM-DD`, UTC). */
  to?: string | undefined;
  /** Part of the reference, title, company name, contact name or e-mail address. */
  q?: string | undefined;
}

export interface SubmissionListParams extends PageParams, SubmissionFilterParams {
  /**
   * `unassigned` and `mine`: open and with nobody, or with the signed-in
   * person (a staff session only); `waiting`: open, never answered, and older
   * than the organisation's answer promise in working days; `open`, `closed`,
   * `all` (the default).
   */
  view?: InboxView | undefined;
  /** `newest` first (the default), `oldest` first, or by last change (`updated`). */
  sort?: InboxSort | undefined;
}

/** What the export takes: the list's parameters without paging (it exports every page). */
export type SubmissionExportParams = Omit<SubmissionListParams, 'limit' | 'cursor'>;

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

/** Options of the calls that change a submission. */
export interface ChangeOptions extends RequestOptions {
  /**
   * The ETag of the submission as you last read it (the `ETag` header of its
   * GET), sent as `If-Match`: the change is refused (412, an
   * {@link EntrypointError} whose problem says who changed what, and when)
   * when someone changed it since.
   */
  ifMatch?: string | undefined;
}

const condition = (opts: ChangeOptions) =>
  opts.ifMatch === undefined ? {} : { headers: { 'if-match': opts.ifMatch } };

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
  /**
   * `PATCH /v1/submissions/{id}` (API key, or a handler's or admin's session):
   * moves it to another status (with a `message` to the company, required for
   * `declined`), assigns it (`assigneeId`, `null` to unassign) and sets its
   * tags; {@link ConflictError} when the move is not allowed.
   */
  update(id: string, patch: SubmissionPatch, opts?: ChangeOptions): Promise<Submission>;
  /** `POST /v1/submissions/{id}/notes`: an internal note, never sent to the company. */
  addNote(id: string, body: string, opts?: RequestOptions): Promise<InboxEntry>;
  /** `POST /v1/submissions/{id}/messages`: writes to the company by e-mail (it replies to your entry point). */
  sendMessage(id: string, body: string, opts?: RequestOptions): Promise<InboxEntry>;
  /**
   * `POST /v1/submissions/{id}/forward`: to a colleague (`{ staffId }`), or to
   * another organisation on the server (`{ orgId }`, a linked copy with its own
   * reference; the submission moves to `forwarded`). Answers the submission.
   */
  forward(id: string, to: SubmissionForward, opts?: ChangeOptions): Promise<Submission>;
  /** `POST /v1/submissions/bulk`: the same change on up to 100 submissions; a result for each. */
  bulk(change: SubmissionBulk, opts?: RequestOptions): Promise<SubmissionBulkResult>;
  /** `GET /v1/submissions/counts`: how many each view holds, under the same filters. */
  counts(params?: SubmissionFilterParams, opts?: RequestOptions): Promise<SubmissionCounts>;
  /**
   * `GET /v1/submissions/export.csv`: every submission the list would show
   * (all pages) as CSV text, starting with a byte-order mark (so that a file
   * saved from it opens with å, ä, ö in spreadsheet programs). The server records
   * the export on each submission's timeline.
   */
  exportCsv(params?: SubmissionExportParams, opts?: RequestOptions): Promise<string>;
  /** `GET /v1/submissions/{id}/timeline`: what happened to it, oldest first. */
  timeline(id: string, opts?: RequestOptions): Promise<TimelineEvent[]>;
}

/** `POST /v1/submissions` alone: what a public page needs of the submissions (see {@link SubmissionsResource.create}). */
export function submitCall(send: Transport): SubmissionsResource['create'] {
  return (input: SubmissionInput, opts: SubmitOptions = {}): Promise<SubmissionReceipt> =>
    send('POST', 'submissions', 'receipt', opts, {
      json: input,
      headers: {
        'idempotency-key': opts.idempotencyKey ?? newIdempotencyKey(),
        ...(opts.page ? { 'entrypoint-page': opts.page } : {}),
      },
    });
}

/** `client.submissions`: what the entry-point form sends, and an owner's inbox (API key). */
export function submissionsResource(send: Transport): SubmissionsResource {
  const at = (id: string) => `submissions/${encodeURIComponent(id)}`;
  return {
    create: submitCall(send),
    ...reads<'submission', SubmissionListParams>(send, 'submissions', 'submission'),
    update: (id: string, patch: SubmissionPatch, opts: ChangeOptions = {}) =>
      send('PATCH', at(id), 'submission', opts, { json: patch, ...condition(opts) }),
    addNote: (id: string, body: string, opts?: RequestOptions) =>
      send('POST', `${at(id)}/notes`, 'inboxEntry', opts, { json: { body } }),
    sendMessage: (id: string, body: string, opts?: RequestOptions) =>
      send('POST', `${at(id)}/messages`, 'inboxEntry', opts, { json: { body } }),
    forward: (id: string, to: SubmissionForward, opts: ChangeOptions = {}) =>
      send('POST', `${at(id)}/forward`, 'submission', opts, { json: to, ...condition(opts) }),
    bulk: (change: SubmissionBulk, opts?: RequestOptions) =>
      send('POST', 'submissions/bulk', 'bulkResult', opts, { json: change }),
    counts: (params = {}, opts) =>
      send('GET', 'submissions/counts', 'counts', opts, { searchParams: searchParamsOf(params) }),
    exportCsv: async (params = {}, opts) =>
      // Decoding the answer drops the byte-order mark; the file keeps it, for spreadsheets.
      '\uFEFF' +
      (
        await send('GET', 'submissions/export.csv', 'csv', opts, {
          searchParams: searchParamsOf(params),
          headers: { accept: 'text/csv' },
        })
      ).replace(/^\uFEFF/, ''),
    timeline: async (id, opts) =>
      (await send('GET', `submissions/${encodeURIComponent(id)}/timeline`, 'event[]', opts)).data,
  };
}
