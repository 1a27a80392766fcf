/**
 * Door openers: a receiver accepts posts from the sites of the cluster
 * organisations on the server; `via` is stored only when the site or the key
 * proves it; a cluster sees what it opened the door to (never the text of a
 * confidential submission), with counts for its reports; a receiver sees who
 * brought it what.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer, letters } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';
import { signIn as signInWith } from '../helpers/sign-in.js';
import { createLogger } from '../../src/ops/log.js';
import { addStaff } from '../../src/services/staff.js';
import { systemClock } from '../../src/services/clock.js';

const logLines: Array<Record<string, unknown>> = [];
const log = createLogger({
  level: 'warn',
  write: (line) => logLines.push(JSON.parse(line) as Record<string, unknown>),
});
const { server, api } = await openTestServer({ trustProxy: true }, { log });
const db = server.store.db;

/** A site of its own per call: every cluster's sites count for every receiver on the server. */
const site = (name: string) => `https://${name}-${letters(6)}.example`;

/** A city, and a cluster with a site of its own (and what it would credit). */
async function cityAndCluster() {
  const citySite = site('city');
  const clusterSite = site('cluster');
  const city = await server.org({ allowedOrigins: [citySite] });
  const cluster = await server.org({ kind: 'cluster', allowedOrigins: [clusterSite] });
  return { city, cluster, citySite, clusterSite };
}

const send = (orgId: string, headers: Record<string, string>, overrides = {}) =>
  api.post('/v1/submissions', submissionInput(orgId, overrides), { ...idem(), ...headers });

async function inbox(key: string) {
  const res = await api.get('/v1/submissions?limit=100', bearer(key));
  expect(res.status).toBe(200);
  return res.body.data as Array<{ id: string; via?: string; title: string }>;
}

let clients = 0;
async function staffCookie(orgId: string, role: string) {
  const email = `${role}-${letters(6)}@${orgId}.example`;
  await addStaff(db, systemClock, { orgId, email, role });
  const from = { 'x-forwarded-for': `10.7.0.${++clients}` };
  return (await signInWith(api, db, email, from)).cookie;
}

describe('POST /v1/submissions from door openers’ sites', () => {
  it("accepts a post from a cluster's site to any receiver, and credits the cluster", async () => {
    const { city, cluster, clusterSite } = await cityAndCluster();
    const res = await send(city.id, { origin: clusterSite }, { via: cluster.id });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(clusterSite);
    const [stored] = await inbox(city.key);
    expect(stored).toMatchObject({ id: res.body.id, via: cluster.id });
    // The cluster's site may also send without naming itself: nothing is credited.
    const plain = await send(city.id, { origin: clusterSite });
    expect(plain.status).toBe(201);
    expect((await inbox(city.key)).find((s) => s.id === plain.body.id)?.via).toBeUndefined();
  });

  it("refuses a via the site cannot prove (a city's own site naming a cluster), and stores nothing", async () => {
    const { city, cluster, citySite } = await cityAndCluster();
    const res = await send(city.id, { origin: citySite }, { via: cluster.id });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('access-control-allow-origin')).toBe(citySite);
    expect(res.body).toEqual({
      type: '/docs#problem-forbidden',
      title: 'Forbidden',
      status: 403,
      detail: `The submission names "${cluster.id}" as the site it came from, but ${citySite} is not among that organisation's sites and carries none of its keys`,
      instance: '/v1/submissions',
      code: 'via-unproven',
      via: cluster.id,
    });
    expect(await inbox(city.key)).toEqual([]);
  });

  it('refuses a site that neither the receiver nor any cluster lists, and logs it', async () => {
    const { city, cluster } = await cityAndCluster();
    const unrelated = site('unrelated');
    const res = await send(city.id, { origin: unrelated }, { via: cluster.id });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe(unrelated);
    expect(res.body).toEqual({
      type: '/docs#problem-forbidden',
      title: 'Forbidden',
      status: 403,
      detail: `${unrelated} may not send submissions to "${city.id}": the site is not among its allowed origins, nor a cluster's`,
      instance: '/v1/submissions',
      code: 'origin-not-allowed',
      origin: unrelated,
      orgId: city.id,
    });
    expect(await inbox(city.key)).toEqual([]);
    const line = logLines.find((l) => l.origin === unrelated);
    expect(line).toMatchObject({
      level: 'warn',
      msg: 'submission refused',
      code: 'origin-not-allowed',
      origin: unrelated,
      orgId: city.id,
    });
    expect(typeof line?.requestId).toBe('string');
  });

  it("takes the door opener's API key as proof, and no other organisation's", async () => {
    const { city, cluster } = await cityAndCluster();
    const other = await server.org({ kind: 'cluster' });
    const withKey = await send(city.id, bearer(cluster.key), { via: cluster.id });
    expect(withKey.status).toBe(201);
    const wrongKey = await send(city.id, bearer(other.key), { via: cluster.id });
    expect(wrongKey.status).toBe(403);
    expect(wrongKey.body.code).toBe('via-unproven');
    const noProof = await send(city.id, {}, { via: cluster.id });
    expect(noProof.status).toBe(403);
    expect(noProof.body.code).toBe('via-unproven');
    const badKey = await send(city.id, bearer('not-a-key'), { via: cluster.id });
    expect(badKey.status).toBe(401);
    expect((await inbox(city.key)).map((s) => s.via)).toEqual([cluster.id]);
  });

  it("credits a via from the server's own pages, and never one with no sites of its own", async () => {
    const { city, cluster, citySite } = await cityAndCluster();
    const own = await send(city.id, { origin: server.url }, { via: cluster.id });
    expect(own.status).toBe(201);
    // An organisation that lists no sites (every site may send to it) proves nothing by a site.
    const open = await server.org({ kind: 'cluster', allowedOrigins: [] });
    const claimed = await send(city.id, { origin: citySite }, { via: open.id });
    expect(claimed.status).toBe(403);
    expect(claimed.body.code).toBe('via-unproven');
  });

  it('still answers 422 for an unknown receiver or via, before any origin check', async () => {
    const res = await send(
      'no-such-receiver',
      { origin: site('unrelated') },
      { via: 'no-such-cluster' },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['orgId', 'via']);
  });
});

describe('the cluster’s view', () => {
  /** A cluster that sent to two cities: confidential and not, in several statuses. */
  async function clusterWithDoors() {
    const { city, cluster, clusterSite } = await cityAndCluster();
    const town = await server.org({ allowedOrigins: [] });
    const from = { origin: clusterSite };
    const a = await send(city.id, from, { via: cluster.id, title: 'Open idea', kind: 'proposal' });
    const b = await send(city.id, from, {
      via: cluster.id,
      title: 'Secret idea',
      confidential: true,
    });
    const c = await send(town.id, from, { via: cluster.id, title: 'Town idea' });
    const d = await send(town.id, from, { title: 'Not credited' });
    for (const r of [a, b, c, d]) expect(r.status).toBe(201);
    const moved = await api.patch(
      `/v1/submissions/${a.body.id}`,
      { status: 'in-review' },
      bearer(city.key),
    );
    expect(moved.status).toBe(200);
    return { city, town, cluster, ids: { a: a.body.id, b: b.body.id, c: c.body.id } };
  }

  it('lists what the cluster opened the door to, newest first, never the text of a confidential one', async () => {
    const { city, town, cluster, ids } = await clusterWithDoors();
    const res = await api.get('/v1/opened-doors', bearer(cluster.key));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.nextCursor).toBeNull();
    const data = res.body.data as Array<Record<string, unknown>>;
    expect(data.map((d) => d.id)).toEqual([ids.c, ids.b, ids.a]);
    expect(data[0]).toEqual({
      id: ids.c,
      reference: expect.stringMatching(/^[A-Z]+-\d{4}-\d{4}$/),
      orgId: town.id,
      kind: 'idea',
      title: 'Town idea',
      company: { name: 'Vågkraft AB', country: 'SE' },
      status: 'received',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(data[1]).not.toHaveProperty('title');
    expect(JSON.stringify(data)).not.toContain('Secret idea');
    expect(JSON.stringify(data)).not.toContain('kim@vagkraft.example');
    expect(JSON.stringify(data)).not.toContain('archipelago');
    expect(data[2]).toMatchObject({ orgId: city.id, kind: 'proposal', status: 'in-review' });
  });

  it('filters by receiver, status and days, and pages with a cursor', async () => {
    const { city, cluster, ids } = await clusterWithDoors();
    const as = bearer(cluster.key);
    const ofCity = await api.get(`/v1/opened-doors?org=${city.id}`, as);
    expect(ofCity.body.data.map((d: { id: string }) => d.id)).toEqual([ids.b, ids.a]);
    const reviewed = await api.get('/v1/opened-doors?status=in-review', as);
    expect(reviewed.body.data.map((d: { id: string }) => d.id)).toEqual([ids.a]);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(
      (await api.get(`/v1/opened-doors?from=${today}&to=${today}`, as)).body.data,
    ).toHaveLength(3);
    expect((await api.get(`/v1/opened-doors?from=${tomorrow}`, as)).body.data).toEqual([]);
    expect((await api.get(`/v1/opened-doors?to=${yesterday}`, as)).body.data).toEqual([]);
    const first = await api.get('/v1/opened-doors?limit=2', as);
    expect(first.body.data.map((d: { id: string }) => d.id)).toEqual([ids.c, ids.b]);
    const second = await api.get(`/v1/opened-doors?limit=2&cursor=${first.body.nextCursor}`, as);
    expect(second.body.data.map((d: { id: string }) => d.id)).toEqual([ids.a]);
    expect(second.body.nextCursor).toBeNull();
    const bad = await api.get('/v1/opened-doors?from=2026-02-31&status=lost', as);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['from', 'status']);
  });

  it('counts by receiver, status and month', async () => {
    const { city, town, cluster } = await clusterWithDoors();
    const res = await api.get('/v1/opened-doors/summary', bearer(cluster.key));
    expect(res.status).toBe(200);
    const month = new Date().toISOString().slice(0, 7);
    expect(res.body).toEqual({
      byReceiver: [
        { orgId: city.id, count: 2 },
        { orgId: town.id, count: 1 },
      ],
      byStatus: [
        { status: 'received', count: 2 },
        { status: 'in-review', count: 1 },
        { status: 'in-dialogue', count: 0 },
        { status: 'forwarded', count: 0 },
        { status: 'accepted', count: 0 },
        { status: 'declined', count: 0 },
      ],
      byMonth: [{ month, count: 3 }],
    });
    const ofTown = await api.get(`/v1/opened-doors/summary?org=${town.id}`, bearer(cluster.key));
    expect(ofTown.body.byReceiver).toEqual([{ orgId: town.id, count: 1 }]);
  });

  it('leaves a forward’s copy out: it is the same door, opened once', async () => {
    const { city, cluster, ids } = await clusterWithDoors();
    // A copy as a forward makes it (the forwarding API writes the same columns).
    const copy = await send(city.id, bearer(cluster.key), { via: cluster.id, title: 'The copy' });
    await db
      .updateTable('submissions')
      .set({ forwarded_from: ids.a })
      .where('id', '=', copy.body.id)
      .execute();
    const list = await api.get('/v1/opened-doors', bearer(cluster.key));
    expect(list.body.data.map((d: { id: string }) => d.id)).not.toContain(copy.body.id);
    expect(list.body.data).toHaveLength(3);
  });

  it("is the cluster's own: a staff session in any role reads it, another organisation sees none of it", async () => {
    const { cluster, ids } = await clusterWithDoors();
    const cookie = await staffCookie(cluster.id, 'viewer');
    const res = await api.get('/v1/opened-doors', { cookie });
    expect(res.status).toBe(200);
    expect(res.body.data.map((d: { id: string }) => d.id)).toEqual([ids.c, ids.b, ids.a]);
    expect((await api.get('/v1/opened-doors/summary', { cookie })).status).toBe(200);
    const stranger = await server.org({ kind: 'cluster' });
    expect((await api.get('/v1/opened-doors', bearer(stranger.key))).body.data).toEqual([]);
    expect((await api.get('/v1/opened-doors')).status).toBe(401);
    expect((await api.get('/v1/opened-doors/summary')).status).toBe(401);
  });
});

describe('GET /v1/door-openers', () => {
  it('tells a receiver which door openers brought it what, per kind and status', async () => {
    const { city, cluster, clusterSite } = await cityAndCluster();
    const second = await server.org({ kind: 'cluster', allowedOrigins: [site('second')] });
    const from = { origin: clusterSite };
    for (const kind of ['idea', 'idea', 'question']) {
      expect((await send(city.id, from, { via: cluster.id, kind })).status).toBe(201);
    }
    expect((await send(city.id, bearer(second.key), { via: second.id })).status).toBe(201);
    expect((await send(city.id, from)).status).toBe(201);
    const res = await api.get('/v1/door-openers', bearer(city.key));
    expect(res.status).toBe(200);
    const none = { idea: 0, proposal: 0, question: 0, 'meeting-request': 0, 'testbed-request': 0 };
    const statuses = {
      received: 0,
      'in-review': 0,
      'in-dialogue': 0,
      forwarded: 0,
      accepted: 0,
      declined: 0,
    };
    expect(res.body).toEqual([
      {
        via: cluster.id,
        count: 3,
        byKind: { ...none, idea: 2, question: 1 },
        byStatus: { ...statuses, received: 3 },
      },
      {
        via: second.id,
        count: 1,
        byKind: { ...none, idea: 1 },
        byStatus: { ...statuses, received: 1 },
      },
    ]);
    const cookie = await staffCookie(city.id, 'editor');
    expect((await api.get('/v1/door-openers', { cookie })).body).toEqual(res.body);
    expect((await api.get('/v1/door-openers', bearer(cluster.key))).body).toEqual([]);
  });
});
