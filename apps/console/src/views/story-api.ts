/**
 * The calls the story views make. Most go through `ctx.api.call` (JSON, the
 * SDK's error classes); a story read and changed, and an image upload (the
 * file's bytes), through `ctx.api.send`, which also answers the `ETag` for
 * `If-Match` on the next PATCH. Every call names the organisation in
 * `Entrypoint-Org`, so its own scheduled stories and draft challenges are
 * included (apps/server/src/http/staff-access.ts `viewerOrg`).
 */
import type { Challenge, Cluster, Organization, Story } from '@entrypoint/sdk';
import { ORG_HEADER } from '../api.js';
import type { ConsoleContext } from '../context.js';

export type { Story };

/** What `POST /v1/images` answers (apps/server/src/http/resources/images.ts). */
export interface UploadedImage {
  id: string;
  url: string;
  srcset: string;
  width: number;
  height: number;
  widths: number[];
}

/** The problem's field errors, when the server named fields. */
export const fieldErrors = (e: unknown): Array<{ path: string; message: string }> =>
  (e as { problem?: { errors?: Array<{ path: string; message: string }> } })?.problem?.errors ?? [];

export const statusOf = (e: unknown): number | undefined => (e as { status?: number })?.status;

const orgHeaders = (ctx: ConsoleContext) => ({ [ORG_HEADER]: ctx.membership.orgId });

export function storiesApi(ctx: ConsoleContext) {
  const org = ctx.membership.orgId;
  const headers = orgHeaders(ctx);
  return {
    /** The organisation's stories, scheduled ones too, newest first. */
    list: () =>
      ctx.api.call<{ data: Story[]; nextCursor: string | null }>('GET', 'stories', {
        query: { org, limit: 100 },
        headers,
      }),
    /** One story and its ETag. */
    async get(id: string): Promise<{ story: Story; etag: string | undefined }> {
      const { body, etag } = await ctx.api.send<Story>('GET', `stories/${encodeURIComponent(id)}`);
      return { story: body, etag };
    },
    create: (input: unknown) => ctx.api.call<Story>('POST', 'stories', { json: input, headers }),
    /** A change; with `etag`, only while the story is still that version (else StaleError). */
    async update(id: string, patch: unknown, etag: string | undefined) {
      const { body, etag: next } = await ctx.api.send<Story>(
        'PATCH',
        `stories/${encodeURIComponent(id)}`,
        { json: patch, ...(etag ? { ifMatch: etag } : {}) },
      );
      return { story: body, etag: next };
    },
    remove: (id: string) =>
      ctx.api.call<void>('DELETE', `stories/${encodeURIComponent(id)}`, { headers }),
    /** Markdown as the server renders a story's body (sanitized). */
    markdown: (markdown: string) =>
      ctx.api.call<{ html: string }>('POST', 'markdown', { json: { markdown }, headers }),
    async upload(file: Blob, alt: string): Promise<UploadedImage> {
      const { body } = await ctx.api.send<UploadedImage>('POST', 'images', {
        body: file,
        query: { alt },
      });
      return body;
    },
    organization: () =>
      ctx.api.call<Organization>('GET', `organizations/${encodeURIComponent(org)}`),
    /**
     * Challenges a story may tell about: a city's or region's own (drafts
     * too); for a cluster, every owner's published ones.
     */
    challenges: () =>
      ctx.api.call<{ data: Challenge[] }>('GET', 'challenges', {
        query: { org: ctx.orgKind === 'cluster' ? '*' : org, limit: 100 },
        headers,
      }),
    clusters: () => ctx.api.call<{ data: Cluster[] }>('GET', 'clusters', { query: { limit: 100 } }),
  };
}

export type StoriesApi = ReturnType<typeof storiesApi>;
