/**
 * Staff: people who work in the console, with a role in each organisation
 * (`admin` everything, staff and settings included; `editor` challenges,
 * stories, profile; `handler` the inbox; `viewer` reads). A person is one
 * lower-cased e-mail address. Adding someone to an organisation invites them
 * by e-mail through the outbox, in the same transaction.
 */
import type { Kysely } from 'kysely';
import { Email } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as store from '../store/staff.js';
import { getOrganization } from '../store/organizations.js';
import { enqueueMail } from '../store/outbox.js';
import type { Clock } from './clock.js';
import { InvalidError, NotFoundError } from './errors.js';
import { newId } from './ids.js';

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

export async function addStaff(
  db: Kysely<Database>,
  clock: Clock,
  input: {
    orgId: string;
    email: string;
    role: string;
    name?: string | undefined;
    publicUrl?: string | undefined;
  },
): Promise<AddStaffResult> {
  const email = checkedEmail(input.email);
  const role = input.role;
  if (!isRole(role)) {
    throw new InvalidError([{ path: 'role', message: `Must be one of ${ROLES.join(', ')}` }]);
  }
  const name = input.name?.trim() || undefined;
  return db.transaction().execute(async (trx) => {
    const org = await getOrganization(trx, input.orgId);
    if (!org) throw new NotFoundError(`Organization "${input.orgId}"`);
    const now = clock.now();
    const staff = await store.upsertStaff(trx, { id: newId(), email, name, now });
    const previousRole = await store.setMembership(trx, {
      staffId: staff.id,
      orgId: org.id,
      role,
      now,
    });
    const invited = previousRole === undefined;
    if (invited) {
      const orgName = org.name[org.defaultLanguage] ?? Object.values(org.name)[0] ?? org.id;
      await enqueueMail(trx, now, inviteMail(email, staff.name, orgName, role, input.publicUrl));
    }
    return {
      staff: { id: staff.id, email: staff.email, name: staff.name },
      orgId: org.id,
      role,
      previousRole,
      invited,
    };
  });
}

function inviteMail(
  to: string,
  name: string | null,
  orgName: string,
  role: Role,
  publicUrl: string | undefined,
) {
  const where = publicUrl ? `${publicUrl.replace(/\/+$/, '')}/console` : 'the Entrypoint console';
  const text = [
    `Hello${name ? ` ${name}` : ''},`,
    '',
    `You have been given the role "${role}" at ${orgName} in Entrypoint.`,
    `Sign in at ${where} with this e-mail address (${to}); a one-time code will be sent to you.`,
    '',
    'If you did not expect this, you can ignore this message.',
  ].join('\n');
  return { kind: 'staff-invite', to, subject: `You are invited to ${orgName} on Entrypoint`, text };
}

export async function listStaff(db: Kysely<Database>, orgId: string) {
  if (!(await getOrganization(db, orgId))) throw new NotFoundError(`Organization "${orgId}"`);
  return store.listMembers(db, orgId);
}

/** Ends a person's membership; a person left with none is removed entirely. */
export async function removeStaff(db: Kysely<Database>, input: { orgId: string; email: string }) {
  const email = checkedEmail(input.email);
  return db.transaction().execute(async (trx) => {
    const staff = await store.findStaffByEmail(trx, email);
    const removed = staff ? await store.deleteMembership(trx, staff.id, input.orgId) : false;
    if (!staff || !removed) throw new NotFoundError(`A member "${email}" of "${input.orgId}"`);
    await store.deleteStaffWithoutMemberships(trx, staff.id);
    return { email, orgId: input.orgId };
  });
}
