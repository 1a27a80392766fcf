import type { ChallengeStatus, Offer, ProcurementRoute } from '@entrypoint/sdk';

/** The board's own UI strings, in English. */
export const board = {
  statuses: {
    draft: 'Draft',
    open: 'Open',
    'in-dialogue': 'In dialogue',
    procurement: 'In procurement',
    closed: 'Closed',
    solved: 'Solved',
  } satisfies Record<ChallengeStatus, string> as Record<ChallengeStatus, string>,
  offers: {
    testbed: 'A testbed',
    data: 'Data',
    pilot: 'A pilot',
    procurement: 'Procurement',
    funding: 'Funding',
    expertise: 'Expertise',
  } satisfies Record<Offer, string> as Record<Offer, string>,
  routes: {
    'market-dialogue': 'Market dialogue',
    'pre-commercial-procurement': 'Pre-commercial procurement',
    'innovation-partnership': 'Innovation partnership',
    'innovation-procurement': 'Innovation procurement',
    testbed: 'Testbed',
    other: 'Other',
  } satisfies Record<ProcurementRoute, string> as Record<ProcurementRoute, string>,
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
  need: 'The need',
  vision: (year: number): string => `Where we want to be by ${year}`,
  opportunity: 'The opportunity',
  offersHeading: 'What we offer',
  route: 'Procurement route',
  budget: 'Budget',
  contact: 'Contact',
  clusters: 'Clusters that match',
  noClusters: 'No matching clusters yet.',
  respond: 'Respond to this challenge',
  notFound: 'This challenge was not found.',
  similar: 'Others working on this',
  noSimilar: 'No other organisation has published a challenge like this yet.',
  storiesAbout: 'Stories about this challenge',
  readHow: 'Read the story of how it was solved',
  /** `ids`: the organisation ids of the attribute that do not exist. */
  unknownOrg: (ids: string): string =>
    `This page asks for an organisation that does not exist: ${ids}.`,
};
