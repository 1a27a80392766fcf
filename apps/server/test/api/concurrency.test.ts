/**
 * Writes that arrive together, over real HTTP, on the engine under test (on
 * PostgreSQL they run on separate connections at once): a status move is
 * decided once, two PATCHes of different fields both keep their change, and
 * `If-Match` refuses a PATCH made from a version that is no longer current.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, storyInput, submissionInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

describe('a status move', () => {
  it('is decided once when accepted and declined arrive together: one 200, one 409 naming the status it reached', async () => {
    const { id: orgId, key } = await server.org();
    const auth = bearer(key);
    for (let round = 0; round < 20; round++) {
      const receipt = await api.post('/v1/submissions', submissionInput(orgId), idem());
      const path = `/v1/submissions/${receipt.body.id}`;
      expect((await api.patch(path, { status: 'in-review' }, auth)).status).toBe(200);
      const answers = await Promise.all([
        api.patch(path, { status: 'accepted' }, auth),
        api.patch(path, { status: 'declined', message: 'Not for us, sorry.' }, auth),
      ]);
      const won = answers.filter((a) => a.status === 200);
      const lost = answers.filter((a) => a.status !== 200);
      expect(won).toHaveLength(1);
      expect(lost.map((a) => a.status)).toEqual([409]);
      const final = won[0]!.body.status as string;
      expect(lost[0]!.body.detail).toContain(`from "${final}"`);
      expect((await api.get(path, auth)).body.status).toBe(final);
    }
  });
});

describe('two PATCHes of different fields at once', () => {
  it('keep both changes to a challenge', async () => {
    const { key } = await server.org();
    const auth = bearer(key);
    for (let round = 0; round < 20; round++) {
      const created = await api.post('/v1/challenges', challengeInput(), auth);
      const path = `/v1/challenges/${created.body.id}`;
      const answers = await Promise.all([
        api.patch(path, { horizonYear: 2040 + round }, auth),
        api.patch(path, { themes: ['energy', 'water'] }, auth),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const after = (await api.get(path, auth)).body;
      expect([after.horizonYear, after.themes]).toEqual([2040 + round, ['energy', 'water']]);
    }
  });

  it('keep both changes to a story', async () => {
    const { key } = await server.org();
    const auth = bearer(key);
    for (let round = 0; round < 10; round++) {
      const created = await api.post('/v1/stories', storyInput(), auth);
      const path = `/v1/stories/${created.body.id}`;
      const answers = await Promise.all([
        api.patch(path, { summary: { en: `Round ${round}` } }, auth),
        api.patch(path, { themes: ['water'] }, auth),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const after = (await api.get(path)).body;
      expect([after.summary, after.themes]).toEqual([{ en: `Round ${round}` }, ['water']]);
    }
  });

  it('keep both changes to a cluster profile', async () => {
    const cluster = await server.org({ kind: 'cluster' });
    const auth = bearer(cluster.key);
    const path = `/v1/clusters/${cluster.id}`;
    const created = await api.post(
      '/v1/clusters',
      { sectors: ['maritime'], description: { en: 'Ships.' } },
      auth,
    );
    expect(created.status).toBe(201);
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all([
        api.patch(path, { memberCount: 10 + round }, auth),
        api.patch(path, { technologies: [`tech ${round}`] }, auth),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const after = (await api.get(path)).body;
      expect([after.memberCount, after.technologies]).toEqual([10 + round, [`tech ${round}`]]);
    }
  });
});

describe('If-Match on a PATCH', () => {
  const kinds = [
    {
      what: 'a challenge',
      make: async (key: string) => {
        const created = await api.post('/v1/challenges', challengeInput(), bearer(key));
        return `/v1/challenges/${created.body.id}`;
      },
      change: (i: number) => ({ horizonYear: 2050 + i }),
    },
    {
      what: 'a story',
      make: async (key: string) => {
        const created = await api.post('/v1/stories', storyInput(), bearer(key));
        return `/v1/stories/${created.body.id}`;
      },
      change: (i: number) => ({ summary: { en: `Version ${i}` } }),
    },
    {
      what: 'a cluster profile',
      cluster: true,
      make: async (key: string, orgId: string) => {
        await api.post('/v1/clusters', { description: { en: 'Boats.' } }, bearer(key));
        return `/v1/clusters/${orgId}`;
      },
      change: (i: number) => ({ memberCount: i }),
    },
    {
      what: 'a submission',
      make: async (_key: string, orgId: string) => {
        const receipt = await api.post('/v1/submissions', submissionInput(orgId), idem());
        return `/v1/submissions/${receipt.body.id}`;
      },
      change: (i: number) => ({ status: i === 1 ? 'in-review' : 'in-dialogue' }),
    },
  ];

  it.each(kinds)(
    'takes the ETag of the GET of $what and refuses it with 412 once another change came first',
    async ({ make, change, cluster }) => {
      const { id: orgId, key } = await server.org(cluster ? { kind: 'cluster' } : {});
      const auth = bearer(key);
      const path = await make(key, orgId);
      const read = await api.get(path, auth);
      const etag = read.headers.get('etag');
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);

      const first = await api.patch(path, change(1), { ...auth, 'if-match': etag! });
      expect(first.status).toBe(200);
      // The answer names the new version, as a GET now does.
      const newTag = first.headers.get('etag');
      expect(newTag).not.toBe(etag);
      expect((await api.get(path, auth)).headers.get('etag')).toBe(newTag);

      const stale = await api.patch(path, change(2), { ...auth, 'if-match': etag! });
      expect(stale.status).toBe(412);
      expect(stale.headers.get('content-type')).toContain('application/problem+json');
      expect(stale.body).toMatchObject({ status: 412, etag: newTag });
      // Nothing of the refused change was written.
      expect((await api.get(path, auth)).headers.get('etag')).toBe(newTag);

      const fresh = await api.patch(path, change(2), { ...auth, 'if-match': newTag! });
      expect(fresh.status).toBe(200);
    },
  );

  it('lets exactly one of two PATCHes made from the same version through', async () => {
    const { key } = await server.org();
    const auth = bearer(key);
    const created = await api.post('/v1/challenges', challengeInput(), auth);
    const path = `/v1/challenges/${created.body.id}`;
    const etag = (await api.get(path, auth)).headers.get('etag')!;
    const answers = await Promise.all([
      api.patch(path, { horizonYear: 2061 }, { ...auth, 'if-match': etag }),
      api.patch(path, { horizonYear: 2062 }, { ...auth, 'if-match': etag }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
  });
});
