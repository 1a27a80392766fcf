/**
 * Building blocks shared by every entity: language tags, localized text and
 * the list/problem envelopes of the API.
 *
 * Schemas are written once, with `zod/mini`, so that browsers pay ~9 kB gzip
 * for validation instead of ~95 kB for full zod. The server validates with
 * these same objects and derives its OpenAPI document from them.
 */
// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Every schema is built in a `/* @__PURE__ */ (() => …)()`: bundlers treat
// `z.string().check(…)` or `z.object({ ...shared })` as code with effects and
// keep it even when nothing uses it. Wrapped, an unused schema (an input or a
// patch schema in a browser that only reads) drops out with all the zod it
// needs (`_default`, `partial`, …).
import * as z from 'zod/mini';
import { int } from './int.js';
import { THEMES } from './vocabulary.js';

/** A theme id from the themes vocabulary. */
export type Theme = (typeof THEMES)[number];

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const NOT_A_TAG = 'Must be a BCP 47 language tag, like "sv" or "en-GB"';

/** BCP 47 language tag, e.g. `sv`, `nb`, `en-GB`, `se` (Northern Sami). */
export const LanguageTag = /* @__PURE__ */ (() =>
  z.string().check(z.regex(LANGUAGE_TAG, { error: NOT_A_TAG }), z.maxLength(35)))();
export type LanguageTag = z.infer<typeof LanguageTag>;

/** Whether `value` is a {@link LanguageTag}: the same rule, without building a schema. */
export function isLang(value: string): boolean {
  return value.length <= 35 && LANGUAGE_TAG.test(value);
}

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.regex(/^[A-Z]{2}$/, { error: 'Must be an ISO 3166-1 alpha-2 country code, like "SE"' }),
    ))();
export type CountryCode = z.infer<typeof CountryCode>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug id: lower-case letters, digits and dashes. */
export const Slug = /* @__PURE__ */ (() =>
  z.string().check(
    z.minLength(2),
    z.maxLength(64),
    z.regex(SLUG, {
      error:
        'Must be lower-case letters, digits and single dashes, like "malmo" or "smart-mobility"',
    }),
  ))();
export type Slug = z.infer<typeof Slug>;

/** Whether `value` is a {@link Slug} (2–64 characters): the same rule, without building a schema. */
export function isSlug(value: string): boolean {
  return value.length >= 2 && value.length <= 64 && SLUG.test(value);
}

/**
 * An http(s) URL: `http://` or `https://`, no white space, and the URL parser
 * takes it. A custom string format rather than `z.url()`, whose general URL
 * machinery (hostname and protocol options, normalising) costs browsers
 * ~0.4 kB gzip; JSON Schema still says `format: uri`.
 */
export const HttpUrl = /* @__PURE__ */ (() =>
  z.stringFormat(
    'uri',
    (value) => {
      if (!/^https?:\/\/\S+$/i.test(value)) return false;
      try {
        return !!new URL(value);
      } catch {
        return false;
      }
    },
    { error: 'Must be a web address starting with https:// or http://' },
  ))();

/** An email address: zod's email pattern (`z.email()`), as a plain string format. */
export const Email = /* @__PURE__ */ (() =>
  z.stringFormat(
    'email',
    // Character for character zod's own (a test compares them), escapes included.
    // eslint-disable-next-line no-useless-escape
    /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
    { error: 'Must be an email address, like name@example.org' },
  ))();

// The patterns of `z.iso.date()` and `z.iso.datetime({ offset: true })`,
// written out: zod builds them with code for every option (precision, local
// time, …), which costs browsers ~0.3 kB gzip. Same checks, same JSON Schema
// (`format` and `pattern`); a test compares them with zod's own.
const DATE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const TIME =
  '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d))';

/** Date and time as ISO 8601 with offset, as the API writes them. */
export const Timestamp = /* @__PURE__ */ (() =>
  z.stringFormat('date-time', new RegExp(`^${DATE}T(?:${TIME})$`)))();
/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = /* @__PURE__ */ (() => z.stringFormat('date', new RegExp(`^${DATE}$`)))();

/**
 * Localized text of a given maximum length: a map from language tag to text,
 * with at least one entry. An object with a catchall for the texts and one
 * check for the keys, rather than `z.record`, whose general key handling costs
 * browsers ~0.6 kB gzip; a key that is not a language tag is reported at its
 * own path, and JSON Schema says the same as a record would (plus
 * `minProperties`).
 */
export function localized(maxLength: number) {
  const languageKeys = z.check<Record<string, string>>((ctx) => {
    const keys = Object.keys(ctx.value);
    if (keys.length === 0) {
      ctx.issues.push({
        code: 'custom',
        message: 'Needs text in at least one language',
        input: ctx.value,
      });
    }
    for (const key of keys) {
      if (key.length > 35 || !LANGUAGE_TAG.test(key)) {
        ctx.issues.push({ code: 'custom', message: NOT_A_TAG, input: key, path: [key] });
      }
    }
  });
  // The check goes on before the catchall: `.check()` makes a child schema,
  // and zod's JSON Schema output fails on a child whose parent it never saw.
  const schema = z.catchall(
    z.object({}).check(languageKeys),
    z.string().check(z.trim(), z.minLength(1), z.maxLength(maxLength)),
  );
  schema._zod.toJSONSchema = () => ({
    type: 'object',
    propertyNames: { type: 'string', maxLength: 35, pattern: LANGUAGE_TAG.source },
    additionalProperties: { type: 'string', minLength: 1, maxLength },
    minProperties: 1,
  });
  return schema;
}

/** Localized short text (titles, names): up to 200 characters per language. */
export const LocalizedTitle = /* @__PURE__ */ (() => localized(200))();
/** Localized summary: up to 1,000 characters per language. */
export const LocalizedSummary = /* @__PURE__ */ (() => localized(1000))();
/** Localized long text (Markdown): up to 20,000 characters per language. */
export const LocalizedText = /* @__PURE__ */ (() => localized(20000))();
/** Any localized text. */
export const Localized = LocalizedText;
export type Localized = z.infer<typeof Localized>;

export const Theme = /* @__PURE__ */ (() => z.enum(THEMES))();
export const Themes = /* @__PURE__ */ (() => z.array(Theme).check(z.maxLength(THEMES.length)))();

export const Person = /* @__PURE__ */ (() =>
  z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    role: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    email: Email,
    phone: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  }))();
export type Person = z.infer<typeof Person>;

export const Link = /* @__PURE__ */ (() =>
  z.object({
    url: HttpUrl,
    title: z.optional(LocalizedTitle),
  }))();
export type Link = z.infer<typeof Link>;

/** A problem document, RFC 9457, with field errors for invalid input. */
export const Problem = /* @__PURE__ */ (() =>
  z.looseObject({
    type: z.string(),
    title: z.string(),
    status: int(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    /**
     * Which refusal this is, for programs that show their own words for it
     * (e.g. `origin-not-allowed`, `via-unproven` on a submission).
     */
    code: z.optional(z.string()),
    errors: z.optional(
      z.array(
        z.object({
          path: z.string(),
          message: z.string(),
        }),
      ),
    ),
  }))();
export type Problem = z.infer<typeof Problem>;

/** The list envelope: `{ data, nextCursor }`. */
export function listOf<T extends z.core.$ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}
export interface List<T> {
  data: T[];
  nextCursor: string | null;
}
