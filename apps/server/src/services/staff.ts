/**
 * Staff: people who work in the console, with a role in each organisation
 * (`admin` everything, staff and settings included; `editor` challenges,
 * stories, profile; `handler` the inbox; `viewer` reads). A person is one
 * lower-cased e-mail address. Adding someone to an organisation invites them
 * by e-mail through the outbox, in the same transaction. Every change is
 * audited. Through the API an organisation always keeps at least one admin;
 * an operator at the CLI may leave it without one (and add one again).
 */
import type { Kysely } from 'kysely';
import { Email } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as store from '../store/staff.js';
import { getOrganization } from '../store/organizations.js';
import { systemClock, type Clock } from './clock.js';
import { ConflictError, InvalidError, NotFoundError } from './errors.js';
import { newId } from './ids.js';
import { audited, operator, type WriteContext } from './audit.js';
import { notifyInvited } from './notify.js';

export const ROLES = ['admin', 'editor', 'handler', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

/** The address as stored and compared: trimmed and lower-cased; undefined when it is no address. */
export function normalEmail(email: string): string | undefined {
  const e = email.trim().toLowerCase();
  return e.length <= 254 && Email.safeParse(e).success ? e : undefined;
}

function checkedEmail(email: string): string {
  const e = normalEmail(email);
  if (!e)
    throw new InvalidError([
      { path: 'email', message: 'Must be an email address, like name@example.org' },
    ]);
  return e;
}

export interface AddStaffResult {
  staff: store.StaffRow;
  orgId: string;
  role: Role;
  /** The role held before; undefined when the person was not a member. */
  previousRole: string | undefined;
  invited: boolean;
}

function checkedRole(role: string): Role {
  if (!isRole(role)) {
    throw new InvalidError([{ path: 'role', message: `Must be one of ${ROLES.join(', ')}` }]);
  }
  return role;
}

/**
 * Gives a person a role in an organisation. A new member is invited by
 * e-mail (services/notify.ts) in the same transaction; `onlyNew` refuses a
 * person who is a member already (the API: a role is changed by PATCH).
 */
export async function addStaff(
  db: Kysely<Database>,
  clock: Clock,
  input: {
    orgId: string;
    email: string;
    role: string;
    name?: string | undefined;
    onlyNew?: boolean | undefined;
  },
  by: WriteContext = operator(),
): Promise<AddStaffResult> {
  // Through the API (a staff session or key) the organisation keeps an admin;
  // an operator at the CLI may leave it without one.
  const email = checkedEmail(input.email);
  const role = checkedRole(input.role);
  const name = input.name?.trim() || undefined;
  return audited(db, clock, by, async (trx) => {
    const org = await getOrganization(trx, input.orgId);
    if (!org) throw new NotFoundError(`Organization "${input.orgId}"`);
    const now = clock.now();
    if (input.onlyNew) {
      const known = await store.findStaffByEmail(trx, email);
      const member = known && (await store.membershipOf(trx, known.id, org.id));
      if (member) {
        throw new ConflictError(
          `${email} is a member of "${org.id}" already (${member}); change the role instead`,
        );
      }
    }
    const staff = await store.upsertStaff(trx, { id: newId(), email, name, now });
    if (role !== 'admin' && by.actor.kind !== 'operator') await keepAnAdmin(trx, org.id, staff.id);
    const previousRole = await store.setMembership(trx, {
      staffId: staff.id,
      orgId: org.id,
      role,
      now,
    });
    const invited = previousRole === undefined;
    if (invited) await notifyInvited(trx, clock, { orgId: org.id, email, role, by });
    return {
      result: {
        staff: { id: staff.id, email: staff.email, name: staff.name },
        orgId: org.id,
        role,
        previousRole,
        invited,
      },
      event:
        previousRole === role
          ? undefined
          : {
              orgId: org.id,
              action: invited ? 'create' : 'update',
              entityType: 'staff',
              entityId: staff.id,
              detail: invited ? { email, role } : { email, role, from: previousRole },
            },
    };
  });
}

/**
 * Refuses (409) a change that would leave the organisation without an admin:
 * `staffId` is about to stop being one. The admins' rows are locked, so two
 * admins demoting each other at once cannot both succeed.
 */
async function keepAnAdmin(trx: Kysely<Database>, orgId: string, staffId: string) {
  const admins = await store.lockAdmins(trx, orgId);
  if (admins.length === 1 && admins[0] === staffId) {
    throw new ConflictError(
      `The last admin of "${orgId}" cannot be removed or given another role; make someone else admin first`,
    );
  }
}

export interface Member {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

const member = (m: store.MemberRow): Member => ({
  id: m.id,
  email: m.email,
  name: m.name,
  role: m.role as Role,
});

export async function listStaff(db: Kysely<Database>, orgId: string) {
  if (!(await getOrganization(db, orgId))) throw new NotFoundError(`Organization "${orgId}"`);
  return store.listMembers(db, orgId);
}

/** The organisation's members as the API shows them. */
export async function listMembers(db: Kysely<Database>, orgId: string): Promise<Member[]> {
  return (await listStaff(db, orgId)).map(member);
}

/** Changes a member's role (by staff id); the last admin keeps theirs (409), except for an operator. */
export async function changeRole(
  db: Kysely<Database>,
  clock: Clock,
  input: { orgId: string; staffId: string; role: string },
  by: WriteContext,
): Promise<Member> {
  const role = checkedRole(input.role);
  return audited(db, clock, by, async (trx) => {
    const staff = await store.findStaffById(trx, input.staffId);
    const before = staff && (await store.membershipOf(trx, staff.id, input.orgId));
    if (!staff || !before)
      throw new NotFoundError(`A member "${input.staffId}" of "${input.orgId}"`);
    if (role !== 'admin' && by.actor.kind !== 'operator') {
      await keepAnAdmin(trx, input.orgId, staff.id);
    }
    await store.setMembership(trx, {
      staffId: staff.id,
      orgId: input.orgId,
      role,
      now: clock.now(),
    });
    return {
      result: { id: staff.id, email: staff.email, name: staff.name, role },
      event:
        before === role
          ? undefined
          : {
              orgId: input.orgId,
              action: 'update',
              entityType: 'staff',
              entityId: staff.id,
              detail: { email: staff.email, role, from: before },
            },
    };
  });
}

/**
 * Ends a person's membership (by address, or by staff id); a person left with
 * none is removed entirely, their sessions and linked sign-in identities with
 * them. The last admin cannot be removed (409), except by an operator (CLI).
 */
export async function removeStaff(
  db: Kysely<Database>,
  input: { orgId: string; email: string } | { orgId: string; staffId: string },
  clock: Clock = systemClock,
  by: WriteContext = operator(),
) {
  const email = 'email' in input ? checkedEmail(input.email) : undefined;
  return audited(db, clock, by, async (trx) => {
    const staff =
      email !== undefined
        ? await store.findStaffByEmail(trx, email)
        : await store.findStaffById(trx, (input as { staffId: string }).staffId);
    const what = email ?? (input as { staffId: string }).staffId;
    const role = staff && (await store.membershipOf(trx, staff.id, input.orgId));
    if (!staff || !role) throw new NotFoundError(`A member "${what}" of "${input.orgId}"`);
    if (by.actor.kind !== 'operator') await keepAnAdmin(trx, input.orgId, staff.id);
    await store.deleteMembership(trx, staff.id, input.orgId);
    await store.deleteStaffWithoutMemberships(trx, staff.id);
    return {
      result: { email: staff.email, orgId: input.orgId },
      event: {
        orgId: input.orgId,
        action: 'delete',
        entityType: 'staff',
        entityId: staff.id,
        detail: { email: staff.email, role },
      },
    };
  });
}
