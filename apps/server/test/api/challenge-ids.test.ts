/**
 * Challenge ids are unique among what an organisation can see: published
 * challenges (everyone's) and its own. Another organisation's draft is
 * invisible, so its id is free: taking it answers as for any free id, and
 * never reveals that the draft exists.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, storyInput, submissionInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

const slug = () => `ch-${Math.random().toString(36).slice(2, 10)}`;

describe("another organisation's draft id", () => {
  it('is free: creating a challenge with it answers 201, as for an id nobody has', async () => {
    const owner = await server.org();
    const other = await server.org();
    const id = slug();
    const draft = await api.post(
      '/v1/challenges',
      challengeInput({ id, status: 'draft', title: { en: 'Secret plans' } }),
      bearer(owner.key),
    );
    expect(draft.status).toBe(201);

    const mine = await api.post(
      '/v1/challenges',
      challengeInput({ id, title: { en: 'Open plans' } }),
      bearer(other.key),
    );
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ id, orgId: other.id });

    // Each organisation sees its own; the public sees the published one.
    expect((await api.get(`/v1/challenges/${id}`)).body.orgId).toBe(other.id);
    expect((await api.get(`/v1/challenges/${id}`, bearer(other.key))).body.orgId).toBe(other.id);
    const ownView = await api.get(`/v1/challenges/${id}`, bearer(owner.key));
    expect(ownView.body).toMatchObject({ orgId: owner.id, status: 'draft' });

    // Writes touch only the writer's own record.
    const patched = await api.patch(
      `/v1/challenges/${id}`,
      { summary: { en: 'Changed' } },
      bearer(other.key),
    );
    expect(patched.body.orgId).toBe(other.id);
    expect((await api.get(`/v1/challenges/${id}`, bearer(owner.key))).body.summary).toEqual(
      challengeInput().summary,
    );
    expect((await api.get(`/v1/challenges?org=${owner.id}`, bearer(owner.key))).body.data).toEqual([
      expect.objectContaining({ id, orgId: owner.id, status: 'draft' }),
    ]);
    const submitted = await api.post(
      '/v1/submissions',
      submissionInput(other.id, { challengeId: id }),
      idem(),
    );
    expect(submitted.status).toBe(201);
    const toDraft = await api.post(
      '/v1/submissions',
      submissionInput(owner.id, { challengeId: id }),
      idem(),
    );
    expect(toDraft.status).toBe(422);
    expect((await api.delete(`/v1/challenges/${id}`, bearer(other.key))).status).toBe(204);
    expect((await api.get(`/v1/challenges/${id}`, bearer(owner.key))).status).toBe(200);
    expect((await api.get(`/v1/challenges/${id}`)).status).toBe(404);
  });

  it('does not make an id made from the title any different', async () => {
    const owner = await server.org();
    const other = await server.org();
    const title = `Harbour ${slug()}`;
    const draft = await api.post(
      '/v1/challenges',
      challengeInput({ status: 'draft', title: { en: title } }),
      bearer(owner.key),
    );
    const mine = await api.post(
      '/v1/challenges',
      challengeInput({ title: { en: title } }),
      bearer(other.key),
    );
    expect(mine.status).toBe(201);
    expect(mine.body.id).toBe(draft.body.id); // not "…-2", which would tell
  });

  it('lets a story of either organisation link the challenge it can see', async () => {
    const owner = await server.org();
    const other = await server.org();
    const id = slug();
    await api.post('/v1/challenges', challengeInput({ id, status: 'draft' }), bearer(owner.key));
    await api.post('/v1/challenges', challengeInput({ id }), bearer(other.key));
    const story = await api.post(
      '/v1/stories',
      storyInput({ challengeIds: [id] }),
      bearer(owner.key),
    );
    expect(story.status).toBe(201);
  });
});

describe('an id the organisation can see', () => {
  it('is taken when it is its own or published by anyone: 409', async () => {
    const owner = await server.org();
    const other = await server.org();
    const own = slug();
    const published = slug();
    await api.post(
      '/v1/challenges',
      challengeInput({ id: own, status: 'draft' }),
      bearer(owner.key),
    );
    await api.post('/v1/challenges', challengeInput({ id: published }), bearer(other.key));
    expect(
      (await api.post('/v1/challenges', challengeInput({ id: own }), bearer(owner.key))).status,
    ).toBe(409);
    for (const status of ['open', 'draft'] as const) {
      const res = await api.post(
        '/v1/challenges',
        challengeInput({ id: published, status }),
        bearer(owner.key),
      );
      expect(res.status).toBe(409);
    }
  });

  it('stops a draft from being published under an id someone published meanwhile: 409', async () => {
    const owner = await server.org();
    const other = await server.org();
    const id = slug();
    await api.post('/v1/challenges', challengeInput({ id, status: 'draft' }), bearer(owner.key));
    await api.post('/v1/challenges', challengeInput({ id }), bearer(other.key));
    const publish = await api.patch(`/v1/challenges/${id}`, { status: 'open' }, bearer(owner.key));
    expect(publish.status).toBe(409);
    expect(publish.body.detail).toContain(id);
    const still = await api.get(`/v1/challenges/${id}`, bearer(owner.key));
    expect(still.body).toMatchObject({ orgId: owner.id, status: 'draft' });
  });
});
