import type { Localized } from './schemas/common.js';

/** Text picked from a {@link Localized} value, and the language it is in. */
export interface LocalizedResult {
  text: string;
  /** The language tag of the entry that was used. */
  lang: string;
  /** True when the text is not in the language that was asked for. */
  fallback: boolean;
}

function findTag(text: Localized, tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  if (text[tag] !== undefined) return tag;
  const lower = tag.toLowerCase();
  const keys = Object.keys(text);
  const exact = keys.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  // `sv-FI` asked, `sv` present; or `sv` asked, `sv-FI` present.
  const base = lower.split('-')[0];
  return (
    keys.find((k) => k.toLowerCase() === base) ??
    keys.find((k) => k.toLowerCase().split('-')[0] === base)
  );
}

/**
 * Reads localized text in the language asked for. Falls back to
 * each of `fallbacks` in turn (pass the owner's default language), then `en`,
 * then the first entry present. Returns `undefined` only for an empty or
 * missing value.
 *
 * ```ts
 * localize({ sv: 'Hållbar kollektivtrafik', en: 'Sustainable public transport' }, 'fi', ['sv'])
 * // → { text: 'Hållbar kollektivtrafik', lang: 'sv', fallback: true }
 * ```
 */
export function localize(
  text: Localized | undefined | null,
  lang: string | undefined,
  fallbacks: string | readonly (string | undefined)[] = [],
): LocalizedResult | undefined {
  if (!text) return undefined;
  const order = [lang, ...(typeof fallbacks === 'string' ? [fallbacks] : fallbacks), 'en'];
  for (const [i, candidate] of order.entries()) {
    const tag = findTag(text, candidate);
    if (tag !== undefined) {
      const value = text[tag];
      if (value !== undefined)
        return {
          text: value,
          lang: tag,
          fallback: i > 0 || tag.toLowerCase() !== lang?.toLowerCase(),
        };
    }
  }
  const first = Object.keys(text)[0];
  if (first === undefined) return undefined;
  return { text: text[first] as string, lang: first, fallback: true };
}
