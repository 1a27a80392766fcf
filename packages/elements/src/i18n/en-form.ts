import type { CompanySize, SubmissionKind } from '@entrypoint/sdk';

/** The form's own UI strings, in English. */
export const form = {
  kinds: {
    idea: 'An idea',
    proposal: 'A proposal',
    question: 'A question',
    'meeting-request': 'A request for a meeting',
    'testbed-request': 'A request to use a testbed',
  } satisfies Record<SubmissionKind, string> as Record<SubmissionKind, string>,
  sizes: {
    micro: 'Micro (fewer than 10 people)',
    small: 'Small (10–49 people)',
    medium: 'Medium (50–249 people)',
    large: 'Large (250 people or more)',
  } satisfies Record<CompanySize, string> as Record<CompanySize, string>,
  formLabel: 'Send an idea or a question',
  formTo: (owner: string): string => `Your message goes to ${owner}`,
  requiredNote: 'Fill in every field unless it says optional.',
  optional: 'optional',
  about: 'About the challenge',
  kind: 'What do you want to send?',
  title: 'Title',
  description: 'Describe your idea or question',
  descriptionHint: 'What do you offer, for whom, and how far has it come?',
  company: 'Your company',
  companyName: 'Company name',
  orgNumber: 'Organisation number',
  size: 'Company size',
  website: 'Website',
  you: 'You',
  name: 'Your name',
  email: 'Email',
  phone: 'Phone',
  maturity: 'How far has it come?',
  maturityLevel: (n: number): string => `Technology readiness level ${n}`,
  notSaid: 'Not stated',
  confidential: (owner: string): string =>
    `Keep what I send confidential: only ${owner} may read it`,
  forwarding: 'It may be shared with other public bodies and clusters that can help',
  consent:
    'I have read the privacy notice and agree that my details are used to handle my message.',
  privacyLink: 'Read the privacy notice',
  newsletter: (owner: string): string => `Send me news from ${owner} by email`,
  honeypot: 'Leave this field empty',
  send: 'Send',
  sending: 'Sending…',
  draftKept: 'Your text is kept in this browser until it is sent.',
  /** The form's `org` names no organisation. */
  unknownOrgForm: (org: string): string =>
    `This form is set up to send to an organisation that does not exist (${org}), so it cannot send anything.`,
  sendFailed: 'Your message could not be sent. Nothing is lost: try again.',
  sendOffline: 'The connection was lost. Your message is kept: try again when you are online.',
};
