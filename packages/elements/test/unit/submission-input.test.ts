import { SubmissionInput } from '@entrypoint/sdk';
import { describe, expect, test } from 'vitest';
import { toSubmissionInput, withHoneypot } from '../../src/internal/submission-input.js';

const to = { org: 'norrhamn', language: 'sv' };
const filled = {
  kind: 'idea',
  title: '  Ferry charging ',
  description: 'Charging for electric ferries.',
  'company.name': 'Voltfjord AB',
  'company.country': 'SE',
  'company.size': 'small',
  'company.website': 'voltfjord.example',
  'contact.name': 'Alex Berg',
  'contact.email': 'alex@voltfjord.example',
  maturity: '6',
  'consent.privacy': true,
};

describe('toSubmissionInput', () => {
  test('maps what was typed to a SubmissionInput the schema accepts', () => {
    const input = toSubmissionInput(filled, { ...to, challenge: 'ferries', via: 'cluster' });
    expect(SubmissionInput.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({
      orgId: 'norrhamn',
      challengeId: 'ferries',
      via: 'cluster',
      title: 'Ferry charging',
      company: { website: 'https://voltfjord.example', orgNumber: undefined },
      maturity: 6,
      language: 'sv',
      consent: { privacy: true, newsletter: undefined },
      confidential: undefined,
    });
  });

  test('keeps another scheme of a website as typed, so the schema refuses it', () => {
    const input = toSubmissionInput({ ...filled, 'company.website': 'ftp://x.example' }, to);
    expect(input.company.website).toBe('ftp://x.example');
  });

  test('leaves required fields empty and optional ones out, so the schema names what is missing', () => {
    const input = toSubmissionInput({}, to);
    expect(input).toMatchObject({
      title: '',
      kind: '',
      challengeId: undefined,
      maturity: undefined,
    });
    const result = SubmissionInput.safeParse(input);
    expect(result.success).toBe(false);
  });

  test('sends the honeypot only when it was filled', () => {
    const input = toSubmissionInput(filled, to);
    expect(withHoneypot(input, filled)).toBe(input);
    expect(withHoneypot(input, { ...filled, homepage: 'x' })).toMatchObject({ homepage: 'x' });
  });
});
