import type { List } from '../schemas/common.js';
import type { StaffInvite, StaffMember, StaffRole } from '../schemas/staff.js';
import type { CallInit, RequestOptions, Transport } from './transport.js';

/** Options of a staff call: with a session of several memberships, `org` names the organisation. */
export interface StaffRequestOptions extends RequestOptions {
  /** Sent as `Entrypoint-Org` (ignored with an API key). */
  org?: string | undefined;
}

export interface StaffResource {
  /** `GET /v1/staff`: every member of the organisation (any member may read it). */
  list(opts?: StaffRequestOptions): Promise<List<StaffMember>>;
  /** `POST /v1/staff` (admin): gives a person a role and invites them by e-mail. Not retried. */
  create(input: StaffInvite, opts?: StaffRequestOptions): Promise<StaffMember>;
  /** `PATCH /v1/staff/{id}` (admin): another role. The last admin keeps theirs ({@link ConflictError}). */
  update(id: string, patch: { role: StaffRole }, opts?: StaffRequestOptions): Promise<StaffMember>;
  /** `DELETE /v1/staff/{id}` (admin): ends the membership. The last admin stays ({@link ConflictError}). */
  delete(id: string, opts?: StaffRequestOptions): Promise<void>;
}

const org = (opts: StaffRequestOptions | undefined): CallInit =>
  opts?.org ? { headers: { 'Entrypoint-Org': opts.org } } : {};
const at = (id: string) => `staff/${encodeURIComponent(id)}`;

/** `client.staff`: an organisation's staff and their roles (a staff session or the organisation's key). */
export function staffResource(send: Transport): StaffResource {
  return {
    list: (opts) => send('GET', 'staff', 'staffMember[]', opts, org(opts)),
    create: (input, opts) =>
      send('POST', 'staff', 'staffMember', opts, { ...org(opts), json: input }),
    update: (id, patch, opts) =>
      send('PATCH', at(id), 'staffMember', opts, { ...org(opts), json: patch }),
    delete: (id, opts) => send('DELETE', at(id), undefined, opts, org(opts)),
  };
}
