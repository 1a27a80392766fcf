/**
 * `staff add | list | remove`: who works in an organisation's console, with
 * which role. `staff add` invites the person by e-mail (through the outbox).
 * Arguments are checked where the CLI runs (`readStaffArgs` is pure), so a
 * wrong command line exits 2 also when a running server carries the command.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Clock } from '../services/clock.js';
import {
  addStaff,
  isRole,
  listStaff,
  normalEmail,
  removeStaff,
  ROLES,
  type Role,
} from '../services/staff.js';

export type StaffArgs =
  | { action: 'add'; orgId: string; email: string; role: Role; name: string | undefined }
  | { action: 'list'; orgId: string }
  | { action: 'remove'; orgId: string; email: string };

export const STAFF_USAGE = `  staff add --org ID --email ADDRESS --role ${ROLES.join('|')} [--name NAME]
                                   give a person a role in an organisation (invites them by e-mail)
  staff list --org ID              an organisation's staff and their roles
  staff remove --org ID --email ADDRESS
                                   end a person's membership`;

export function readStaffArgs(
  sub: string | undefined,
  options: Record<string, string | undefined>,
  usageError: (message: string) => Error,
): StaffArgs {
  if (sub !== 'add' && sub !== 'list' && sub !== 'remove') {
    throw usageError('staff needs add, list or remove');
  }
  if (options._0 !== undefined) throw usageError(`staff ${sub} takes no positional arguments`);
  const orgId = options.org;
  if (!orgId) throw usageError(`staff ${sub} needs --org ID`);
  if (sub === 'list') return { action: 'list', orgId };
  const email = options.email ? normalEmail(options.email) : undefined;
  if (!options.email) throw usageError(`staff ${sub} needs --email ADDRESS`);
  if (!email) throw usageError(`"${options.email}" is not an e-mail address`);
  if (sub === 'remove') return { action: 'remove', orgId, email };
  const role = options.role;
  if (!role) throw usageError(`staff add needs --role ${ROLES.join('|')}`);
  if (!isRole(role)) throw usageError(`Unknown role "${role}"; use ${ROLES.join(', ')}`);
  return { action: 'add', orgId, email, role, name: options.name };
}

export async function runStaff(
  db: Kysely<Database>,
  clock: Clock,
  args: StaffArgs,
): Promise<string[]> {
  if (args.action === 'list') {
    const members = await listStaff(db, args.orgId);
    return members.map((m) => `${m.email}\t${m.role}\t${m.name ?? ''}`);
  }
  if (args.action === 'remove') {
    await removeStaff(db, args, clock);
    return [`Removed ${args.email} from ${args.orgId}`];
  }
  const added = await addStaff(db, clock, args);
  if (added.invited)
    return [
      `Added ${added.staff.email} to ${added.orgId} as ${added.role}; an invitation is on its way`,
    ];
  if (added.previousRole === added.role)
    return [`${added.staff.email} is already ${added.role} at ${added.orgId}`];
  return [
    `Changed ${added.staff.email} at ${added.orgId} from ${added.previousRole} to ${added.role}`,
  ];
}
