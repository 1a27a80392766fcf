/**
 * The console's way to the API: @entrypoint/sdk's light client over the
 * session cookie (same origin), with `Entrypoint-Org` on every request when the
 * person has several memberships. The inbox calls the SDK does not have yet
 * (session, counts, timeline, notes, …) go through `call`, which throws the
 * SDK's own error classes, so the views handle every error one way.
 */
import {
  AuthError,
  ConflictError,
  createLiteClient,
  EntrypointError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ValidationError,
  type Submission,
  type SubmissionExportParams,
  type SubmissionFilterParams,
  type SubmissionListParams,
  type EntrypointClient,
  type Problem,
} from '@entrypoint/sdk';

export const ORG_HEADER = 'Entrypoint-Org';
export type {
  DoorOpener,
  OpenedDoor,
  OpenedDoorsSummary,
  StaffMember,
  SubmissionCounts as Counts,
  TimelineEvent,
} from '@entrypoint/sdk';
import type { DoorOpener, OpenedDoor, OpenedDoorsSummary } from '@entrypoint/sdk';

export interface Membership {
  orgId: string;
  role: 'admin' | 'editor' | 'handler' | 'viewer';
  /** How the person hears of arrivals for this organisation. */
  arrivalMail?: 'immediate' | 'digest' | 'off';
}
export interface Session {
  staff: { id: string; email: string; name: string | null };
  memberships: Membership[];
  expiresAt: string;
}

/** A body and the ETag of the version it is (for If-Match). */
export interface Versioned<T> {
  body: T;
  etag: string | undefined;
}

/** A 412 problem: who changed the record first. */
export class StaleError extends EntrypointError {
  override name = 'StaleError';
}

type Query = Record<string, string | number | undefined>;

export class Api {
  /** The organisation acted for (sent as Entrypoint-Org); unset with one membership. */
  org: string | undefined;
  client: EntrypointClient;
  /** The inbox's first page, asked for while the page still starts (see main.ts). */
  private early:
    { key: string; page: ReturnType<EntrypointClient['submissions']['list']> } | undefined;
  /** The ETag of each submission as last read, for If-Match. */
  readonly etags = new Map<string, string>();

  constructor(readonly root = location.origin) {
    this.client = this.makeClient();
  }

  setOrg(org: string | undefined) {
    this.org = org;
    this.etags.clear();
    this.client = this.makeClient();
  }

  private headers(): Record<string, string> {
    return this.org ? { [ORG_HEADER]: this.org } : {};
  }

  private makeClient(): EntrypointClient {
    return createLiteClient({
      baseUrl: this.root,
      headers: this.headers(),
      retry: 1,
      fetch: (input, init) => this.fetch(input, init),
    });
  }

  /** fetch with the cookie, keeping each submission's ETag. */
  private async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const response = await fetch(input, { ...init, credentials: 'same-origin' });
    const etag = response.headers.get('etag');
    const m = /\/v1\/submissions\/([^/?]+)$/.exec(
      input instanceof Request ? input.url : input.toString(),
    );
    if (etag && m && response.ok) this.etags.set(decodeURIComponent(m[1]!), etag);
    return response;
  }

  /** Any other call: JSON in, JSON (or text) out, errors as the SDK's classes. */
  async call<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    init: { query?: Query; json?: unknown; headers?: Record<string, string>; blob?: boolean } = {},
  ): Promise<T> {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(init.query ?? {}))
      if (v !== undefined && v !== '') query.set(k, String(v));
    const search = query.toString();
    const url = `${this.root}/v1/${path}${search ? `?${search}` : ''}`;
    let response: Response;
    try {
      response = await this.fetch(url, {
        method,
        headers: {
          accept: init.blob ? 'text/csv, application/problem+json' : 'application/json',
          ...this.headers(),
          ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
        body: init.json === undefined ? null : JSON.stringify(init.json),
      });
    } catch (error) {
      throw new NetworkError(`${method} /v1/${path} failed`, error);
    }
    if (response.ok) {
      if (response.status === 204) return undefined as T;
      return (init.blob ? await response.blob() : await response.json()) as T;
    }
    throw await toError(response, `${method} /v1/${path}`);
  }

  /**
   * One call that also answers the ETag (for `If-Match` on the next change),
   * never from the browser's cache; the body is JSON or a file's bytes. A 412
   * (changed by someone else since `ifMatch`) is a StaleError.
   */
  async send<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    init: { json?: unknown; body?: Blob; ifMatch?: string; query?: Query } = {},
  ): Promise<Versioned<T>> {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(init.query ?? {}))
      if (v !== undefined && v !== '') query.set(k, String(v));
    const search = query.toString();
    const headers: Record<string, string> = { accept: 'application/json', ...this.headers() };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    // The type the browser guessed from a file's name; the server checks the bytes.
    if (init.body) headers['content-type'] = init.body.type || 'application/octet-stream';
    if (init.ifMatch) headers['if-match'] = init.ifMatch;
    let response: Response;
    try {
      response = await fetch(`${this.root}/v1/${path}${search ? `?${search}` : ''}`, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        body: init.body ?? (init.json === undefined ? null : JSON.stringify(init.json)),
      });
    } catch (error) {
      throw new NetworkError(`${method} /v1/${path} failed`, error);
    }
    if (!response.ok) throw await toError(response, `${method} /v1/${path}`);
    const etag = response.headers.get('etag') ?? undefined;
    const body = (response.status === 204 ? undefined : await response.json()) as T;
    return { body, etag };
  }

  session = () => this.call<Session>('GET', 'session');
  requestCode = (email: string) => this.call<unknown>('POST', 'session/code', { json: { email } });
  signIn = (email: string, code: string) =>
    this.call<Session>('POST', 'session', { json: { email, code } });
  signOut = () => this.call<void>('DELETE', 'session');
  signOutEverywhere = () => this.call<void>('DELETE', 'sessions');
  ssoProviders = () =>
    this.call<{ data: Array<{ orgId: string; name: string }> }>('GET', 'session/sso/providers');
  setPreferences = (arrivalMail: string) =>
    this.call<unknown>('PATCH', 'session/preferences', { json: { arrivalMail } });

  counts = (params: SubmissionFilterParams) => this.client.submissions.counts(params);
  list = (params: SubmissionListParams) => this.client.submissions.list(params);
  /** Asks for a first page now, to be taken by the inbox under the same key. */
  prefetch(key: string, params: SubmissionListParams) {
    const page = this.list(params);
    page.catch(() => undefined);
    this.early = { key, page };
  }
  /** The page asked for early under this key, once; else a fresh call. */
  firstPage(key: string, params: SubmissionListParams) {
    const early = this.early;
    this.early = undefined;
    return early?.key === key ? early.page : this.list(params);
  }
  get = (id: string) => this.client.submissions.get(id);
  timeline = (id: string) => this.client.submissions.timeline(id);
  staff = () => this.client.staff.list();
  /** The CSV as a file, with the byte-order mark spreadsheet programs need for å, ä, ö. */
  exportBlob = async (params: SubmissionExportParams) => {
    const csv = await this.client.submissions.exportCsv(params);
    return new Blob([csv.startsWith('\ufeff') ? '' : '\ufeff', csv], {
      type: 'text/csv;charset=utf-8',
    });
  };
  tags = () => this.call<{ data: Array<{ tag: string }> }>('GET', 'tags');
  /** What this organisation opened the door to (credited as `via`), newest first. */
  openedDoors = () =>
    this.call<{ data: OpenedDoor[]; nextCursor: string | null }>('GET', 'opened-doors', {
      query: { limit: 100 },
    });
  openedDoorsSummary = () => this.call<OpenedDoorsSummary>('GET', 'opened-doors/summary');
  /** Who brought this organisation submissions. */
  doorOpeners = () => this.call<DoorOpener[]>('GET', 'door-openers');
  organizations = () =>
    this.call<{ data: Array<{ id: string; name: Record<string, string> | string; kind: string }> }>(
      'GET',
      'organizations',
      { query: { limit: 100 } },
    );

  /** A PATCH of a submission, conditioned on the version last read. */
  patch = (id: string, body: Record<string, unknown>) => {
    const etag = this.etags.get(id);
    return this.call<Submission>('PATCH', `submissions/${encodeURIComponent(id)}`, {
      json: body,
      headers: etag ? { 'if-match': etag } : {},
    });
  };
  note = (id: string, body: string) =>
    this.call<unknown>('POST', `submissions/${encodeURIComponent(id)}/notes`, { json: { body } });
  message = (id: string, body: string) =>
    this.call<unknown>('POST', `submissions/${encodeURIComponent(id)}/messages`, {
      json: { body },
    });
  forward = (id: string, body: { staffId: string } | { orgId: string; message?: string }) =>
    this.call<unknown>('POST', `submissions/${encodeURIComponent(id)}/forward`, { json: body });
  bulk = (body: {
    ids: string[];
    assigneeId?: string | null;
    status?: string;
    addTags?: string[];
  }) =>
    this.call<{ results: Array<{ id: string; ok: boolean; status?: number; detail?: string }> }>(
      'POST',
      'submissions/bulk',
      { json: body },
    );
}

async function toError(response: Response, label: string): Promise<EntrypointError> {
  let problem: Problem | undefined;
  try {
    const body = (await response.json()) as Problem;
    if (typeof body?.title === 'string') problem = body;
  } catch {
    // Not a problem document.
  }
  const { status } = response;
  problem ??= { type: 'about:blank', title: response.statusText || `HTTP ${status}`, status };
  const message = `${label} → ${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`;
  const details = {
    status,
    problem,
    retryAfter: Number(response.headers.get('retry-after')) || undefined,
  };
  if (status === 412) return new StaleError(message, details);
  if (status === 400 || status === 422) return new ValidationError(message, details);
  if (status === 401 || status === 403) return new AuthError(message, details);
  if (status === 404) return new NotFoundError(message, details);
  if (status === 409) return new ConflictError(message, details);
  if (status === 429) return new RateLimitError(message, details);
  return new EntrypointError(message, details);
}

/** Retry-After of a 429, in seconds, when the error carries it. */
export const retryAfterOf = (error: unknown): number | undefined => {
  const details = error as { retryAfter?: number } | undefined;
  return details?.retryAfter;
};
