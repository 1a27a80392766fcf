/** Small factories for valid inputs; a test overrides what it is about. */
import { randomUUID } from 'node:crypto';
import type { ChallengeInput, StoryInput, SubmissionInput } from '@entrypoint/sdk';

export function challengeInput(overrides: Partial<ChallengeInput> = {}): ChallengeInput {
  return {
    title: { en: 'Sustainable public transport', sv: 'Hållbar kollektivtrafik' },
    summary: { en: 'Where do we want to be in 2035?', sv: 'Var vill vi vara 2035?' },
    need: { en: 'People need to get around without cars.' },
    vision: { en: 'By 2035 every trip can be made without fossil fuel.' },
    horizonYear: 2035,
    opportunity: { en: 'Operators, vehicle makers and data companies.' },
    themes: ['mobility'],
    status: 'open',
    ...overrides,
  };
}

export function storyInput(overrides: Partial<StoryInput> = {}): StoryInput {
  return {
    title: { en: 'How the harbour got its shore power' },
    summary: { en: 'A pilot that became a procurement.' },
    body: { en: '## What happened\n\nThe **pilot** worked. [Read more](https://example.org/more)' },
    themes: ['energy'],
    ...overrides,
  };
}

export function submissionInput(
  orgId: string,
  overrides: Partial<SubmissionInput> = {},
): SubmissionInput {
  return {
    orgId,
    kind: 'idea',
    title: 'Shared electric boats',
    description: 'We run electric boats that could serve the archipelago all year.',
    company: { name: 'Vågkraft AB', country: 'SE', size: 'small' },
    contact: { name: 'Kim Berg', email: 'kim@vagkraft.example' },
    language: 'sv',
    consent: { privacy: true },
    ...overrides,
  };
}

export const idem = (key = randomUUID()) => ({ 'idempotency-key': key });
