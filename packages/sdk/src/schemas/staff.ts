// A namespace import, not the `z` export (see common.ts).
import * as z from 'zod/mini';
import { Email } from './common.js';

/** What a person may do in an organisation: `admin` everything, `editor` content and profile, `handler` the inbox, `viewer` reads. */
export const STAFF_ROLES = ['admin', 'editor', 'handler', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A member of an organisation's staff (`GET /v1/staff`). */
export const StaffMember = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.nullable(z.string()),
    role: z.enum(STAFF_ROLES),
  }))();
export type StaffMember = z.infer<typeof StaffMember>;

/** An invitation (`POST /v1/staff`): the person is mailed and signs in with this address. */
export const StaffInvite = /* @__PURE__ */ (() =>
  z.object({
    email: Email,
    name: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    role: z.enum(STAFF_ROLES),
  }))();
export type StaffInvite = z.infer<typeof StaffInvite>;
