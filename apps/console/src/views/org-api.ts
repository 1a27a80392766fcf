/**
 * The calls of <ep-organization> and <ep-staff>: the organisation (admin
 * shape, with the ETag that `If-Match` takes), its sign-in provider, its
 * cluster profile, logo upload and the staff. `Api.call` answers bodies only,
 * so the reads and writes that need an ETag go through `send` here, with the
 * same cookie, `Entrypoint-Org` and error classes (a 412 is `StaleError`).
 */
import {
  AuthError,
  ConflictError,
  EntrypointError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ValidationError,
  type Cluster,
  type ClusterPatch,
  type OrganizationAdmin,
  type OrganizationPatch,
  type Problem,
} from '@entrypoint/sdk';
import { type Api, ORG_HEADER, StaleError } from '../api.js';

export type Role = 'admin' | 'editor' | 'handler' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'editor', 'handler', 'viewer'];

export interface Versioned<T> {
  body: T;
  etag: string | undefined;
}

export interface SsoSettings {
  configured: boolean;
  issuer: string | null;
  clientId: string | null;
  clientSecretSet: boolean;
  redirectUri: string;
}

export interface Member {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

async function errorOf(response: Response, label: string): Promise<EntrypointError> {
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
  const details = { status, problem, retryAfter: undefined };
  if (status === 412) return new StaleError(message, details);
  if (status === 400 || status === 422) return new ValidationError(message, details);
  if (status === 401 || status === 403) return new AuthError(message, details);
  if (status === 404) return new NotFoundError(message, details);
  if (status === 409) return new ConflictError(message, details);
  if (status === 429) return new RateLimitError(message, details);
  return new EntrypointError(message, details);
}

/** One call, answering the body and the ETag; never from the browser's cache. */
export async function send<T>(
  api: Api,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  init: { json?: unknown; ifMatch?: string; body?: Blob; query?: Record<string, string> } = {},
): Promise<Versioned<T>> {
  const search = new URLSearchParams(init.query ?? {}).toString();
  const url = `${api.root}/v1/${path}${search ? `?${search}` : ''}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (api.org) headers[ORG_HEADER] = api.org;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.body) headers['content-type'] = init.body.type;
  if (init.ifMatch) headers['if-match'] = init.ifMatch;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: init.body ?? (init.json === undefined ? null : JSON.stringify(init.json)),
    });
  } catch (error) {
    throw new NetworkError(`${method} /v1/${path} failed`, error);
  }
  if (!response.ok) throw await errorOf(response, `${method} /v1/${path}`);
  const etag = response.headers.get('etag') ?? undefined;
  const body = (response.status === 204 ? undefined : await response.json()) as T;
  return { body, etag };
}

const org = (id: string) => `organizations/${encodeURIComponent(id)}`;

export const readOrganization = (api: Api, id: string) =>
  send<OrganizationAdmin>(api, 'GET', org(id));

export const patchOrganization = (
  api: Api,
  id: string,
  patch: OrganizationPatch,
  ifMatch: string | undefined,
) => send<OrganizationAdmin>(api, 'PATCH', org(id), { json: patch, ifMatch });

export const readSso = (api: Api, id: string) => send<SsoSettings>(api, 'GET', `${org(id)}/sso`);
export const putSso = (
  api: Api,
  id: string,
  input: { issuer: string; clientId: string; clientSecret?: string },
) => send<SsoSettings>(api, 'PUT', `${org(id)}/sso`, { json: input });
export const deleteSso = (api: Api, id: string) => send<void>(api, 'DELETE', `${org(id)}/sso`);

/** The cluster profile; `undefined` when the cluster has none yet. */
export async function readCluster(api: Api, id: string): Promise<Versioned<Cluster> | undefined> {
  try {
    return await send<Cluster>(api, 'GET', `clusters/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
export const patchCluster = (
  api: Api,
  id: string,
  patch: ClusterPatch,
  ifMatch: string | undefined,
) => send<Cluster>(api, 'PATCH', `clusters/${encodeURIComponent(id)}`, { json: patch, ifMatch });
export const createCluster = (api: Api, input: ClusterPatch) =>
  send<Cluster>(api, 'POST', 'clusters', { json: input });
export const listClusters = (api: Api) =>
  send<{ data: Cluster[] }>(api, 'GET', 'clusters', { query: { limit: '100' } });

/** Uploads an image (`POST /v1/images`, the bytes as the body); answers its URL. */
export const uploadImage = (api: Api, file: Blob, alt: string) =>
  send<{ id: string; url: string; srcset: string }>(api, 'POST', 'images', {
    body: file,
    query: { alt },
  });

export const listStaff = (api: Api) => send<{ data: Member[] }>(api, 'GET', 'staff');
export const inviteStaff = (api: Api, input: { email: string; name?: string; role: Role }) =>
  send<Member>(api, 'POST', 'staff', { json: input });
export const changeRole = (api: Api, id: string, role: Role) =>
  send<Member>(api, 'PATCH', `staff/${encodeURIComponent(id)}`, { json: { role } });
export const removeMember = (api: Api, id: string) =>
  send<void>(api, 'DELETE', `staff/${encodeURIComponent(id)}`);

/** The problem's words, when the server sent some. */
export const detailOf = (error: unknown): string | undefined =>
  (error as { problem?: { detail?: string } })?.problem?.detail;

/** Field errors of a 422, by path. */
export function fieldErrors(error: unknown): Map<string, string> {
  const errors = (error as { problem?: { errors?: Array<{ path: string; message: string }> } })
    ?.problem?.errors;
  return new Map((errors ?? []).map((e) => [e.path, e.message]));
}
