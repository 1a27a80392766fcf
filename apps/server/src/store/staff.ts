/** Staff (people who work in the console) and their memberships: SQL only. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface StaffRow {
  id: string;
  email: string;
  name: string | null;
}

export interface MemberRow extends StaffRow {
  role: string;
  createdAt: Date;
}

export async function findStaffByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .select(['id', 'email', 'name'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function findStaffById(
  db: Kysely<Database>,
  id: string,
): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .select(['id', 'email', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts the person unless the address is known; returns the row either way. */
export async function upsertStaff(
  db: Kysely<Database>,
  staff: { id: string; email: string; name: string | undefined; now: Date },
): Promise<StaffRow & { created: boolean }> {
  const inserted = await db
    .insertInto('staff')
    .values({ id: staff.id, email: staff.email, name: staff.name ?? null, created_at: staff.now })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning(['id', 'email', 'name'])
    .executeTakeFirst();
  if (inserted) return { ...inserted, created: true };
  if (staff.name !== undefined) {
    await db
      .updateTable('staff')
      .set({ name: staff.name })
      .where('email', '=', staff.email)
      .execute();
  }
  const row = (await findStaffByEmail(db, staff.email))!;
  return { ...row, created: false };
}

/** Sets the role; returns the role held before (undefined: a new membership). */
export async function setMembership(
  db: Kysely<Database>,
  m: { staffId: string; orgId: string; role: string; now: Date },
): Promise<string | undefined> {
  const before = await db
    .selectFrom('memberships')
    .select('role')
    .where('staff_id', '=', m.staffId)
    .where('org_id', '=', m.orgId)
    .forUpdate()
    .executeTakeFirst();
  await db
    .insertInto('memberships')
    .values({ staff_id: m.staffId, org_id: m.orgId, role: m.role, created_at: m.now })
    .onConflict((oc) => oc.columns(['staff_id', 'org_id']).doUpdateSet({ role: m.role }))
    .execute();
  return before?.role;
}

/** The person's role in the organisation, if they are a member. */
export async function membershipOf(
  db: Kysely<Database>,
  staffId: string,
  orgId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('staff_id', '=', staffId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row?.role;
}

/** The ids of the organisation's admins, their rows locked until the transaction ends. */
export async function lockAdmins(db: Kysely<Database>, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('staff_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .forUpdate()
    .execute();
  return rows.map((r) => r.staff_id);
}

export async function deleteMembership(db: Kysely<Database>, staffId: string, orgId: string) {
  const res = await db
    .deleteFrom('memberships')
    .where('staff_id', '=', staffId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Removes the person when no membership is left (their sessions go with them). */
export async function deleteStaffWithoutMemberships(db: Kysely<Database>, staffId: string) {
  await db
    .deleteFrom('staff')
    .where('id', '=', staffId)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('memberships').select('org_id').where('staff_id', '=', staffId)),
      ),
    )
    .execute();
}

export async function listMembers(db: Kysely<Database>, orgId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('staff', 'staff.id', 'memberships.staff_id')
    .select(['staff.id', 'staff.email', 'staff.name', 'memberships.role', 'memberships.created_at'])
    .where('memberships.org_id', '=', orgId)
    .orderBy('staff.email')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    createdAt: new Date(r.created_at),
  }));
}

export async function membershipsOf(
  db: Kysely<Database>,
  staffId: string,
): Promise<Array<{ orgId: string; role: string; arrivalMail: 'immediate' | 'digest' | 'off' }>> {
  const rows = await db
    .selectFrom('memberships')
    .select(['org_id', 'role', 'arrival_mail'])
    .where('staff_id', '=', staffId)
    .orderBy('org_id')
    .execute();
  return rows.map((r) => ({ orgId: r.org_id, role: r.role, arrivalMail: r.arrival_mail }));
}

export async function setArrivalMail(
  db: Kysely<Database>,
  staffId: string,
  orgId: string,
  arrivalMail: 'immediate' | 'digest' | 'off',
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ arrival_mail: arrivalMail })
    .where('staff_id', '=', staffId)
    .where('org_id', '=', orgId)
    .execute();
}
