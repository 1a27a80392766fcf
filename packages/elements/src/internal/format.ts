import { localize, type Localized } from '@entrypoint/sdk';
import { html, nothing, type TemplateResult } from 'lit';

// The formats of the board alone (budgets, long text as Markdown) are in
// ./board-format.ts, so that a page without a board does not load them.

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date or timestamp as the language writes it (`23 nov. 2026`). Dates without a time are read as calendar days. */
export function formatDate(value: string, lang: string): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : f.format(date);
}

/**
 * Localized content for the UI language, falling back to the owner's
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
  return html`<bdi lang=${r.fallback && !sameLanguage(r.lang, lang) ? r.lang : nothing}
    >${r.text}</bdi
  >`;
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
