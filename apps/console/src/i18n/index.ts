/**
 * The console's languages, as the elements do it (packages/elements/src/i18n):
 * one typed catalogue per language, English built in, the others loaded when
 * chosen. Dates and numbers go through Intl in the chosen language.
 */
import { en, type Messages } from './en.js';

export type { Messages };
export const UI_LANGUAGES = ['en', 'sv', 'nb', 'fi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  fi: 'Suomi',
};

const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<Messages>> = {
  sv: () => import('./sv.js').then((m) => m.sv),
  nb: () => import('./nb.js').then((m) => m.nb),
  fi: () => import('./fi.js').then((m) => m.fi),
};

/** `sv-FI` → `sv`; Norwegian (`no`, `nn`, `nb-NO`) → `nb`; anything else → `en`. */
export function uiLanguage(tag: string): UiLanguage {
  const base = tag.toLowerCase().split('-')[0] ?? 'en';
  if (base === 'no' || base === 'nn') return 'nb';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

export let lang: UiLanguage = 'en';
export let t: Messages = en;

const KEY = 'ep-console-lang';

/** The language chosen before, else the browser's. */
export function preferredLanguage(): UiLanguage {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage may be off; the browser's language then.
  }
  return uiLanguage(saved ?? navigator.language ?? 'en');
}

/** Switches the UI language (loading its catalogue); a failed load keeps the one in use. */
export async function setLanguage(next: UiLanguage, remember = false): Promise<void> {
  const messages = next === 'en' ? en : await loaders[next]().catch(() => undefined);
  if (!messages) return;
  lang = next;
  t = messages;
  document.documentElement.lang = next;
  if (remember) {
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not remembered; still in use.
    }
  }
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dtf(options: Intl.DateTimeFormatOptions) {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = dateTimeFormats.get(key);
  if (!f) dateTimeFormats.set(key, (f = new Intl.DateTimeFormat(lang, options)));
  return f;
}

/** A date and time, short: "2 Dec 2026, 10:42". */
export const dateTime = (iso: string) =>
  dtf({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
/** A date alone. */
export const date = (iso: string) => dtf({ dateStyle: 'medium' }).format(new Date(iso));
/** A number in the UI language. */
export const num = (n: number) => new Intl.NumberFormat(lang).format(n);

/**
 * A view's own strings, one object per language, in the view's chunk (so the
 * shell's catalogues stay small): `pick(catalogue)` at render time gives the
 * UI language's.
 */
export type Catalogue<M> = Record<UiLanguage, M>;
export const pick = <M>(catalogue: Catalogue<M>): M => catalogue[lang];
