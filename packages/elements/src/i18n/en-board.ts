import type { ChallengeStatus } from '@entrypoint/sdk';

/** The board's own UI strings, in English (those of its detail: en-detail.ts). */
export const board = {
  statuses: {
    draft: 'Draft',
    open: 'Open',
    'in-dialogue': 'In dialogue',
    procurement: 'In procurement',
    closed: 'Closed',
    solved: 'Solved',
  } satisfies Record<ChallengeStatus, string> as Record<ChallengeStatus, string>,
  boardLabel: 'Challenges',
  search: 'Search challenges',
  theme: 'Theme',
  status: 'Status',
  owner: 'Organisation',
  /** `n` challenges, `f` the number as the language writes it (`1,000`). */
  results: (n: number, f: string): string => (n === 1 ? '1 challenge' : `${f} challenges`),
  empty: 'No challenges match.',
  clearFilters: 'Clear filters',
  loadError: 'The challenges could not be loaded.',
  /** Said when more challenges are shown (after "show more"). */
  moreShown: (shown: string, total: string): string => `Showing ${shown} of ${total} challenges`,
  loadMore: 'Show more challenges',
  deadline: 'Deadline',
  back: 'Back to all challenges',
  notFound: 'This challenge was not found.',
  /** `ids`: the organisation ids of the attribute that do not exist. */
  unknownOrg: (ids: string): string =>
    `This page asks for an organisation that does not exist: ${ids}.`,
};
