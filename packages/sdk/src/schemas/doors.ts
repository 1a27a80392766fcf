// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Schemas are wrapped in `/* @__PURE__ */ (() => …)()` so unused ones tree-shake (see common.ts).
import * as z from 'zod/mini';
import { int } from './int.js';
import { CountryCode, Slug, Timestamp } from './common.js';
import { RecordId } from './challenge.js';
import { SubmissionReference } from './submission.js';
import { SUBMISSION_KINDS, SUBMISSION_STATUSES } from './vocabulary.js';

/**
 * A submission a cluster (or any organisation) opened the door to: sent from
 * its site, or with its key, and credited to it as `via`. What the cluster
 * sees of it in `GET /v1/opened-doors`: never the text, and no title when the
 * company marked it confidential.
 */
export const OpenedDoor = /* @__PURE__ */ (() =>
  z.object({
    id: RecordId,
    reference: SubmissionReference,
    /** The receiver. */
    orgId: Slug,
    challengeId: z.optional(RecordId),
    kind: z.enum(SUBMISSION_KINDS),
    /** Absent when the submission is confidential. */
    title: z.optional(z.string()),
    company: z.object({ name: z.string(), country: CountryCode }),
    status: z.enum(SUBMISSION_STATUSES),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }))();
export type OpenedDoor = z.infer<typeof OpenedDoor>;

const count = /* @__PURE__ */ (() => int().check(z.gte(0)))();

/** A count for each of `keys` (a plain object schema: zod's record class costs browsers more). */
function countsOf<K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);
}

/** `GET /v1/opened-doors/summary`: the counts a cluster reports to its funders. */
export const OpenedDoorsSummary = /* @__PURE__ */ (() =>
  z.object({
    /** Per receiving organisation, most first. */
    byReceiver: z.array(z.object({ orgId: Slug, count })),
    /** Per status, every status (0 where none). */
    byStatus: z.array(z.object({ status: z.enum(SUBMISSION_STATUSES), count })),
    /** Per calendar month (UTC) of arrival, oldest first; months with none left out. */
    byMonth: z.array(
      z.object({
        month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'YYYY-MM' })),
        count,
      }),
    ),
  }))();
export type OpenedDoorsSummary = z.infer<typeof OpenedDoorsSummary>;

/** `GET /v1/door-openers`: one organisation that brought the receiver submissions. */
export const DoorOpener = /* @__PURE__ */ (() =>
  z.object({
    /** The door opener's organisation id. */
    via: Slug,
    count,
    /** Per kind of submission, every kind (0 where none). */
    byKind: countsOf(SUBMISSION_KINDS),
    /** Per status, every status (0 where none). */
    byStatus: countsOf(SUBMISSION_STATUSES),
  }))();
export type DoorOpener = z.infer<typeof DoorOpener>;
