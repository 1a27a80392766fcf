import type { Theme } from '@entrypoint/sdk';
import type { board } from './en-board.js';
import type { detail } from './en-detail.js';
import type { feed } from './en-feed.js';
import type { form } from './en-form.js';
import type { sent } from './en-sent.js';

/** The UI strings every element shares, in English. */
export const common = {
  themes: {
    mobility: 'Mobility',
    energy: 'Energy',
    climate: 'Climate',
    'circular-economy': 'Circular economy',
    'built-environment': 'Built environment',
    water: 'Water',
    food: 'Food',
    health: 'Health',
    'social-care': 'Social care',
    education: 'Education',
    safety: 'Safety',
    digitalisation: 'Digitalisation',
    culture: 'Culture',
    tourism: 'Tourism',
    maritime: 'Maritime',
    industry: 'Industry',
  } satisfies Record<Theme, string> as Record<Theme, string>,
  all: 'All',
  loading: 'Loading…',
  offline: 'You are offline. The list will load when the connection is back.',
  retry: 'Try again',
  country: 'Country',
  tellEditor: 'Please tell the editor of this site.',
  /**
   * A day as `Intl.DateTimeFormat` writes it in this language (`dateStyle:
   * 'medium'`, UTC), for the page languages internal/format.ts `PLAIN` names,
   * without the browser's locale data: `Nov 23, 2026`, from `toUTCString`
   * (`Mon, 23 Nov 2026 00:00:00 GMT`), which writes the month in English.
   */
  date: (d: Date): string =>
    `${d.toUTCString().slice(8, 11)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
};

export type CommonMessages = typeof common;
export type BoardMessages = typeof board;
export type DetailMessages = typeof detail;
export type FormMessages = typeof form;
export type FeedMessages = typeof feed;
export type SentMessages = typeof sent;
/**
 * Every UI string. The shapes of the English parts (`common` here; `board`,
 * `detail`, `form`, `sent` and `feed` in their own modules, so that each goes in its element's
 * chunk of the embed) are the catalogue's types: every other language must
 * provide each key (the compiler checks), so no string is ever missing in one
 * language.
 */
export type Messages = CommonMessages &
  BoardMessages &
  DetailMessages &
  FormMessages &
  SentMessages &
  FeedMessages;
