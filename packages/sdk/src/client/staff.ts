import type { List } from '../schemas/common.js';
import type { StaffInvite, StaffMember, StaffRole } from '../schemas/staff.js';
import type { PageParams } from './pagination.js';
import { resource } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

/**
 * `client.staff`: an organisation's staff and their roles, with a staff
 * session or the organisation's key. A session of a person in several
 * organisations names one with the client's `headers: { 'Entrypoint-Org': id }`.
 */
export interface StaffResource {
  /** `GET /v1/staff`: every member of the organisation (any member may read it; one page). */
  list(params?: PageParams, opts?: RequestOptions): Promise<List<StaffMember>>;
  /** `POST /v1/staff` (admin): gives a person a role and invites them by e-mail. Not retried. */
  create(input: StaffInvite, opts?: RequestOptions): Promise<StaffMember>;
  /** `PATCH /v1/staff/{id}` (admin): another role. The last admin keeps theirs ({@link ConflictError}). */
  update(id: string, patch: { role: StaffRole }, opts?: RequestOptions): Promise<StaffMember>;
  /** `DELETE /v1/staff/{id}` (admin): ends the membership. The last admin stays ({@link ConflictError}). */
  delete(id: string, opts?: RequestOptions): Promise<void>;
}

export function staffResource(send: Transport): StaffResource {
  const r = resource<'staffMember', PageParams, StaffInvite, { role: StaffRole }>(
    send,
    'staff',
    'staffMember',
  );
  return { list: r.list, create: r.create, update: r.update, delete: r.delete };
}
