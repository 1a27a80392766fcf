import type { List } from '../schemas/common.js';
import type { DoorOpener, OpenedDoor, OpenedDoorsSummary } from '../schemas/doors.js';
import type { SubmissionStatus } from '../schemas/vocabulary.js';
import type { PageParams } from './pagination.js';
import { resource, searchParamsOf } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

/** The filters of what a door opener opened (the list and its summary alike). */
export interface OpenedDoorsFilter {
  /** Only those sent to these receivers. */
  org?: string | readonly string[] | undefined;
  status?: SubmissionStatus | readonly SubmissionStatus[] | undefined;
  /** From this day (UTC) on, `YYYY-MM-DD`. */
  from?: string | undefined;
  /** Up to this day (UTC), `YYYY-MM-DD`. */
  to?: string | undefined;
}

export interface OpenedDoorsParams extends OpenedDoorsFilter, PageParams {}

export interface OpenedDoorsResource {
  /**
   * `GET /v1/opened-doors` (the door opener's API key or staff session): one
   * page of the submissions credited to it, newest first. Never their text;
   * no `title` when one is confidential.
   */
  list(params?: OpenedDoorsParams, opts?: RequestOptions): Promise<List<OpenedDoor>>;
  /** Every one that matches, page after page. */
  iterate(
    params?: OpenedDoorsParams,
    opts?: RequestOptions,
  ): AsyncGenerator<OpenedDoor, void, undefined>;
  /** The same, a page at a time. */
  pages(
    params?: OpenedDoorsParams,
    opts?: RequestOptions,
  ): AsyncGenerator<List<OpenedDoor>, void, undefined>;
  /** `GET /v1/opened-doors/summary`: counts per receiver, status and month. */
  summary(params?: OpenedDoorsFilter, opts?: RequestOptions): Promise<OpenedDoorsSummary>;
}

/** `client.openedDoors`: what a cluster (or any door opener) brought to the receivers. */
export function openedDoorsResource(send: Transport): OpenedDoorsResource {
  const r = resource<'openedDoor', OpenedDoorsParams>(send, 'opened-doors', 'openedDoor');
  return {
    list: r.list,
    iterate: r.iterate,
    pages: r.pages,
    summary: (params = {}, opts) =>
      send('GET', 'opened-doors/summary', 'openedDoorsSummary', opts, {
        searchParams: searchParamsOf(params),
      }),
  };
}

/**
 * `GET /v1/door-openers` (the receiver's API key or staff session): who
 * brought the receiver its submissions, with counts per kind and status.
 */
export function doorOpenersCall(send: Transport) {
  return (opts?: RequestOptions): Promise<DoorOpener[]> =>
    send('GET', 'door-openers', 'doorOpeners', opts);
}
