/**
 * Full-text search per language. Each record carries a `search` tsvector built
 * on write from every language it has, each with that language's stemmer
 * (Snowball configs ship with PostgreSQL and PGlite alike). A query is parsed
 * with every stemmer (or the asked language's and `simple`) and OR-ed, so
 * "bussarna" finds a Swedish "bussar" and "bussene" a Norwegian "busser".
 */
import { sql, type RawBuilder } from 'kysely';

const CONFIGS: Record<string, string> = {
  sv: 'swedish',
  nb: 'norwegian',
  nn: 'norwegian',
  no: 'norwegian',
  fi: 'finnish',
  da: 'danish',
  de: 'german',
  en: 'english',
};
const ALL_CONFIGS = [...new Set(Object.values(CONFIGS)), 'simple'];

/** The text search configuration for a BCP 47 tag: `sv-FI` → `swedish`, unknown → `simple`. */
export function configFor(lang: string): string {
  return CONFIGS[lang.toLowerCase().split('-')[0] ?? ''] ?? 'simple';
}

export type Weight = 'A' | 'B' | 'C' | 'D';
export type Searchable = Record<string, string> | string[] | string | undefined;

/** A tsvector over fields of any language, weighted (A for titles … D for the rest). */
export function tsvectorOf(fields: Array<[Weight, Searchable]>): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  for (const [weight, value] of fields) {
    if (value === undefined) continue;
    const entries: Array<[string, string]> =
      typeof value === 'string'
        ? [['simple', value]]
        : Array.isArray(value)
          ? [['simple', value.join(' ')]]
          : Object.entries(value).map(([lang, text]) => [configFor(lang), text]);
    for (const [config, text] of entries) {
      if (!text.trim()) continue;
      parts.push(
        sql`setweight(to_tsvector(${config}::regconfig, ${text}), ${sql.lit(weight)}::"char")`,
      );
    }
  }
  if (parts.length === 0) return sql`''::tsvector`;
  return sql`(${sql.join(parts, sql` || `)})`;
}

const configsOf = (lang?: string) =>
  lang ? [...new Set([configFor(lang), 'simple'])] : ALL_CONFIGS;

/**
 * Whether a search in this language is an OR of tsqueries (one per
 * configuration): `ts_rank` then scores it as the words OR-ed, whatever each
 * configuration made of them, and so can a table of each record's words
 * (store/challenges.ts). A search in `simple` alone (a language without a
 * stemmer) keeps its ANDs and phrases, which `ts_rank` scores otherwise.
 */
export function isOrOfConfigs(lang?: string): boolean {
  return configsOf(lang).length > 1;
}

/** A tsquery for what a person typed, in one language (plus `simple`) or in all. */
export function tsqueryOf(q: string, lang?: string): RawBuilder<unknown> {
  const configs = configsOf(lang);
  return sql`(${sql.join(
    configs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, ${q})`),
    sql` || `,
  )})`;
}
