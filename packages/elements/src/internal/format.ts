import { localize, type Localized } from '@entrypoint/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { loadedCatalogue, shownLanguage, uiLanguage } from '../i18n/index.js';

// The formats of the board alone (budgets, long text as Markdown) are in
// ./board-format.ts, so that a page without a board does not load them.

/**
 * The page languages whose dates and small counts are written here without
 * `Intl`: a page's first `Intl.DateTimeFormat` or `NumberFormat` makes the
 * browser load its locale data, tens of milliseconds of the main thread on a
 * first visit, before the first card could be drawn. In these languages the
 * UI catalogue writes a day as `Intl` does (i18n `date`; test/unit/format.test.ts
 * compares every month in Chromium, test/e2e in Firefox too), and a count
 * under 1,000 is its digits. Others (`en-GB` writes `Sept`) ask `Intl`.
 */
const PLAIN = /^(en(-us)?|sv(-se|-fi)?|nb(-no)?|no|fi(-fi)?)$/i;

/** A date or timestamp as the language writes it (`23 nov. 2026`). Dates without a time are read as calendar days. */
export function formatDate(value: string, lang: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  // (Intl writes year 0 as 1, its era's year; no deadline or story is dated so.)
  const write = PLAIN.test(lang) && loadedCatalogue(uiLanguage(lang))?.date;
  // Elsewhere Intl, asked each time (55 to 110 µs a date in V8 once the locale
  // data is loaded; a kept format would cost every page its bytes).
  return write
    ? write(date)
    : date.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A count as the language writes it (`1,234`; `1 234` in Swedish). */
export function formatCount(n: number, lang: string): string {
  return n < 1000 && PLAIN.test(lang) ? String(n) : n.toLocaleString(lang);
}

/**
 * The `lang` of a text in `textLang` inside an element on a page in `lang`:
 * none when it is the language of the element's UI around it (its root's
 * `lang`: the page's, or English where the page's has no UI catalogue or it
 * could not be loaded), else its own.
 */
export function langAttr(textLang: string, lang: string): string | typeof nothing {
  return sameLanguage(textLang, shownLanguage(lang)) ? nothing : textLang;
}

/**
 * Localized content in the page language, falling back to the owner's
 * language. Text in another language than the UI's carries its own `lang`.
 * It is isolated in a `<bdi>`, so that its direction (Arabic, Hebrew) and any
 * bidi override character in it (U+202E) cannot reorder the text around it
 * (Unicode Bidirectional Algorithm, UAX #9; HTML's `bdi` element).
 */
export function content(
  value: Localized | undefined,
  lang: string,
  ownerLang?: string,
): TemplateResult | typeof nothing {
  const r = localize(value, lang, ownerLang ? [ownerLang] : []);
  if (!r) return nothing;
  return html`<bdi lang=${langAttr(r.lang, lang)}>${r.text}</bdi>`;
}

/**
 * Plain localized text, to go inside other text (an owner's name in a
 * sentence or an option): isolated between FIRST STRONG ISOLATE and POP
 * DIRECTIONAL ISOLATE (UAX #9), the plain-text form of `<bdi>`.
 */
export function plain(value: Localized | undefined, lang: string, ownerLang?: string): string {
  const text = localize(value, lang, ownerLang ? [ownerLang] : [])?.text;
  return text ? `\u2068${text}\u2069` : '';
}

export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];
}
