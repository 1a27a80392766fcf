import type { Offer, ProcurementRoute } from '@entrypoint/sdk';

/**
 * The strings of the board's detail of one challenge, in English: in the
 * detail's chunk of the embed (internal/challenge-detail.ts), loaded when a
 * challenge is opened, not with the list.
 */
export const detail = {
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
  similar: 'Others working on this',
  noSimilar: 'No other organisation has published a challenge like this yet.',
  storiesAbout: 'Stories about this challenge',
  readHow: 'Read the story of how it was solved',
};
