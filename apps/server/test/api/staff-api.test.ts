import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { signIn as signInWith } from '../helpers/sign-in.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
let clients = 0;
const newClient = () => ({ 'x-forwarded-for': `10.1.0.${++clients}` });

/** An organisation with a signed-in member of each role. */
async function team() {
  const { id: orgId, key } = await server.org();
  const people: Record<string, { email: string; cookie: string; id: string }> = {};
  for (const role of ['admin', 'editor', 'handler', 'viewer']) {
    const email = `${role}-${orgId}@example.org`;
    const added = await addStaff(db, systemClock, { orgId, email, role });
    const { cookie } = await signInWith(api, db, email, newClient());
    people[role] = { email, cookie, id: added.staff.id };
  }
  const as = (role: string) => ({ cookie: people[role]!.cookie, origin: server.url });
  return { orgId, key, people, as };
}

const outboxTo = (to: string) =>
  db.selectFrom('outbox').selectAll().where('to_address', '=', to).execute();
const staffEvents = (orgId: string) =>
  db
    .selectFrom('audit_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('entity_type', '=', 'staff')
    .orderBy('id')
    .execute();

describe('the staff API', () => {
  it('lets any member list the staff, and no one from another organisation', async () => {
    const { orgId, as, key } = await team();
    const list = await api.get('/v1/staff', as('viewer'));
    expect(list.status).toBe(200);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.data.map((m: { role: string }) => m.role).sort()).toEqual([
      'admin',
      'editor',
      'handler',
      'viewer',
    ]);
    expect(list.body.data[0]).toEqual({
      id: expect.any(String),
      email: expect.stringContaining(orgId),
      name: null,
      role: expect.any(String),
    });
    expect((await api.get('/v1/staff', bearer(key))).body.data).toHaveLength(4);
    const other = await team();
    const foreign = await api.get('/v1/staff', { ...other.as('admin'), 'entrypoint-org': orgId });
    expect(foreign.status).toBe(403);
    expect((await api.get('/v1/staff')).status).toBe(401);
  });

  it('lets an admin invite: a mail is enqueued to the person, and the change is audited', async () => {
    const { orgId, as, people } = await team();
    const email = `new-${orgId}@example.org`;
    const res = await api.post(
      '/v1/staff',
      { email: email.toUpperCase(), name: 'Nea', role: 'handler' },
      as('admin'),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email, name: 'Nea', role: 'handler' });
    expect(res.headers.get('location')).toBe(`/v1/staff/${res.body.id}`);
    const mails = await outboxTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.kind).toBe('staff-invite');
    const events = await staffEvents(orgId);
    expect(events.at(-1)).toMatchObject({
      action: 'create',
      entity_id: res.body.id,
      actor_kind: 'staff',
      actor_id: people.admin!.id,
    });
    // Once a member, again is a conflict (the role is changed with PATCH), and no second mail.
    expect((await api.post('/v1/staff', { email, role: 'admin' }, as('admin'))).status).toBe(409);
    expect(await outboxTo(email)).toHaveLength(1);
  });

  it('refuses staff changes to every role but admin, and leaves nothing behind', async () => {
    const { orgId, as, people } = await team();
    for (const role of ['editor', 'handler', 'viewer']) {
      const email = `by-${role}-${orgId}@example.org`;
      expect((await api.post('/v1/staff', { email, role: 'viewer' }, as(role))).status).toBe(403);
      expect(await outboxTo(email)).toEqual([]);
      expect(
        (await api.patch(`/v1/staff/${people.viewer!.id}`, { role: 'admin' }, as(role))).status,
      ).toBe(403);
      expect((await api.delete(`/v1/staff/${people.viewer!.id}`, as(role))).status).toBe(403);
    }
  });

  it('changes a role and removes a member; the session of a removed person ends', async () => {
    const { orgId, as, people } = await team();
    const changed = await api.patch(
      `/v1/staff/${people.viewer!.id}`,
      { role: 'handler' },
      as('admin'),
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: people.viewer!.id, role: 'handler' });
    const removed = await api.delete(`/v1/staff/${people.handler!.id}`, as('admin'));
    expect(removed.status).toBe(204);
    expect((await api.get('/v1/session', { cookie: people.handler!.cookie })).status).toBe(401);
    expect((await api.delete(`/v1/staff/${people.handler!.id}`, as('admin'))).status).toBe(404);
    const actions = (await staffEvents(orgId)).slice(-2).map((e) => [e.action, e.entity_id]);
    expect(actions).toEqual([
      ['update', people.viewer!.id],
      ['delete', people.handler!.id],
    ]);
    expect(
      (await api.patch(`/v1/staff/${people.editor!.id}`, { role: 'owner' }, as('admin'))).status,
    ).toBe(422);
  });

  it('never leaves an organisation without an admin', async () => {
    const { orgId, as, people, key } = await team();
    const demote = await api.patch(
      `/v1/staff/${people.admin!.id}`,
      { role: 'viewer' },
      as('admin'),
    );
    expect(demote.status).toBe(409);
    expect((await api.delete(`/v1/staff/${people.admin!.id}`, bearer(key))).status).toBe(409);
    // With a second admin, the first may go.
    expect(
      (await api.patch(`/v1/staff/${people.editor!.id}`, { role: 'admin' }, as('admin'))).status,
    ).toBe(200);
    expect((await api.delete(`/v1/staff/${people.admin!.id}`, as('admin'))).status).toBe(204);
    const admins = (await api.get('/v1/staff', bearer(key))).body.data.filter(
      (m: { role: string }) => m.role === 'admin',
    );
    expect(admins.map((m: { id: string }) => m.id)).toEqual([people.editor!.id]);
    expect(
      (await api.patch(`/v1/staff/${people.editor!.id}`, { role: 'handler' }, bearer(key))).status,
    ).toBe(409);
    expect(orgId).toBeTruthy();
  });

  it('refuses a change made with a session from a foreign Origin, or with none', async () => {
    const { orgId, people } = await team();
    const cookie = people.admin!.cookie;
    const email = `csrf-${orgId}@example.org`;
    for (const origin of [undefined, 'https://evil.example']) {
      const headers: Record<string, string> = origin ? { cookie, origin } : { cookie };
      expect((await api.post('/v1/staff', { email, role: 'admin' }, headers)).status).toBe(403);
      expect(
        (await api.patch(`/v1/staff/${people.viewer!.id}`, { role: 'admin' }, headers)).status,
      ).toBe(403);
      expect((await api.delete(`/v1/staff/${people.viewer!.id}`, headers)).status).toBe(403);
    }
    expect(await outboxTo(email)).toEqual([]);
  });

  it('saves how arrivals reach a member by mail', async () => {
    const { orgId, as, people, key } = await team();
    const res = await api.patch(
      '/v1/session/preferences',
      { arrivalMail: 'digest' },
      as('handler'),
    );
    expect(res.status).toBe(200);
    expect(res.body.memberships.find((m: { orgId: string }) => m.orgId === orgId).arrivalMail).toBe(
      'digest',
    );
    const row = await db
      .selectFrom('memberships')
      .select('arrival_mail')
      .where('staff_id', '=', people.handler!.id)
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow();
    expect(row.arrival_mail).toBe('digest');
    expect(
      (await api.patch('/v1/session/preferences', { arrivalMail: 'weekly' }, as('handler'))).status,
    ).toBe(422);
    expect(
      (await api.patch('/v1/session/preferences', { arrivalMail: 'off' }, bearer(key))).status,
    ).toBe(401);
  });
});
