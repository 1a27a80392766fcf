// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Schemas are wrapped in `/* @__PURE__ */ (() => …)()` so unused ones tree-shake (see common.ts).
import * as z from 'zod/mini';
import { Timestamp } from './common.js';
// A person's roles (`admin` everything, `editor` content, `handler` the inbox, `viewer` read) are staff.ts's.
import { STAFF_ROLES } from './staff.js';

/** How new submissions reach a person by mail: a mail each, one daily digest, or none. */
export const ARRIVAL_MAIL_CHOICES = ['immediate', 'digest', 'off'] as const;
export type ArrivalMail = (typeof ARRIVAL_MAIL_CHOICES)[number];

/** A person's role in one organisation, and their mail choice there. */
export const Membership = /* @__PURE__ */ (() =>
  z.object({
    orgId: z.string(),
    role: z.enum(STAFF_ROLES),
    arrivalMail: z.enum(ARRIVAL_MAIL_CHOICES),
  }))();
export type Membership = z.infer<typeof Membership>;

/** Who is signed in (`GET /v1/session`). */
export const StaffSession = /* @__PURE__ */ (() =>
  z.object({
    staff: z.object({
      id: z.string(),
      email: z.string(),
      name: z.nullable(z.string()),
    }),
    memberships: z.array(Membership),
    /** The latest end of the session (it ends sooner when unused). */
    expiresAt: Timestamp,
  }))();
export type StaffSession = z.infer<typeof StaffSession>;

/** A person's preferences in one organisation (`PATCH /v1/session/preferences`). */
export const SessionPreferences = /* @__PURE__ */ (() =>
  z.object({ arrivalMail: z.enum(ARRIVAL_MAIL_CHOICES) }))();
export type SessionPreferences = z.infer<typeof SessionPreferences>;

/** An answer that is only a sentence (`POST /v1/session/code`). */
export const MessageAnswer = /* @__PURE__ */ (() => z.object({ message: z.string() }))();
export type MessageAnswer = z.infer<typeof MessageAnswer>;
