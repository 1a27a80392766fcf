// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Schemas are wrapped in `/* @__PURE__ */ (() => …)()` so unused ones tree-shake (see common.ts).
import * as z from 'zod/mini';
import {
  HttpUrl,
  localized,
  LocalizedSummary,
  LocalizedText,
  LocalizedTitle,
  Slug,
  Themes,
  Timestamp,
} from './common.js';
import { RecordId } from './challenge.js';
import { patchOf } from './patch.js';

export const StoryImage = /* @__PURE__ */ (() =>
  z.object({
    url: HttpUrl,
    /** Text alternative, per language. */
    alt: localized(300),
    /**
     * The image at several widths, for `<img srcset>` (`URL 480w, URL 960w`).
     * The server fills it in for an image of its own (`POST /v1/images`).
     */
    srcset: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  }))();
export type StoryImage = z.infer<typeof StoryImage>;

export const StoryAuthor = /* @__PURE__ */ (() =>
  z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    role: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  }))();
export type StoryAuthor = z.infer<typeof StoryAuthor>;

const storyContent = /* @__PURE__ */ (() => ({
  title: LocalizedTitle,
  summary: LocalizedSummary,
  /** Markdown, per language. */
  body: LocalizedText,
  image: z.optional(StoryImage),
  themes: Themes,
  challengeIds: z.array(RecordId).check(z.maxLength(50)),
  clusterIds: z.array(Slug).check(z.maxLength(50)),
  author: z.optional(StoryAuthor),
}))();

/** A good example, told as a story (docs/architecture.md, "Domain model"). */
export const Story = /* @__PURE__ */ (() =>
  z.object({
    id: RecordId,
    orgId: Slug,
    ...storyContent,
    /** `body` rendered from Markdown and sanitized by the server, per language. */
    bodyHtml: z.catchall(z.object({}), z.string()),
    publishedAt: Timestamp,
  }))();
export type Story = z.infer<typeof Story>;

export const StoryInput = /* @__PURE__ */ (() =>
  z.object({
    id: z.optional(RecordId),
    ...storyContent,
    themes: z._default(storyContent.themes, []),
    challengeIds: z._default(storyContent.challengeIds, []),
    clusterIds: z._default(storyContent.clusterIds, []),
    publishedAt: z.optional(Timestamp),
  }))();
export type StoryInput = z.input<typeof StoryInput>;

/**
 * A partial update of a story (PATCH): fields left out stay as they are,
 * `null` removes an optional field (`image`, `author`).
 */
export const StoryPatch = /* @__PURE__ */ (() =>
  patchOf({ ...storyContent, publishedAt: Timestamp }))();
export type StoryPatch = z.infer<typeof StoryPatch>;
