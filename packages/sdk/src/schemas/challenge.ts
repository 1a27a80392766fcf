// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Schemas are wrapped in `/* @__PURE__ */ (() => …)()` so unused ones tree-shake (see common.ts).
import * as z from 'zod/mini';
import { int } from './int.js';
import {
  IsoDate,
  Link,
  LocalizedSummary,
  LocalizedText,
  LocalizedTitle,
  Person,
  Slug,
  Themes,
  Timestamp,
} from './common.js';
import { patchOf } from './patch.js';
import { CHALLENGE_STATUSES, OFFERS, PROCUREMENT_ROUTES } from './vocabulary.js';

/** An id of a record: letters, digits, dashes and underscores. */
export const RecordId = /* @__PURE__ */ (() =>
  z.string().check(
    z.minLength(1),
    z.maxLength(100),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, {
      error: 'Must be letters, digits, dashes or underscores',
    }),
  ))();

export const Budget = /* @__PURE__ */ (() =>
  z
    .object({
      min: z.optional(z.number().check(z.nonnegative())),
      max: z.optional(z.number().check(z.nonnegative())),
      currency: z
        .string()
        .check(z.regex(/^[A-Z]{3}$/, { error: 'Must be an ISO 4217 currency code, like "SEK"' })),
    })
    .check(
      // A plain check rather than z.refine, which brings zod's custom-schema
      // class into every browser bundle (~0.2 kB gzip) for this one rule.
      z.check<{ min?: number | undefined; max?: number | undefined }>(({ value, issues }) => {
        if (value.min !== undefined && value.max !== undefined && value.min > value.max) {
          issues.push({
            code: 'custom',
            message: 'The minimum must not exceed the maximum',
            input: value,
            path: ['max'],
          });
        }
      }),
    ))();
export type Budget = z.infer<typeof Budget>;

export const Location = /* @__PURE__ */ (() =>
  z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lon: z.number().check(z.gte(-180), z.lte(180)),
  }))();
export type Location = z.infer<typeof Location>;

/** A NUTS code (the EU's statistical regions), e.g. `SE224` for Skåne. */
export const NutsCode = /* @__PURE__ */ (() =>
  z
    .string()
    .check(z.regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/, { error: 'Must be a NUTS code, like "SE224"' })))();

/** A CPV code (Common Procurement Vocabulary), e.g. `34144910-0`. */
export const CpvCode = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^\d{8}(-\d)?$/, { error: 'Must be a CPV code, like "34144910-0"' })))();

/** An Open Contracting id, e.g. `ocds-213czf-000-00001`. */
export const Ocid = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.maxLength(200),
      z.regex(/^ocds-[a-z0-9]{6}-\S+$/, { error: 'Must be an OCID, like "ocds-213czf-0001"' }),
    ))();

export const Sdg = /* @__PURE__ */ (() => int().check(z.gte(1), z.lte(17)))();

const challengeContent = /* @__PURE__ */ (() => ({
  title: LocalizedTitle,
  summary: LocalizedSummary,
  need: LocalizedText,
  vision: LocalizedText,
  horizonYear: int().check(z.gte(2000), z.lte(2100)),
  opportunity: LocalizedText,
  offers: z.array(z.enum(OFFERS)).check(z.maxLength(OFFERS.length)),
  themes: Themes,
  sdgs: z.array(Sdg).check(z.maxLength(17)),
  status: z.enum(CHALLENGE_STATUSES),
  procurementRoute: z.optional(z.enum(PROCUREMENT_ROUTES)),
  budget: z.optional(Budget),
  deadline: z.optional(IsoDate),
  location: z.optional(Location),
  region: z.optional(NutsCode),
  cpvCodes: z.array(CpvCode).check(z.maxLength(50)),
  ocid: z.optional(Ocid),
  contact: z.optional(Person),
  links: z.array(Link).check(z.maxLength(20)),
}))();

/** A need expressed as a business opportunity (docs/architecture.md, "Domain model"). */
export const Challenge = /* @__PURE__ */ (() =>
  z.object({
    id: RecordId,
    orgId: Slug,
    ...challengeContent,
    publishedAt: z.nullable(Timestamp),
    updatedAt: Timestamp,
  }))();
export type Challenge = z.infer<typeof Challenge>;

/** What an owner sends to create a challenge. `id` is made from the title when not given. */
export const ChallengeInput = /* @__PURE__ */ (() =>
  z.object({
    id: z.optional(RecordId),
    ...challengeContent,
    offers: z._default(challengeContent.offers, []),
    themes: z._default(challengeContent.themes, []),
    sdgs: z._default(challengeContent.sdgs, []),
    status: z._default(challengeContent.status, 'draft'),
    cpvCodes: z._default(challengeContent.cpvCodes, []),
    links: z._default(challengeContent.links, []),
  }))();
export type ChallengeInput = z.input<typeof ChallengeInput>;

/**
 * A partial update of a challenge (PATCH): fields left out stay as they are,
 * `null` removes an optional field (`budget`, `deadline`, `location` …).
 */
export const ChallengePatch = /* @__PURE__ */ (() => patchOf(challengeContent))();
export type ChallengePatch = z.infer<typeof ChallengePatch>;
