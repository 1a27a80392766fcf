import type { SubmissionInput } from '@entrypoint/sdk';
// The SDK's constant, written into the generated module: no SDK schema module in the form's chunk.
import { HONEYPOT_FIELD } from './generated/submission-check.js';

/** What the form's fields hold, by field name (`company.name`, `consent.privacy` …). */
export type Values = Record<string, string | boolean>;

/** Where the form sends to, from its attributes and the page. */
export interface Addressing {
  org: string;
  challenge?: string | undefined;
  via?: string | undefined;
  /** The page's language, sent as the submission's `language`. */
  language: string;
}

/** A field's text, trimmed; `undefined` when empty or not text. */
export function text(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/**
 * The submission as the SDK's `SubmissionInput` schema expects it, from what
 * was typed. Required fields left empty become `''`, so that the schema names
 * them; optional ones are left out.
 */
export function toSubmissionInput(values: Values, to: Addressing): SubmissionInput {
  const t = (key: string) => text(values, key);
  let website = t('company.website');
  // `example.com` is read as https://example.com; another scheme stays, and is refused.
  if (website && !/^[a-z][a-z0-9+.-]*:/i.test(website)) website = `https://${website}`;
  const maturity = t('maturity');
  return {
    orgId: to.org,
    challengeId: to.challenge || undefined,
    via: to.via || undefined,
    kind: (t('kind') ?? '') as SubmissionInput['kind'],
    title: t('title') ?? '',
    description: t('description') ?? '',
    company: {
      name: t('company.name') ?? '',
      orgNumber: t('company.orgNumber'),
      country: t('company.country') ?? '',
      size: (t('company.size') ?? '') as SubmissionInput['company']['size'],
      website,
    },
    contact: {
      name: t('contact.name') ?? '',
      email: t('contact.email') ?? '',
      phone: t('contact.phone'),
    },
    maturity: maturity ? Number(maturity) : undefined,
    confidential: values.confidential === true ? true : undefined,
    language: to.language,
    consent: {
      privacy: values['consent.privacy'] === true,
      newsletter: values['consent.newsletter'] === true ? true : undefined,
      // Only meaningful for a confidential submission: the form asks for it only then.
      forwarding:
        values.confidential === true && values['consent.forwarding'] === true ? true : undefined,
    } as SubmissionInput['consent'],
  };
}

/** The body to send: the input, plus the honeypot when a bot filled it (the server answers it with a decoy). */
export function withHoneypot(input: SubmissionInput, values: Values): SubmissionInput {
  const honeypot = text(values, HONEYPOT_FIELD);
  return (honeypot ? { ...input, [HONEYPOT_FIELD]: honeypot } : input) as SubmissionInput;
}
