// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Schemas are wrapped in `/* @__PURE__ */ (() => …)()` so unused ones tree-shake (see common.ts).
import * as z from 'zod/mini';
import { CountryCode, HttpUrl, LanguageTag, LocalizedTitle, Person, Slug } from './common.js';
import { ORGANIZATION_KINDS } from './vocabulary.js';
import { int } from './int.js';
import { patchOf } from './patch.js';

/** The named contact that is an organisation's one point of entry. */
export const EntryPoint = /* @__PURE__ */ (() =>
  z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    role: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    email: Person.shape.email,
    phone: Person.shape.phone,
  }))();
export type EntryPoint = z.infer<typeof EntryPoint>;

/** An origin a site posts from: scheme, host and optional port, no path. */
export const Origin = /* @__PURE__ */ (() =>
  z.string().check(
    z.maxLength(200),
    z.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, {
      error: 'Must be an origin such as https://www.example.org (no path, no trailing slash)',
    }),
  ))();

const organizationFields = /* @__PURE__ */ (() => ({
  id: Slug,
  kind: z.enum(ORGANIZATION_KINDS),
  name: LocalizedTitle,
  country: CountryCode,
  defaultLanguage: LanguageTag,
  website: z.optional(HttpUrl),
  entryPoint: EntryPoint,
  logoUrl: z.optional(HttpUrl),
}))();

/** An owner of challenges: a city, region, cluster organisation or agency (public view). */
export const Organization = /* @__PURE__ */ (() => z.object(organizationFields))();
export type Organization = z.infer<typeof Organization>;

/** The answer promise: working days within which a submission gets a first answer. */
const AnswerDays = /* @__PURE__ */ (() => int().check(z.gte(1), z.lte(365)))();
/** How long a submission is kept after it reached a final status. */
const RetentionDays = /* @__PURE__ */ (() => int().check(z.gte(1), z.lte(36_500)))();

/**
 * An organisation as its own staff and key see it: the sites that may post
 * submissions for it, its answer promise and its retention period (`null`:
 * the server's default). Servers before these settings leave the last two out.
 */
export const OrganizationAdmin = /* @__PURE__ */ (() =>
  z.object({
    ...organizationFields,
    allowedOrigins: z.array(Origin).check(z.maxLength(50)),
    answerDays: z.optional(AnswerDays),
    retentionDays: z.optional(z.nullable(RetentionDays)),
  }))();
export type OrganizationAdmin = z.infer<typeof OrganizationAdmin>;

/** What an operator sends to create an organisation. */
export const OrganizationInput = /* @__PURE__ */ (() =>
  z.object({
    ...organizationFields,
    allowedOrigins: z.optional(z.array(Origin).check(z.maxLength(50))),
  }))();
export type OrganizationInput = z.infer<typeof OrganizationInput>;

/**
 * A change to an organisation's settings (`PATCH /v1/organizations/{id}`), as
 * a JSON merge patch: the profile (name, entry point, website, logo, default
 * language; admins and editors) and the settings (`allowedOrigins`,
 * `answerDays`, `retentionDays`; admins only). `null` removes the website or
 * logo, and sets the retention period back to the server's default.
 */
export const OrganizationPatch = /* @__PURE__ */ (() => {
  const { name, entryPoint, website, logoUrl, defaultLanguage } = organizationFields;
  return z.object({
    ...patchOf({
      name,
      entryPoint,
      website,
      logoUrl,
      defaultLanguage,
      allowedOrigins: z.array(Origin).check(z.maxLength(50)),
      answerDays: AnswerDays,
    }).shape,
    retentionDays: z.optional(z.nullable(RetentionDays)),
  });
})();
export type OrganizationPatch = z.infer<typeof OrganizationPatch>;
