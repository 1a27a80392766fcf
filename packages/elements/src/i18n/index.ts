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
const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<Catalogue>> = {
  sv: () => import('./sv.js'),
  nb: () => import('./nb.js'),
  fi: () => import('./fi.js'),
};
const loaded: Partial<Record<UiLanguage, Catalogue>> = {};
const loading = new Map<UiLanguage, Promise<void>>();

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

/** Loads a catalogue; resolves at once when it is there. A failed load leaves English in place. */
export function loadCatalogue(lang: UiLanguage): Promise<void> | undefined {
  if (lang === 'en' || loaded[lang]) return undefined;
  let p = loading.get(lang);
  if (!p) {
    p = loaders[lang]().then(
      (m) => {
        loaded[lang] = m;
      },
      () => {
        loading.delete(lang);
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** The shared strings of a language once loaded (English always), else none. */
export function loadedCatalogue(lang: UiLanguage): CommonMessages | undefined {
  return lang === 'en' ? en : loaded[lang]?.common;
}

/** The shared strings of a language if loaded, else English. */
export function catalogue(lang: UiLanguage): CommonMessages {
  return loadedCatalogue(lang) ?? en;
}

const merged = new Map<string, object>();

/**
 * The strings of an element with its own part, in a language if loaded, else
 * in English (`english`: the part in English, which the element imports).
 */
export function strings<P extends Part>(
  lang: UiLanguage,
  part: P,
  english: Catalogue[P],
): Strings<P> {
  const m = loaded[lang];
  const key = `${m ? lang : 'en'} ${part}`;
  let found = merged.get(key);
  if (!found) merged.set(key, (found = m ? { ...m.common, ...m[part] } : { ...en, ...english }));
  return found as Strings<P>;
}
