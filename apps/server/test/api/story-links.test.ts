/**
 * A story's `challengeIds` and `clusterIds` name records that exist and that
 * its owner may see: public challenges (any owner's) and its own drafts,
 * cluster organisations. Anything else is 422 at the path, on create and on a
 * PATCH, and nothing is stored.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, storyInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

async function fixtures() {
  const owner = await server.org();
  const other = await server.org();
  const cluster = await server.org({ kind: 'cluster' });
  const post = async (key: string, status: 'open' | 'draft') =>
    (await api.post('/v1/challenges', challengeInput({ status }), bearer(key))).body.id as string;
  return {
    owner,
    cluster,
    own: await post(owner.key, 'open'),
    ownDraft: await post(owner.key, 'draft'),
    othersPublic: await post(other.key, 'open'),
    othersDraft: await post(other.key, 'draft'),
  };
}

describe("a story's links", () => {
  it('take public challenges, its own drafts and cluster organisations', async () => {
    const f = await fixtures();
    const links = {
      challengeIds: [f.own, f.ownDraft, f.othersPublic],
      clusterIds: [f.cluster.id],
    };
    const res = await api.post('/v1/stories', storyInput(links), bearer(f.owner.key));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject(links);
  });

  it("refuse a challenge nobody has and another organisation's draft, naming each, on create", async () => {
    const f = await fixtures();
    const res = await api.post(
      '/v1/stories',
      storyInput({
        challengeIds: [f.own, 'no-such-challenge', f.othersDraft],
        clusterIds: ['no-such-cluster', f.owner.id, f.cluster.id],
      }),
      bearer(f.owner.key),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: 'challengeIds.1', message: 'No challenge "no-such-challenge"' },
      { path: 'challengeIds.2', message: `No challenge "${f.othersDraft}"` },
      { path: 'clusterIds.0', message: expect.stringContaining('no-such-cluster') },
      { path: 'clusterIds.1', message: expect.stringContaining(f.owner.id) },
    ]);
    // Another organisation's draft is answered exactly as a missing id.
    expect(res.body.errors[1].message).toBe(
      res.body.errors[0].message.replace('no-such-challenge', f.othersDraft),
    );
    const list = await api.get(`/v1/stories?org=${f.owner.id}`);
    expect(list.body.data).toEqual([]);
  });

  it('are checked on a PATCH that sends them', async () => {
    const f = await fixtures();
    const story = (await api.post('/v1/stories', storyInput(), bearer(f.owner.key))).body;
    const res = await api.patch(
      `/v1/stories/${story.id}`,
      { challengeIds: [f.othersDraft], clusterIds: ['gone'] },
      bearer(f.owner.key),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'challengeIds.0',
      'clusterIds.0',
    ]);
    expect((await api.get(`/v1/stories/${story.id}`)).body.challengeIds).toEqual([]);
    const ok = await api.patch(
      `/v1/stories/${story.id}`,
      { challengeIds: [f.othersPublic] },
      bearer(f.owner.key),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.challengeIds).toEqual([f.othersPublic]);
  });
});
