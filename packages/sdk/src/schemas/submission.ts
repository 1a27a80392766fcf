// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Schemas are wrapped in `/* @__PURE__ */ (() => …)()` so unused ones tree-shake (see common.ts).
import * as z from 'zod/mini';
import { int } from './int.js';
import { CountryCode, Email, HttpUrl, LanguageTag, Slug, Timestamp } from './common.js';
import { COMPANY_SIZES, SUBMISSION_KINDS, SUBMISSION_STATUSES } from './vocabulary.js';
import { RecordId } from './challenge.js';

/**
 * The name of the honeypot field of the entry-point form. People never see it
 * and assistive technology never announces it; a bot fills it in. The server
 * answers such a post as if it were accepted and stores nothing.
 */
export const HONEYPOT_FIELD = 'homepage';

export const Company = /* @__PURE__ */ (() =>
  z.object({
    name: z
      .string()
      .check(z.trim(), z.minLength(1, { error: 'Give the company name' }), z.maxLength(200)),
    orgNumber: z.optional(z.string().check(z.trim(), z.maxLength(40))),
    country: CountryCode,
    size: z.enum(COMPANY_SIZES),
    website: z.optional(HttpUrl),
  }))();
export type Company = z.infer<typeof Company>;

export const SubmissionContact = /* @__PURE__ */ (() =>
  z.object({
    name: z.string().check(z.trim(), z.minLength(1, { error: 'Give your name' }), z.maxLength(200)),
    email: Email,
    phone: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(40),
          z.regex(/^[+()0-9 .-]*$/, { error: 'Use digits, spaces and + ( ) - only' }),
        ),
    ),
  }))();
export type SubmissionContact = z.infer<typeof SubmissionContact>;

/**
 * `true` and nothing else, like `z.literal(true)` (same issue, same JSON
 * Schema), without zod's literal class (~0.1 kB gzip in browsers).
 */
function accepted() {
  const error = 'Please confirm that you have read the privacy notice';
  const base = z.boolean({ error });
  const isTrue = z.check<boolean>((ctx) => {
    if (ctx.value !== true) {
      ctx.issues.push({ code: 'invalid_value', values: [true], input: ctx.value, message: error });
    }
  });
  // A clone with the check, not `.check()`: that makes a child schema, and
  // zod's JSON Schema output ignores an override on a child.
  const schema = base.clone({ ...base._zod.def, checks: [isTrue] });
  schema._zod.toJSONSchema = () => ({ type: 'boolean', const: true });
  // Its values are `true` only, as the type says.
  return schema as unknown as z.ZodMiniType<true, true>;
}

export const Consent = /* @__PURE__ */ (() =>
  z.object({
    /** The person was shown the owner's privacy notice and accepted it. */
    privacy: accepted(),
    /** A separate, optional consent, e.g. to receive a newsletter. */
    newsletter: z.optional(z.boolean()),
    /**
     * The company allows the receiver to share a confidential submission with
     * other public bodies and clusters that can help (a forward).
     */
    forwarding: z.optional(z.boolean()),
  }))();
export type Consent = z.infer<typeof Consent>;

/** The consent as a submission keeps it: as given, and when the newsletter consent was withdrawn. */
export const SubmissionConsent = /* @__PURE__ */ (() =>
  z.object({
    privacy: accepted(),
    newsletter: z.optional(z.boolean()),
    forwarding: z.optional(z.boolean()),
    /** When the person withdrew the newsletter consent (`newsletter` is then `false`). */
    newsletterWithdrawnAt: z.optional(Timestamp),
  }))();
export type SubmissionConsent = z.infer<typeof SubmissionConsent>;

const submissionFields = /* @__PURE__ */ (() => ({
  /** The receiver. */
  orgId: Slug,
  challengeId: z.optional(RecordId),
  /** The org id of the site it was sent from, e.g. a cluster. */
  via: z.optional(Slug),
  kind: z.enum(SUBMISSION_KINDS),
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(3, { error: 'Give a title of at least 3 characters' }),
      z.maxLength(200),
    ),
  description: z
    .string()
    .check(
      z.trim(),
      z.minLength(10, { error: 'Describe your idea in at least 10 characters' }),
      z.maxLength(10000),
    ),
  company: Company,
  contact: SubmissionContact,
  /** Technology readiness level, 1–9. */
  maturity: z.optional(int().check(z.gte(1), z.lte(9))),
  confidential: z.optional(z.boolean()),
  language: LanguageTag,
  consent: Consent,
}))();

/** What the entry-point form sends (`POST /v1/submissions`). */
export const SubmissionInput = /* @__PURE__ */ (() => z.object(submissionFields))();
export type SubmissionInput = z.input<typeof SubmissionInput>;

export const SubmissionSource = /* @__PURE__ */ (() =>
  z.object({
    origin: z.nullable(z.string().check(z.maxLength(200))),
    page: z.nullable(z.string().check(z.maxLength(2000))),
  }))();
export type SubmissionSource = z.infer<typeof SubmissionSource>;

/** A human reference per owner and year, e.g. `MAL-2026-0042`. */
export const SubmissionReference = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[A-Z0-9]{2,8}-\d{4}-\d{4,}$/)))();

/** One end of a forward between organisations: the other side's copy. */
export const SubmissionLink = /* @__PURE__ */ (() =>
  z.object({
    orgId: Slug,
    reference: SubmissionReference,
    status: z.enum(SUBMISSION_STATUSES),
    at: Timestamp,
  }))();
export type SubmissionLink = z.infer<typeof SubmissionLink>;

/** A submission as it sits in the owner's inbox. */
export const Submission = /* @__PURE__ */ (() =>
  z.object({
    id: RecordId,
    reference: SubmissionReference,
    ...submissionFields,
    consent: SubmissionConsent,
    status: z.enum(SUBMISSION_STATUSES),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    source: SubmissionSource,
    /**
     * When the person's data was erased (on request, or when the owner's
     * retention period ran out): the contact, the company's details and the
     * free text are gone; reference, status, dates and receiver stay.
     */
    erasedAt: z.optional(Timestamp),
    /** In the inbox: the staff member handling it (`null`: unassigned). */
    assigneeId: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
    /** In the inbox: the organisation's own tags on it. */
    tags: z.optional(z.array(z.string().check(z.maxLength(40)))),
    /** A forward's copy: where it came from (the sender and its reference). */
    forwardedFrom: z.optional(SubmissionLink),
    /** Where it was forwarded to, and what became of it there. */
    forwardedTo: z.optional(z.array(SubmissionLink)),
  }))();
export type Submission = z.infer<typeof Submission>;

/** The answer to `POST /v1/submissions` (201). */
export const SubmissionReceipt = /* @__PURE__ */ (() =>
  z.object({
    id: RecordId,
    reference: SubmissionReference,
    orgId: Slug,
    challengeId: z.optional(RecordId),
    status: z.enum(SUBMISSION_STATUSES),
    createdAt: Timestamp,
  }))();
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;

/** A text staff write: an internal note, or a message to the company. */
export const InboxText = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.minLength(1, { error: 'Write something' }), z.maxLength(10000)))();

/** One of an organisation's own tags: no comma (lists of tags are comma-separated in queries). */
export const TagName = /* @__PURE__ */ (() =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: 'Give the tag' }),
    z.maxLength(40),
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    z.regex(/^[^,\u0000-\u001f\u007f]+$/, { error: 'No commas or control characters' }),
  ))();

/** A staff member's id (`GET /v1/staff`). */
export const StaffId = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(100)))();

const PATCH_FIELDS = ['status', 'message', 'assigneeId', 'tags'] as const;

/**
 * Working a submission in the inbox (`PATCH /v1/submissions/{id}`): any of
 * moving it to another status (`message`, sent to the company with the move,
 * is required for `declined`), assigning it (`null`: unassign) and setting
 * its tags (each one of the organisation's tags). At least one field.
 */
export const SubmissionPatch = /* @__PURE__ */ (() =>
  z
    .object({
      status: z.optional(z.enum(SUBMISSION_STATUSES)),
      message: z.optional(InboxText),
      assigneeId: z.optional(z.nullable(StaffId)),
      tags: z.optional(z.array(TagName).check(z.maxLength(20))),
    })
    .check(
      z.check((ctx) => {
        const v = ctx.value as Record<string, unknown>;
        if (!PATCH_FIELDS.some((k) => v[k] !== undefined)) {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            path: [],
            message: `Send at least one of ${PATCH_FIELDS.join(', ')}`,
          });
        }
        if (v.status === 'declined' && v.message === undefined) {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            path: ['message'],
            message: 'Tell the company why: a message is required to decline',
          });
        }
      }),
    ))();
export type SubmissionPatch = z.input<typeof SubmissionPatch>;
