/**
 * `GET/PUT/DELETE /v1/organizations/{id}/sso`: an organisation's admins set
 * their OpenID Connect provider over the API, checked as the CLI checks it,
 * audited, and the client secret never comes back.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { runCommand } from '../../src/ops/commands.js';
import { getSsoConfig } from '../../src/store/sso.js';
import { signIn as signInWith } from '../helpers/sign-in.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
let clients = 0;
const newClient = () => ({ 'x-forwarded-for': `10.3.0.${++clients}` });

async function member(orgId: string, role: string) {
  const email = `${role}-${orgId}@example.org`;
  await addStaff(db, systemClock, { orgId, email, role });
  const { cookie } = await signInWith(api, db, email, newClient());
  return { cookie, origin: server.url };
}

const ISSUER = 'https://login.example.org/tenant/v2.0';
const SECRET = 'a-very-secret-value-42';

describe('the sign-in provider over the API', () => {
  it('lets an admin set, read, change and remove it, never returning the secret', async () => {
    const { id } = await server.org();
    const admin = await member(id, 'admin');
    const path = `/v1/organizations/${id}/sso`;

    const none = await api.get(path, admin);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({
      configured: false,
      issuer: null,
      clientId: null,
      clientSecretSet: false,
      redirectUri: `${server.url}/v1/session/sso/callback`,
    });
    expect(none.headers.get('cache-control')).toBe('no-store');

    // No secret stored yet, none sent: refused, naming the field.
    const noSecret = await api.call('PUT', path, { issuer: ISSUER, clientId: 'app' }, admin);
    expect(noSecret.status).toBe(422);
    expect(noSecret.body.errors).toEqual([expect.objectContaining({ path: 'clientSecret' })]);

    const set = await api.call(
      'PUT',
      path,
      { issuer: ISSUER, clientId: 'app', clientSecret: SECRET },
      admin,
    );
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      configured: true,
      issuer: ISSUER,
      clientId: 'app',
      clientSecretSet: true,
    });
    expect(set.text).not.toContain(SECRET);
    expect((await api.get(path, admin)).text).not.toContain(SECRET);

    // The client id changed without the secret: the stored secret stays.
    const changed = await api.call('PUT', path, { issuer: ISSUER, clientId: 'app-2' }, admin);
    expect(changed.status).toBe(200);
    expect(changed.body.clientId).toBe('app-2');
    expect(await getSsoConfig(db, id)).toMatchObject({ clientId: 'app-2', clientSecret: SECRET });

    // The public list of providers now names it.
    const providers = await api.get('/v1/session/sso/providers');
    expect(providers.body.data.map((p: { orgId: string }) => p.orgId)).toContain(id);

    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_kind', 'detail'])
      .where('org_id', '=', id)
      .where('entity_type', '=', 'sso')
      .orderBy('at')
      .execute();
    expect(events.map((e) => [e.action, e.actor_kind])).toEqual([
      ['create', 'staff'],
      ['update', 'staff'],
    ]);
    expect(JSON.stringify(events)).not.toContain(SECRET);

    expect((await api.delete(path, admin)).status).toBe(204);
    expect((await api.get(path, admin)).body.configured).toBe(false);
    expect(await getSsoConfig(db, id)).toBeUndefined();
    const again = await api.delete(path, admin);
    expect(again.status).toBe(404);
  });

  it('checks the issuer and the client id as the CLI does', async () => {
    const { id, key } = await server.org();
    const path = `/v1/organizations/${id}/sso`;
    for (const [body, field] of [
      [{ issuer: 'http://login.example.org', clientId: 'a', clientSecret: 's' }, 'issuer'],
      [{ issuer: 'not a url', clientId: 'a', clientSecret: 's' }, 'issuer'],
      [{ issuer: 'https://login.example.org?x=1', clientId: 'a', clientSecret: 's' }, 'issuer'],
      [{ issuer: ISSUER, clientId: '  ', clientSecret: 's' }, 'clientId'],
      [{ issuer: ISSUER, clientSecret: 's' }, 'clientId'],
    ] as const) {
      const res = await api.call('PUT', path, body, bearer(key));
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    // A local provider over http is fine (tests, development).
    const local = await api.call(
      'PUT',
      path,
      { issuer: 'http://localhost:9999/realms/x', clientId: 'a', clientSecret: 's' },
      bearer(key),
    );
    expect(local.status).toBe(200);
    // What the API set, the CLI shows.
    const shown = await runCommand(
      { store: server.store, clock: systemClock },
      { command: ['sso', 'show'], options: { org: id } },
    );
    expect(shown.join('\n')).toContain('http://localhost:9999/realms/x');
  });

  it('refuses editors, handlers, viewers, other organisations and the public', async () => {
    const { id } = await server.org();
    const path = `/v1/organizations/${id}/sso`;
    const body = { issuer: ISSUER, clientId: 'app', clientSecret: SECRET };
    for (const role of ['editor', 'handler', 'viewer']) {
      const who = await member(id, role);
      expect((await api.get(path, who)).status).toBe(403);
      expect((await api.call('PUT', path, body, who)).status).toBe(403);
      expect((await api.delete(path, who)).status).toBe(403);
    }
    const other = await server.org();
    const stranger = await member(other.id, 'admin');
    expect((await api.get(path, stranger)).status).toBe(403);
    expect((await api.call('PUT', path, body, stranger)).status).toBe(403);
    expect((await api.call('PUT', path, body, bearer(other.key))).status).toBe(403);
    expect((await api.get(path)).status).toBe(401);
    expect(await getSsoConfig(db, id)).toBeUndefined();
    // A session's write from another site is refused before anything else.
    const admin = await member(id, 'admin');
    const foreign = await api.call('PUT', path, body, {
      ...admin,
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(await getSsoConfig(db, id)).toBeUndefined();
  });
});
