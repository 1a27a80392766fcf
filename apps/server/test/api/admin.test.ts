import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, storyInput, submissionInput } from '../helpers/factories.js';
import { revokeApiKey } from '../../src/services/keys.js';
import { systemClock } from '../../src/services/clock.js';
import { SYSTEM } from '../../src/services/audit.js';

const { server, api } = await openTestServer();

describe('API keys', () => {
  it('answers 401 without a key, with a wrong one and with a revoked one', async () => {
    const { key } = await server.org();
    const none = await api.post('/v1/challenges', challengeInput());
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect((await api.get('/v1/submissions', bearer('ep_not-a-key'))).status).toBe(401);
    expect((await api.get('/v1/submissions', bearer(key))).status).toBe(200);
    await revokeApiKey(server.store.db, systemClock, key, SYSTEM);
    expect((await api.get('/v1/submissions', bearer(key))).status).toBe(401);
  });
});

describe('challenges', () => {
  it('creates, updates and deletes its own, with no-store answers', async () => {
    const { id, key } = await server.org();
    const created = await api.post(
      '/v1/challenges',
      challengeInput({ status: 'draft' }),
      bearer(key),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.headers.get('location')).toBe(`/v1/challenges/${created.body.id}`);
    expect(created.body).toMatchObject({
      orgId: id,
      id: 'sustainable-public-transport',
      status: 'draft',
      publishedAt: null,
    });
    // A draft is not public, but its owner sees it.
    expect((await api.get(`/v1/challenges/${created.body.id}`)).status).toBe(404);
    expect((await api.get(`/v1/challenges/${created.body.id}`, bearer(key))).status).toBe(200);
    const published = await api.patch(
      `/v1/challenges/${created.body.id}`,
      { status: 'open' },
      bearer(key),
    );
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).toEqual(expect.any(String));
    const pub = await api.get(`/v1/challenges/${created.body.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe('open');
    expect((await api.delete(`/v1/challenges/${created.body.id}`, bearer(key))).status).toBe(204);
    expect((await api.get(`/v1/challenges/${created.body.id}`)).status).toBe(404);
  });

  it('makes unique ids from titles and refuses a taken explicit id', async () => {
    const { key } = await server.org();
    const a = await api.post(
      '/v1/challenges',
      challengeInput({ title: { sv: 'Ren luft i Ålborg' } }),
      bearer(key),
    );
    const b = await api.post(
      '/v1/challenges',
      challengeInput({ title: { sv: 'Ren luft i Ålborg' } }),
      bearer(key),
    );
    expect(a.body.id).toMatch(/^ren-luft-i-alborg/);
    expect(b.body.id).not.toBe(a.body.id);
    const taken = await api.post('/v1/challenges', challengeInput({ id: a.body.id }), bearer(key));
    expect(taken.status).toBe(409);
  });
});

describe('stories and clusters', () => {
  it('creates, updates and deletes its own stories, rendering Markdown to bodyHtml', async () => {
    const { id, key } = await server.org();
    const created = await api.post('/v1/stories', storyInput(), bearer(key));
    expect(created.status).toBe(201);
    expect(created.body.orgId).toBe(id);
    expect(created.body.bodyHtml.en).toContain('<strong>pilot</strong>');
    expect(created.body.bodyHtml.en).toContain('<h2>What happened</h2>');
    const updated = await api.patch(
      `/v1/stories/${created.body.id}`,
      { body: { en: 'Now *shorter*.' } },
      bearer(key),
    );
    expect(updated.body.bodyHtml.en).toBe('<p>Now <em>shorter</em>.</p>\n');
    expect((await api.get(`/v1/stories/${created.body.id}`)).body.bodyHtml.en).toContain(
      '<em>shorter</em>',
    );
    expect((await api.delete(`/v1/stories/${created.body.id}`, bearer(key))).status).toBe(204);
    expect((await api.get(`/v1/stories/${created.body.id}`)).status).toBe(404);
  });

  it('lets a cluster organisation create, update and delete its profile, and no one else', async () => {
    const cluster = await server.org({ kind: 'cluster', country: 'NO' });
    const city = await server.org();
    const profile = {
      sectors: ['maritime', 'energy'],
      description: { en: 'Ships and shore power.' },
      technologies: ['shore power'],
    };
    expect((await api.post('/v1/clusters', profile, bearer(city.key))).status).toBe(403);
    const created = await api.post('/v1/clusters', profile, bearer(cluster.key));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: cluster.id,
      kind: 'cluster',
      country: 'NO',
      sectors: ['maritime', 'energy'],
    });
    expect(created.body.allowedOrigins).toBeUndefined();
    expect((await api.post('/v1/clusters', profile, bearer(cluster.key))).status).toBe(409);
    const patched = await api.patch(
      `/v1/clusters/${cluster.id}`,
      { memberCount: 42 },
      bearer(cluster.key),
    );
    expect(patched.body.memberCount).toBe(42);
    expect((await api.get(`/v1/clusters/${cluster.id}`)).body.memberCount).toBe(42);
    expect((await api.delete(`/v1/clusters/${cluster.id}`, bearer(cluster.key))).status).toBe(204);
    expect((await api.get(`/v1/clusters/${cluster.id}`)).status).toBe(404);
  });
});

describe("one organisation's key against another's records", () => {
  it('answers 404 on read, update, delete and the inbox', async () => {
    const alice = await server.org();
    const bob = await server.org({ kind: 'cluster' });
    const draft = (
      await api.post('/v1/challenges', challengeInput({ status: 'draft' }), bearer(alice.key))
    ).body;
    const open = (await api.post('/v1/challenges', challengeInput(), bearer(alice.key))).body;
    const story = (await api.post('/v1/stories', storyInput(), bearer(alice.key))).body;
    const sub = (await api.post('/v1/submissions', submissionInput(alice.id), idem())).body;
    await api.post(
      '/v1/clusters',
      { sectors: ['energy'], description: { en: 'Bob' } },
      bearer(bob.key),
    );
    const mallory = await server.org({ kind: 'cluster' });
    const as = bearer(mallory.key);

    expect((await api.get(`/v1/challenges/${draft.id}`, as)).status).toBe(404);
    const list = await api.get(`/v1/challenges?org=${alice.id}`, as);
    expect(list.body.data.map((c: { id: string }) => c.id)).toEqual([open.id]);
    expect((await api.patch(`/v1/challenges/${open.id}`, { status: 'closed' }, as)).status).toBe(
      404,
    );
    expect((await api.delete(`/v1/challenges/${open.id}`, as)).status).toBe(404);
    expect((await api.patch(`/v1/stories/${story.id}`, { themes: ['water'] }, as)).status).toBe(
      404,
    );
    expect((await api.delete(`/v1/stories/${story.id}`, as)).status).toBe(404);
    expect((await api.patch(`/v1/clusters/${bob.id}`, { memberCount: 1 }, as)).status).toBe(404);
    expect((await api.delete(`/v1/clusters/${bob.id}`, as)).status).toBe(404);
    expect((await api.get(`/v1/submissions/${sub.id}`, as)).status).toBe(404);
    expect((await api.patch(`/v1/submissions/${sub.id}`, { status: 'in-review' }, as)).status).toBe(
      404,
    );
    expect((await api.get('/v1/submissions', as)).body.data).toEqual([]);

    // And nothing changed.
    expect((await api.get(`/v1/challenges/${open.id}`)).body.status).toBe('open');
    expect((await api.get(`/v1/submissions/${sub.id}`, bearer(alice.key))).body.status).toBe(
      'received',
    );
    expect((await api.get(`/v1/clusters/${bob.id}`)).status).toBe(200);
  });

  it("shows allowedOrigins to the organisation's own key only", async () => {
    const alice = await server.org({ allowedOrigins: ['https://alice.example'] });
    const bob = await server.org();
    expect((await api.get(`/v1/organizations/${alice.id}`)).body.allowedOrigins).toBeUndefined();
    expect(
      (await api.get(`/v1/organizations/${alice.id}`, bearer(bob.key))).body.allowedOrigins,
    ).toBeUndefined();
    const own = await api.get(`/v1/organizations/${alice.id}`, bearer(alice.key));
    expect(own.body.allowedOrigins).toEqual(['https://alice.example']);
    expect(own.headers.get('cache-control')).toBe('no-store');
  });
});
