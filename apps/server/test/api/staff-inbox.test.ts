import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { idem, submissionInput } from '../helpers/factories.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { signIn as signInWith } from '../helpers/sign-in.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
let clients = 0;

/** Signs a person in with the code the outbox holds for them; returns the cookie. */
async function signIn(email: string) {
  const from = { 'x-forwarded-for': `10.1.0.${++clients}` };
  return (await signInWith(api, db, email, from)).cookie;
}

async function orgWithSubmission() {
  const org = await server.org();
  const sent = await api.post('/v1/submissions', submissionInput(org.id), idem());
  expect(sent.status).toBe(201);
  return { ...org, submissionId: sent.body.id as string };
}

async function member(orgId: string, role: string, email = `${role}-${orgId}@example.org`) {
  await addStaff(db, systemClock, { orgId, email, role });
  return email;
}

describe('the inbox with a staff session', () => {
  it('lets a viewer read but not move a submission (403)', async () => {
    const org = await orgWithSubmission();
    const cookie = await signIn(await member(org.id, 'viewer'));
    const list = await api.get('/v1/submissions', { cookie });
    expect(list.status).toBe(200);
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([org.submissionId]);
    expect((await api.get(`/v1/submissions/${org.submissionId}`, { cookie })).status).toBe(200);
    const patch = await api.patch(
      `/v1/submissions/${org.submissionId}`,
      { status: 'in-review' },
      { cookie, origin: server.url },
    );
    expect(patch.status).toBe(403);
    expect(patch.body.detail).toContain('viewer');
    const unchanged = await api.get(`/v1/submissions/${org.submissionId}`, { cookie });
    expect(unchanged.body.status).toBe('received');
  });

  it('lets a handler move a submission, from the server’s own Origin only', async () => {
    const org = await orgWithSubmission();
    const cookie = await signIn(await member(org.id, 'handler'));
    const path = `/v1/submissions/${org.submissionId}`;
    const foreign = await api.patch(
      path,
      { status: 'in-review' },
      { cookie, origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const moved = await api.patch(path, { status: 'in-review' }, { cookie, origin: server.url });
    expect(moved.status).toBe(200);
    expect(moved.body.status).toBe('in-review');
  });

  it('shows staff of one organisation nothing of another', async () => {
    const mine = await orgWithSubmission();
    const theirs = await orgWithSubmission();
    const cookie = await signIn(await member(mine.id, 'admin'));
    const list = await api.get('/v1/submissions', { cookie });
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([mine.submissionId]);
    expect((await api.get(`/v1/submissions/${theirs.submissionId}`, { cookie })).status).toBe(404);
    const patch = await api.patch(
      `/v1/submissions/${theirs.submissionId}`,
      { status: 'in-review' },
      { cookie, origin: server.url },
    );
    expect(patch.status).toBe(404);
    // Naming the other organisation does not help.
    const named = await api.get('/v1/submissions', { cookie, 'entrypoint-org': theirs.id });
    expect(named.status).toBe(403);
  });

  it('makes a person of several organisations name one, and then works in that one', async () => {
    const a = await orgWithSubmission();
    const b = await orgWithSubmission();
    const email = `both-${a.id}@example.org`;
    await member(a.id, 'viewer', email);
    await member(b.id, 'handler', email);
    const cookie = await signIn(email);
    expect((await api.get('/v1/submissions', { cookie })).status).toBe(400);
    const inB = await api.get('/v1/submissions', { cookie, 'entrypoint-org': b.id });
    expect(inB.body.data.map((s: { id: string }) => s.id)).toEqual([b.submissionId]);
    const path = (id: string) => `/v1/submissions/${id}`;
    const headers = (org: string) => ({ cookie, origin: server.url, 'entrypoint-org': org });
    expect(
      (await api.patch(path(a.submissionId), { status: 'in-review' }, headers(a.id))).status,
    ).toBe(403);
    expect(
      (await api.patch(path(b.submissionId), { status: 'in-review' }, headers(b.id))).status,
    ).toBe(200);
  });

  it('answers 401 to an ended session and keeps API keys working as before', async () => {
    const org = await orgWithSubmission();
    const cookie = await signIn(await member(org.id, 'admin'));
    await api.delete('/v1/session', { cookie, origin: server.url });
    const ended = await api.get('/v1/submissions', { cookie });
    expect(ended.status).toBe(401);
    const byKey = await api.get('/v1/submissions', { authorization: `Bearer ${org.key}` });
    expect(byKey.body.data.map((s: { id: string }) => s.id)).toEqual([org.submissionId]);
  });
});
