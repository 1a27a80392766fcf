import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff, listStaff, removeStaff } from '../../src/services/staff.js';
import { InvalidError, NotFoundError } from '../../src/services/errors.js';

const { server } = await openTestServer();
const db = server.store.db;

const outboxTo = (to: string) =>
  db.selectFrom('outbox').selectAll().where('to_address', '=', to).execute();

describe('staff and memberships', () => {
  it('adds a person by a lower-cased address and invites them once, in the same transaction', async () => {
    const { id: orgId } = await server.org();
    const added = await addStaff(db, systemClock, {
      orgId,
      email: '  Anna.Berg@Example.ORG ',
      role: 'handler',
      name: 'Anna Berg',
    });
    expect(added).toMatchObject({ invited: true, role: 'handler', previousRole: undefined });
    expect(added.staff.email).toBe('anna.berg@example.org');
    const mails = await outboxTo('anna.berg@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.kind).toBe('staff-invite');

    // The same person again with another role: one person, no second invitation.
    const again = await addStaff(db, systemClock, {
      orgId,
      email: 'ANNA.BERG@example.org',
      role: 'admin',
    });
    expect(again).toMatchObject({ invited: false, previousRole: 'handler', role: 'admin' });
    expect(again.staff.id).toBe(added.staff.id);
    expect(again.staff.name).toBe('Anna Berg');
    expect(await outboxTo('anna.berg@example.org')).toHaveLength(1);
    expect(await listStaff(db, orgId)).toMatchObject([
      { email: 'anna.berg@example.org', role: 'admin', name: 'Anna Berg' },
    ]);
  });

  it('lets one person belong to several organisations', async () => {
    const a = await server.org();
    const b = await server.org();
    const email = `multi-${a.id}@example.org`;
    const one = await addStaff(db, systemClock, { orgId: a.id, email, role: 'viewer' });
    const two = await addStaff(db, systemClock, { orgId: b.id, email, role: 'admin' });
    expect(two.staff.id).toBe(one.staff.id);
    expect(two.invited).toBe(true);
    expect((await listStaff(db, a.id)).map((m) => m.role)).toEqual(['viewer']);
    expect((await listStaff(db, b.id)).map((m) => m.role)).toEqual(['admin']);

    await removeStaff(db, { orgId: a.id, email });
    expect(await listStaff(db, a.id)).toEqual([]);
    expect(
      await db.selectFrom('staff').where('email', '=', email).selectAll().execute(),
    ).toHaveLength(1);
    // Without any membership left the person is gone.
    await removeStaff(db, { orgId: b.id, email });
    expect(await db.selectFrom('staff').where('email', '=', email).selectAll().execute()).toEqual(
      [],
    );
  });

  it('refuses an unknown organisation, role or address, leaving no person and no mail behind', async () => {
    const email = `nobody-${Date.now()}@example.org`;
    await expect(
      addStaff(db, systemClock, { orgId: 'no-such-org', email, role: 'admin' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const { id: orgId } = await server.org();
    await expect(addStaff(db, systemClock, { orgId, email, role: 'owner' })).rejects.toBeInstanceOf(
      InvalidError,
    );
    await expect(
      addStaff(db, systemClock, { orgId, email: 'not-an-address', role: 'admin' }),
    ).rejects.toBeInstanceOf(InvalidError);
    expect(await db.selectFrom('staff').where('email', '=', email).selectAll().execute()).toEqual(
      [],
    );
    expect(await outboxTo(email)).toEqual([]);
    await expect(removeStaff(db, { orgId, email })).rejects.toBeInstanceOf(NotFoundError);
  });
});
