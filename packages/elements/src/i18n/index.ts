import {
  common as en,
  type BoardMessages,
  type CommonMessages,
  type DetailMessages,
  type FeedMessages,
  type FormMessages,
  type Messages,
  type SentMessages,
} from './en.js';

export type { CommonMessages, Messages };

/** A language's catalogue: the strings every element shares, and each element's own part. */
interface Catalogue {
  common: CommonMessages;
  board: BoardMessages;
  /** The board's detail of one challenge (a chunk of its own: internal/challenge-detail.ts). */
  detail: DetailMessages;
  form: FormMessages;
  /** The form's once it is sent (loaded with its check: internal/form-send.ts). */
  sent: SentMessages;
  feed: FeedMessages;
}
/** The parts of a catalogue that belong to one element. */
export type Part = Exclude<keyof Catalogue, 'common'>;
/** The strings of an element with its own part: the shared ones and its own. */
export type Strings<P extends Part> = CommonMessages & Catalogue[P];

/** The languages the UI is written in. */
export const UI_LANGUAGES = ['en', 'sv', 'nb', 'fi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * One typed catalogue per language, each its own module. English is built in
 * (the type of every catalogue, and the fallback), each element's part of it
 * imported by that element, so a page does not load the English strings of
 * elements it does not have; the others are loaded when a page asks for them,
 * so a page pays for one language, not four.
 */
const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<unknown>> = {
  sv: () => import('./sv.js'),
  nb: () => import('./nb.js'),
  fi: () => import('./fi.js'),
};
/**
 * The catalogues that have run, by language. Each catalogue's module adds
 * itself here when it runs, so one that the embed's entry loaded beside an
 * element's code (src/embed.ts) is here when that element first renders, with
 * no wait for an `import()` to settle. The catalogues cannot import this
 * module (the embed's shared chunk would split in two), so the record is a
 * global named by this folder's URL: the catalogues beside this module find
 * it, and another copy of the elements on the page (another server's embed,
 * another version) has its own.
 */
const loaded = ((globalThis as Record<symbol, unknown>)[
  Symbol.for(`${new URL('.', import.meta.url)}`)
] ??= {}) as Partial<Record<UiLanguage, Catalogue>>;
/** The catalogues asked for, by language: the load, or nothing once it has failed. */
const loading = new Map<UiLanguage, Promise<unknown> | undefined>();

/**
 * The UI language for a page language: `sv-FI` → `sv`; Norwegian (`no`,
 * `nn`, `nb-NO`) → `nb`, the written form most Norwegian sites use; anything
 * else → `en`.
 */
export function uiLanguage(tag: string): UiLanguage {
  const base = tag.toLowerCase().split('-')[0] ?? 'en';
  if (base === 'no' || base === 'nn') return 'nb';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

/**
 * The UI language shown on a page in `tag`: its catalogue's once loaded, else
 * English (while it loads, or when it could not be loaded).
 */
export function shownLanguage(tag: string): UiLanguage {
  const lang = uiLanguage(tag);
  return loadedCatalogue(lang) ? lang : 'en';
}

/**
 * Loads a catalogue: a promise while it loads, nothing once it is there. A
 * failed load leaves English in place (nothing, as if loaded) until the page
 * is loaded again, rather than asking again on every render.
 */
export function loadCatalogue(lang: UiLanguage): Promise<unknown> | undefined {
  if (lang === 'en' || loaded[lang]) return undefined;
  // Once it has run, the module is in `loaded`.
  if (!loading.has(lang))
    loading.set(
      lang,
      loaders[lang]().catch(() => loading.set(lang, undefined)),
    );
  return loading.get(lang);
}

/** The shared strings of a language once loaded (English always), else none. */
export function loadedCatalogue(lang: UiLanguage): CommonMessages | undefined {
  return lang === 'en' ? en : loaded[lang]?.common;
}

const merged = new Map<string, object>();

/**
 * The strings of an element with its own part in a language shown (English,
 * or one whose catalogue is loaded: an element's `uiLang`); `english` is the
 * part in English, which the element imports.
 */
export function strings<P extends Part>(
  lang: UiLanguage,
  part: P,
  english: Catalogue[P],
): Strings<P> {
  const key = lang + part;
  let found = merged.get(key);
  if (!found) {
    const m = loaded[lang];
    merged.set(key, (found = m ? { ...m.common, ...m[part] } : { ...en, ...english }));
  }
  return found as Strings<P>;
}
