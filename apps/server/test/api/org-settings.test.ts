import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { runCommand } from '../../src/ops/commands.js';
import { signIn as signInWith } from '../helpers/sign-in.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
let clients = 0;
const newClient = () => ({ 'x-forwarded-for': `10.2.0.${++clients}` });

async function member(orgId: string, role: string) {
  const email = `${role}-${orgId}@example.org`;
  await addStaff(db, systemClock, { orgId, email, role });
  const { cookie } = await signInWith(api, db, email, newClient());
  return { cookie, origin: server.url };
}

describe('organisation settings', () => {
  it('shows the admin shape to the organisation’s key and staff, and the public one to others', async () => {
    const { id, key } = await server.org({ allowedOrigins: ['https://www.city.example'] });
    const viewer = await member(id, 'viewer');
    for (const headers of [bearer(key), viewer]) {
      const res = await api.get(`/v1/organizations/${id}`, headers);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id,
        allowedOrigins: ['https://www.city.example'],
        answerDays: 10,
        retentionDays: null,
      });
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    }
    const other = await server.org();
    const stranger = await member(other.id, 'admin');
    for (const headers of [{}, bearer(other.key), stranger]) {
      const res = await api.get(`/v1/organizations/${id}`, headers);
      expect(res.status).toBe(200);
      expect(res.body.allowedOrigins).toBeUndefined();
      expect(res.body.answerDays).toBeUndefined();
    }
  });

  it('lets an admin change everything, with If-Match, and audits which fields changed', async () => {
    const { id } = await server.org({ website: 'https://city.example' });
    const admin = await member(id, 'admin');
    const before = await api.get(`/v1/organizations/${id}`, admin);
    const etag = before.headers.get('etag')!;
    const patch = {
      name: { en: 'Harbour City', sv: 'Hamnstad' },
      website: null,
      allowedOrigins: ['https://www.harbour.example', 'http://localhost:8080'],
      answerDays: 5,
      retentionDays: 365,
    };
    const res = await api.patch(`/v1/organizations/${id}`, patch, { ...admin, 'if-match': etag });
    expect(res.status).toBe(200);
    const { website: _removed, ...kept } = patch;
    expect(res.body).toMatchObject(kept);
    expect(res.body).not.toHaveProperty('website');
    const after = await api.get(`/v1/organizations/${id}`, admin);
    expect(after.body).toEqual(res.body);
    expect(after.headers.get('etag')).toBe(res.headers.get('etag'));
    // The stored columns the rest of the server reads follow.
    const row = await db
      .selectFrom('organizations')
      .select(['allowed_origins', 'answer_days', 'retention_days'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      allowed_origins: patch.allowedOrigins,
      answer_days: 5,
      retention_days: 365,
    });
    // The old version is stale now.
    const stale = await api.patch(
      `/v1/organizations/${id}`,
      { answerDays: 7 },
      { ...admin, 'if-match': etag },
    );
    expect(stale.status).toBe(412);
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('org_id', '=', id)
      .where('entity_type', '=', 'organization')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(event.actor_kind).toBe('staff');
    expect(event.detail).toEqual({ fields: Object.keys(patch) });
    // Back to the default retention.
    const reset = await api.patch(`/v1/organizations/${id}`, { retentionDays: null }, admin);
    expect(reset.body.retentionDays).toBeNull();
  });

  it('lets an editor change the profile only, and nobody else anything', async () => {
    const { id } = await server.org();
    const editor = await member(id, 'editor');
    const ok = await api.patch(
      `/v1/organizations/${id}`,
      { logoUrl: 'https://city.example/logo.png' },
      editor,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.logoUrl).toBe('https://city.example/logo.png');
    for (const patch of [{ allowedOrigins: [] }, { answerDays: 3 }, { retentionDays: 30 }]) {
      const res = await api.patch(`/v1/organizations/${id}`, patch, editor);
      expect(res.status).toBe(403);
      expect(res.body.detail).toContain(Object.keys(patch)[0]);
    }
    for (const role of ['handler', 'viewer']) {
      const res = await api.patch(
        `/v1/organizations/${id}`,
        { logoUrl: null },
        await member(id, role),
      );
      expect(res.status).toBe(403);
    }
    const other = await server.org();
    expect(
      (await api.patch(`/v1/organizations/${id}`, { logoUrl: null }, bearer(other.key))).status,
    ).toBe(403);
    expect((await api.patch(`/v1/organizations/${id}`, { logoUrl: null })).status).toBe(401);
    expect((await api.get(`/v1/organizations/${id}`, editor)).body.logoUrl).toBe(
      'https://city.example/logo.png',
    );
  });

  it('refuses origins that are not origins, and settings out of range', async () => {
    const { id, key } = await server.org();
    for (const allowedOrigins of [
      ['https://city.example/form'],
      ['city.example'],
      ['https://city.example/'],
      ['javascript:alert(1)'],
    ]) {
      const res = await api.patch(`/v1/organizations/${id}`, { allowedOrigins }, bearer(key));
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toMatch(/^allowedOrigins/);
    }
    for (const patch of [
      { answerDays: 0 },
      { answerDays: 366 },
      { answerDays: 2.5 },
      { retentionDays: 0 },
      { name: null },
    ]) {
      expect((await api.patch(`/v1/organizations/${id}`, patch, bearer(key))).status).toBe(422);
    }
    const unchanged = await api.get(`/v1/organizations/${id}`, bearer(key));
    expect(unchanged.body).toMatchObject({ allowedOrigins: [], answerDays: 10 });
  });

  it('lets an operator change the allowed origins with the CLI', async () => {
    const { id, key } = await server.org();
    const lines = await runCommand(
      { store: server.store, clock: systemClock },
      {
        command: ['orgs', 'update'],
        options: {
          _0: id,
          origins: 'https://a.example, https://b.example:8443',
          'answer-days': '15',
        },
      },
    );
    expect(lines.join('\n')).toContain('https://b.example:8443');
    const res = await api.get(`/v1/organizations/${id}`, bearer(key));
    expect(res.body).toMatchObject({
      allowedOrigins: ['https://a.example', 'https://b.example:8443'],
      answerDays: 15,
    });
    await expect(
      runCommand(
        { store: server.store, clock: systemClock },
        { command: ['orgs', 'update'], options: { _0: id, origins: 'https://a.example/path' } },
      ),
    ).rejects.toThrow(/allowedOrigins/);
  });
});
