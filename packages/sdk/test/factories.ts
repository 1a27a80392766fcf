// Small factories for valid domain objects. Each takes overrides, so a test
// says only what matters to it: `challenge({ title: { fi: 'Vesi' } })`.
import type {
  Challenge,
  Cluster,
  Organization,
  Problem,
  Story,
  Submission,
  SubmissionInput,
  SubmissionReceipt,
} from '../src/index.js';

const NOW = '2026-03-01T09:30:00.000Z';

export function organization(overrides: Partial<Organization> = {}): Organization {
  return {
    id: 'norrhamn',
    kind: 'city',
    name: { sv: 'Norrhamns stad', en: 'City of Norrhamn' },
    country: 'SE',
    defaultLanguage: 'sv',
    website: 'https://norrhamn.example.org',
    entryPoint: {
      name: 'Åsa Lind',
      role: 'Innovationsstrateg',
      email: 'asa.lind@norrhamn.example.org',
    },
    ...overrides,
  };
}

let challengeCount = 0;
export function challenge(overrides: Partial<Challenge> = {}): Challenge {
  challengeCount += 1;
  return {
    id: `sustainable-transport-${challengeCount}`,
    orgId: 'norrhamn',
    title: { sv: 'Hållbar kollektivtrafik', en: 'Sustainable public transport' },
    summary: { sv: 'Hur når vi 2035?', en: 'How do we get there by 2035?' },
    need: { sv: 'Fler ska resa kollektivt.', en: 'More people should travel together.' },
    vision: { sv: 'Fossilfri trafik 2035.', en: 'Fossil-free traffic by 2035.' },
    horizonYear: 2035,
    opportunity: { en: 'Operators, vehicle makers and data companies.' },
    offers: ['testbed', 'data'],
    themes: ['mobility', 'climate'],
    sdgs: [11, 13],
    status: 'open',
    procurementRoute: 'market-dialogue',
    budget: { min: 100000, max: 500000, currency: 'SEK' },
    deadline: '2026-09-30',
    location: { name: 'Norrhamn', lat: 63.8, lon: 20.3 },
    region: 'SE331',
    cpvCodes: ['34144910-0'],
    contact: { name: 'Åsa Lind', email: 'asa.lind@norrhamn.example.org' },
    links: [{ url: 'https://norrhamn.example.org/trafik', title: { sv: 'Trafikplan' } }],
    publishedAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function cluster(overrides: Partial<Cluster> = {}): Cluster {
  return {
    ...organization({
      id: 'nordic-mobility-cluster',
      name: { en: 'Nordic Mobility Cluster', nb: 'Nordisk mobilitetsklynge' },
      country: 'NO',
      defaultLanguage: 'nb',
      website: 'https://mobility.example.org',
      entryPoint: { name: 'Kari Nordmann', email: 'kari@mobility.example.org' },
    }),
    kind: 'cluster',
    sectors: ['mobility', 'energy'],
    technologies: ['electric vessels', 'route planning'],
    memberCount: 120,
    region: 'NO08',
    description: { nb: 'Klyngen for mobilitet.', en: 'The mobility cluster.' },
    relations: [{ clusterId: 'blue-energy-cluster', kind: 'partner' }],
    ...overrides,
  };
}

export function story(overrides: Partial<Story> = {}): Story {
  return {
    id: 'electric-ferry',
    orgId: 'fjordvik',
    title: { nb: 'Elektrisk ferje', en: 'An electric ferry' },
    summary: { nb: 'Fra idé til rute på to år.', en: 'From idea to route in two years.' },
    body: { nb: 'Det **begynte** med en dialog.', en: 'It **began** with a dialogue.' },
    bodyHtml: {
      nb: '<p>Det <strong>begynte</strong> med en dialog.</p>',
      en: '<p>It <strong>began</strong> with a dialogue.</p>',
    },
    image: {
      url: 'https://fjordvik.example.org/ferry.jpg',
      alt: { nb: 'Ferja ved kai', en: 'The ferry at the quay' },
    },
    themes: ['maritime', 'energy'],
    challengeIds: ['sustainable-transport-1'],
    clusterIds: ['blue-energy-cluster'],
    author: { name: 'Ola Nordmann', role: 'Kommunikasjon' },
    publishedAt: NOW,
    ...overrides,
  };
}

export function submissionInput(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    orgId: 'kustlanda',
    challengeId: 'sustainable-transport-1',
    via: 'nordic-mobility-cluster',
    kind: 'idea',
    title: 'Aurinkoenergialla toimiva lautta',
    description: 'Ehdotamme aurinkoenergialla toimivaa lauttaa saariston liikenteeseen.',
    company: {
      name: 'Saaristo Oy',
      orgNumber: '1234567-8',
      country: 'FI',
      size: 'small',
      website: 'https://saaristo.example.fi',
    },
    contact: {
      name: 'Aino Virtanen',
      email: 'aino@saaristo.example.fi',
      phone: '+358 40 123 4567',
    },
    maturity: 6,
    confidential: false,
    language: 'fi',
    consent: { privacy: true },
    ...overrides,
  };
}

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    ...(submissionInput() as Submission),
    id: 'sub_01',
    reference: 'KUS-2026-0042',
    status: 'received',
    createdAt: NOW,
    updatedAt: NOW,
    source: { origin: 'https://mobility.example.org', page: 'https://mobility.example.org/ideas' },
    ...overrides,
  };
}

export function receipt(overrides: Partial<SubmissionReceipt> = {}): SubmissionReceipt {
  return {
    id: 'sub_01',
    reference: 'KUS-2026-0042',
    orgId: 'kustlanda',
    challengeId: 'sustainable-transport-1',
    status: 'received',
    createdAt: NOW,
    ...overrides,
  };
}

export function problem(overrides: Partial<Problem> = {}): Problem {
  return {
    type: 'https://entrypoint.example.org/problems/invalid-input',
    title: 'Invalid input',
    status: 422,
    detail: 'Some fields are not right.',
    errors: [
      { path: 'contact.email', message: 'Must be an email address, like name@example.org' },
      { path: 'company.name', message: 'Give the company name' },
    ],
    ...overrides,
  };
}
