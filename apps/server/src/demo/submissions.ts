/**
 * A few demo submissions, so that a demo inbox, a cluster's view of the doors
 * it opened and a receiver's door openers have something to show. Each is
 * sent as the demo pages would send it, so a `via` is always one the server
 * would have credited: from a site among the door opener's `allowedOrigins`
 * (the demo pages are among every demo organisation's). Every name and
 * address is fictional, at an `.example` domain.
 */
import type { SubmissionInput } from '@entrypoint/sdk';
import { DEMO_ORIGINS } from './organizations.js';

export interface DemoSubmission {
  /** The Idempotency-Key it is sent with: seeding again stores nothing new. */
  key: string;
  input: SubmissionInput;
  /** The page it was sent from (its origin must prove `via`, as the server requires). */
  page: string;
}

const site = DEMO_ORIGINS[0]!;

export const demoSubmissions: DemoSubmission[] = [
  {
    key: 'demo-submission-1',
    page: `${site}/cluster.html`,
    input: {
      orgId: 'norrhamn',
      challengeId: 'norrhamn-hallbar-kollektivtrafik-2035',
      via: 'nordic-mobility-cluster',
      kind: 'proposal',
      title: 'Laddning av elbussar i depån på natten',
      description:
        'Vi levererar laddsystem som klarar –30 °C och har kört dem i tre vintrar i Skellefteå-området. Vi föreslår en pilot i en av kommunens depåer.',
      company: { name: 'Polarladd AB', country: 'SE', size: 'small' },
      contact: { name: 'Sara Nyström', email: 'sara@polarladd.example' },
      maturity: 7,
      language: 'sv',
      consent: { privacy: true },
    },
  },
  {
    key: 'demo-submission-2',
    page: `${site}/cluster.html`,
    input: {
      orgId: 'kustlanda',
      challengeId: 'kustlanda-liikkuminen-maaseudulla-2035',
      via: 'nordic-mobility-cluster',
      kind: 'meeting-request',
      title: 'Demand-responsive minibuses for the archipelago',
      description:
        'We run booking software for demand-responsive transport in three Nordic regions and would like to present it to the regional council.',
      company: { name: 'Ringbuss Oy', country: 'FI', size: 'micro' },
      contact: { name: 'Eero Lehto', email: 'eero@ringbuss.example' },
      confidential: true,
      language: 'en',
      consent: { privacy: true, forwarding: true },
    },
  },
  {
    key: 'demo-submission-3',
    page: `${site}/cluster.html`,
    input: {
      orgId: 'fjordvik',
      challengeId: 'fjordvik-utslippsfri-fjord-2035',
      via: 'blue-energy-cluster',
      kind: 'idea',
      title: 'Landstrøm for fiskebåtene i havna',
      description:
        'Vi har utviklet et lite landstrømsanlegg for fiskebåter under 15 meter, og ønsker å teste det i Fjordvik havn.',
      company: { name: 'Kaiström AS', country: 'NO', size: 'small' },
      contact: { name: 'Marte Lie', email: 'marte@kaistrom.example' },
      language: 'nb',
      consent: { privacy: true },
    },
  },
  {
    key: 'demo-submission-4',
    page: `${site}/`,
    input: {
      orgId: 'norrhamn',
      kind: 'question',
      title: 'Finns det testbäddar för gång- och cykelvägar?',
      description:
        'Vi utvecklar en sensor för halka på cykelbanor och undrar om kommunen har sträckor där vi kan testa den under vintern.',
      company: { name: 'Halksensor AB', country: 'SE', size: 'micro' },
      contact: { name: 'Johan Ek', email: 'johan@halksensor.example' },
      language: 'sv',
      consent: { privacy: true, newsletter: true },
    },
  },
];
