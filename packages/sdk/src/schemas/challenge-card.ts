// The compact form of the challenge list (`GET /v1/challenges?view=card`):
// what a board's card shows, in one language, and the counts of its filters.
import * as z from 'zod/mini';
import { int } from './int.js';
import { IsoDate, LocalizedSummary, LocalizedTitle, Slug, Themes } from './common.js';
import { NutsCode, RecordId } from './challenge.js';
import { CHALLENGE_STATUSES } from './vocabulary.js';

/**
 * One challenge as a card: its title, summary and owner's name each in one
 * language (the one asked for with `lang`, else the owner's default language,
 * else English, else the first there is), as a {@link Localized} with exactly
 * one entry, so the language it is in is said with it.
 */
export const ChallengeCard = /* @__PURE__ */ (() =>
  z.object({
    id: RecordId,
    orgId: Slug,
    /** The owner's name, in one language (absent only when the owner is gone). */
    owner: z.optional(LocalizedTitle),
    title: LocalizedTitle,
    summary: LocalizedSummary,
    status: z.enum(CHALLENGE_STATUSES),
    deadline: z.optional(IsoDate),
    themes: Themes,
    region: z.optional(NutsCode),
  }))();
export type ChallengeCard = z.infer<typeof ChallengeCard>;

/** Counts by value (`{ "mobility": 3 }`); a value with no challenge is left out. */
const Counts = /* @__PURE__ */ (() => z.catchall(z.object({}), int().check(z.gte(1))))();

/**
 * The counts of a list's filters, as shops count them: next to each value,
 * how many challenges the list would have with that value chosen and the other
 * filters as they are (`filter-theme` does not narrow the theme counts, but
 * does the others). `total` is the length of the whole list.
 */
export const ChallengeFacets = /* @__PURE__ */ (() =>
  z.object({
    total: int().check(z.gte(0)),
    theme: Counts,
    status: Counts,
    owner: Counts,
    /** By NUTS code, as the challenges carry it. */
    region: Counts,
    /**
     * The names of the owners counted, and of each id in `org` that names an
     * organisation (so an id missing here names none), in one language each.
     */
    names: z.catchall(z.object({}), LocalizedTitle),
  }))();
export type ChallengeFacets = z.infer<typeof ChallengeFacets>;

/** A page of cards; the first page also carries `facets` when asked (`facets=true`). */
export const ChallengeCardPage = /* @__PURE__ */ (() =>
  z.object({
    data: z.array(ChallengeCard),
    nextCursor: z.nullable(z.string()),
    facets: z.optional(ChallengeFacets),
  }))();
export type ChallengeCardPage = z.infer<typeof ChallengeCardPage>;
