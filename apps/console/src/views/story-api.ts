/**
 * The calls the story views make. Most go through `ctx.api.call` (JSON, the
 * SDK's error classes); two need what `call` does not give: the `ETag` of the
 * story read (for `If-Match` on the next PATCH), and an image upload, whose
 * body is the file's bytes. Every call names the organisation in
 * `Entrypoint-Org`, so its own scheduled stories and draft challenges are
 * included (apps/server/src/http/staff-access.ts `viewerOrg`).
 */
import {
  EntrypointError,
  NetworkError,
  type Challenge,
  type Cluster,
  type Organization,
  type Story,
} from '@entrypoint/sdk';
import { ORG_HEADER, StaleError } from '../api.js';
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

async function raw(ctx: ConsoleContext, path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${ctx.api.root}/v1/${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...orgHeaders(ctx), ...init.headers },
    });
  } catch (error) {
    // The SDK's NetworkError, as call() throws: message() says "could not be reached".
    throw new NetworkError(`${init.method ?? 'GET'} /v1/${path} failed`, error);
  }
  if (response.ok) return response;
  let problem: { title: string; status: number; detail?: string; type: string } = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  try {
    const body = (await response.json()) as typeof problem;
    if (typeof body?.title === 'string') problem = body;
  } catch {
    // Not a problem document.
  }
  const details = { status: response.status, problem };
  const text = `${init.method ?? 'GET'} /v1/${path} → ${response.status} ${problem.title}`;
  throw response.status === 412
    ? new StaleError(text, details)
    : new EntrypointError(text, details);
}

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
      const response = await raw(ctx, `stories/${encodeURIComponent(id)}`, { method: 'GET' });
      return {
        story: (await response.json()) as Story,
        etag: response.headers.get('etag') ?? undefined,
      };
    },
    create: (input: unknown) => ctx.api.call<Story>('POST', 'stories', { json: input, headers }),
    /** A change; with `etag`, only while the story is still that version (else StaleError). */
    async update(id: string, patch: unknown, etag: string | undefined) {
      const response = await raw(ctx, `stories/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...(etag ? { 'if-match': etag } : {}) },
        body: JSON.stringify(patch),
      });
      return {
        story: (await response.json()) as Story,
        etag: response.headers.get('etag') ?? undefined,
      };
    },
    remove: (id: string) =>
      ctx.api.call<void>('DELETE', `stories/${encodeURIComponent(id)}`, { headers }),
    /** Markdown as the server renders a story's body (sanitized). */
    markdown: (markdown: string) =>
      ctx.api.call<{ html: string }>('POST', 'markdown', { json: { markdown }, headers }),
    async upload(file: Blob, alt: string): Promise<UploadedImage> {
      const response = await raw(ctx, `images?alt=${encodeURIComponent(alt)}`, {
        method: 'POST',
        // The type the browser guessed from the name; the server checks the bytes.
        headers: { 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      return (await response.json()) as UploadedImage;
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
