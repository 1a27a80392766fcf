import { en, type Messages } from './en.js';

export type { Messages };

/** The languages the UI is written in. */
export const UI_LANGUAGES = ['en', 'sv', 'nb', 'fi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * One typed catalogue per language, each its own module. English is built in
 * (the type of every catalogue, and the fallback); the others are loaded when
 * a page asks for them, so a page pays for one language, not four.
 */
const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<Messages>> = {
  sv: () => import('./sv.js').then((m) => m.sv),
  nb: () => import('./nb.js').then((m) => m.nb),
  fi: () => import('./fi.js').then((m) => m.fi),
};
const loaded: Partial<Record<UiLanguage, Messages>> = { en };
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
  if (loaded[lang]) return undefined;
  let p = loading.get(lang);
  if (!p) {
    p = loaders[lang as Exclude<UiLanguage, 'en'>]().then(
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

/** The catalogue of a language if loaded, else English. */
export function catalogue(lang: UiLanguage): Messages {
  return loaded[lang] ?? en;
}
