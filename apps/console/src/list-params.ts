/** The inbox's list query from its URL: the view (Unassigned by default), filters, search and sort. */
import type { SubmissionListParams } from '@entrypoint/sdk';

export const VIEWS = ['unassigned', 'mine', 'waiting', 'open', 'closed', 'all'] as const;
export type View = (typeof VIEWS)[number];
export const FILTERS = [
  'status',
  'challenge',
  'kind',
  'tag',
  'assignee',
  'via',
  'from',
  'to',
] as const;
export const PAGE = 50;

export function viewOf(query: URLSearchParams): View {
  const v = query.get('view');
  return (VIEWS as readonly string[]).includes(v ?? '') ? (v as View) : 'unassigned';
}

/** The filters of the URL, as the API takes them (the server checks each value). */
export function filtersOf(query: URLSearchParams): SubmissionListParams {
  const p: Record<string, string> = {};
  for (const f of [...FILTERS, 'q', 'sort'] as const) {
    const v = query.get(f);
    if (v) p[f] = v;
  }
  return p;
}

/** The first page's query, and a key naming it with the organisation. */
export function firstPage(query: URLSearchParams, org: string | undefined) {
  const params: SubmissionListParams = { ...filtersOf(query), view: viewOf(query), limit: PAGE };
  return { params, key: `${org ?? ''}?${new URLSearchParams(params as Record<string, string>)}` };
}
