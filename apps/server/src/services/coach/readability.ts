/**
 * Readability of a text, per language, without a network or a model.
 *
 * LIX (Björnsson's läsbarhetsindex): words per sentence plus the share of
 * long words (more than six letters) in per cent. It was made for Swedish and
 * is used for Norwegian, Danish, Finnish and English as well; what counts as
 * hard differs by language, since Finnish joins words that English keeps
 * apart. The thresholds below are where the language's plain-language
 * guidance starts to call a public text hard to read.
 * @see https://en.wikipedia.org/wiki/Lix_(readability_test)
 */

/** LIX above this is hard for a general reader of the language. */
export const HARD_LIX: Record<string, number> = { en: 50, sv: 50, nb: 50, fi: 70 };

/** A sentence longer than this many words is worth splitting. */
export const LONG_SENTENCE_WORDS: Record<string, number> = { en: 30, sv: 30, nb: 30, fi: 24 };

/** Markdown to prose: no list markers, links' addresses, emphasis or headings. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)]|#{1,6})\s+/gm, '')
    .replace(/[*_`>]/g, '')
    .trim();
}

/**
 * Sentences: split at . ! ? ; and at line breaks (a list item is a sentence),
 * not at decimals ("2.5") or abbreviations made of one letter ("e.g.").
 */
export function sentences(text: string): string[] {
  return plainText(text)
    .split(/(?<![0-9\s][.][a-z])(?<!\b[A-Za-z])[.!?;]+(?=\s|$)|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function words(text: string): string[] {
  return text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
}

export interface Readability {
  lix: number;
  words: number;
  sentences: number;
  /** The sentences longer than the language's limit, as written. */
  longSentences: string[];
}

export function readability(text: string, lang: string): Readability {
  const all = sentences(text);
  const ws = all.flatMap(words);
  const long = ws.filter((w) => [...w.replace(/[-'’]/g, '')].length > 6).length;
  const limit = LONG_SENTENCE_WORDS[lang] ?? 25;
  return {
    lix: ws.length ? ws.length / Math.max(1, all.length) + (100 * long) / ws.length : 0,
    words: ws.length,
    sentences: all.length,
    longSentences: all.filter((s) => words(s).length > limit),
  };
}
