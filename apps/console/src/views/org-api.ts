/**
 * The calls of <ep-organization> and <ep-staff>: the organisation (admin
 * shape, with the ETag that `If-Match` takes), its sign-in provider, its
 * cluster profile, logo upload and the staff, through `Api.send`, which also
 * answers the ETag that `If-Match` takes (a 412 is `StaleError`).
 */
import {
  NotFoundError,
  type Cluster,
  type ClusterPatch,
  type OrganizationAdmin,
  type OrganizationPatch,
} from '@entrypoint/sdk';
import type { Api, Versioned } from '../api.js';

export type Role = 'admin' | 'editor' | 'handler' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'editor', 'handler', 'viewer'];

export type { Versioned };

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

/** One call, answering the body and the ETag (Api.send). */
export const send = <T>(api: Api, ...args: Parameters<Api['send']>) => api.send<T>(...args);

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
