/**
 * Challenges, stories and cluster profiles written by staff in the console:
 * a session of an admin or editor writes as the organisation's key does; a
 * handler or reader is refused; drafts are read only by a session that names
 * the organisation in Entrypoint-Org (never on a page that embeds the board).
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { signIn } from '../helpers/sign-in.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
let clients = 0;

async function member(orgId: string, role: string) {
  const email = `${role}-${orgId}@example.org`;
  await addStaff(db, systemClock, { orgId, email, role });
  const { cookie } = await signIn(api, db, email, { 'x-forwarded-for': `10.3.0.${++clients}` });
  return { cookie, origin: server.url };
}

describe('content written with a staff session', () => {
  it('lets an editor create, change and delete a challenge, audited as staff', async () => {
    const { id: orgId } = await server.org();
    const editor = await member(orgId, 'editor');
    const as = { ...editor, 'entrypoint-org': orgId };
    const created = await api.post('/v1/challenges', challengeInput({ status: 'draft' }), as);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.orgId).toBe(orgId);

    const got = await api.get(`/v1/challenges/${id}`, as);
    expect(got.status).toBe(200);
    const changed = await api.patch(
      `/v1/challenges/${id}`,
      { status: 'open' },
      {
        ...as,
        'if-match': got.headers.get('etag')!,
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.publishedAt).toEqual(expect.any(String));
    const stale = await api.patch(
      `/v1/challenges/${id}`,
      { status: 'closed' },
      {
        ...as,
        'if-match': got.headers.get('etag')!,
      },
    );
    expect(stale.status).toBe(412);

    const audit = await db
      .selectFrom('audit_events')
      .select(['actor_kind'])
      .where('entity_id', '=', id)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(new Set(audit.map((a) => a.actor_kind))).toEqual(new Set(['staff']));

    expect((await api.delete(`/v1/challenges/${id}`, as)).status).toBe(204);
  });

  it('refuses handlers and readers, and members of other organisations', async () => {
    const { id: orgId } = await server.org();
    for (const role of ['handler', 'viewer']) {
      const who = await member(orgId, role);
      const res = await api.post('/v1/challenges', challengeInput(), {
        ...who,
        'entrypoint-org': orgId,
      });
      expect(res.status).toBe(403);
      expect(res.body.detail).toContain(role);
    }
    const other = await server.org();
    const stranger = await member(other.id, 'admin');
    const res = await api.post('/v1/challenges', challengeInput(), {
      ...stranger,
      'entrypoint-org': orgId,
    });
    expect(res.status).toBe(403);
  });

  it('shows drafts to the organisation’s staff naming it, and to no one else', async () => {
    const { id: orgId, key } = await server.org();
    const draft = await api.post(
      '/v1/challenges',
      challengeInput({ status: 'draft' }),
      bearer(key),
    );
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    const reader = await member(orgId, 'viewer');
    const named = { ...reader, 'entrypoint-org': orgId };

    expect((await api.get(`/v1/challenges/${id}`, named)).status).toBe(200);
    const listed = await api.get(`/v1/challenges?org=${orgId}`, named);
    expect(listed.body.data.map((c: { id: string }) => c.id)).toContain(id);
    expect(listed.headers.get('cache-control')).not.toContain('public');

    // The same person on a page that embeds the board sends no Entrypoint-Org.
    expect((await api.get(`/v1/challenges/${id}`, reader)).status).toBe(404);
    const plain = await api.get(`/v1/challenges?org=${orgId}`, reader);
    expect(plain.body.data.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await api.get(`/v1/challenges/${id}`)).status).toBe(404);

    const other = await server.org();
    const stranger = await member(other.id, 'admin');
    const res = await api.get(`/v1/challenges/${id}`, { ...stranger, 'entrypoint-org': orgId });
    expect(res.status).toBe(403);
  });
});
