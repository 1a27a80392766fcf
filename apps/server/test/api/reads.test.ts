import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, storyInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

const ids = (res: { body: { data: Array<{ id: string }> } }) => res.body.data.map((x) => x.id);

describe('public reads', () => {
  it('serves /healthz', async () => {
    const res = await api.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('lists and gets organisations without their allowed origins', async () => {
    const { id } = await server.org({ kind: 'region', allowedOrigins: ['https://r.example'] });
    const one = await api.get(`/v1/organizations/${id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id, kind: 'region' });
    expect(one.body.allowedOrigins).toBeUndefined();
    const regions = await api.get('/v1/organizations?kind=region&limit=100');
    expect(ids(regions)).toContain(id);
    expect(regions.body.data.every((o: { kind: string }) => o.kind === 'region')).toBe(true);
    expect((await api.get('/v1/organizations/no-such-org')).status).toBe(404);
  });

  it('answers public GETs with CORS *, no Vary: Origin, ETag and CDN cache headers, and 304 on If-None-Match', async () => {
    const { key } = await server.org();
    const c = (await api.post('/v1/challenges', challengeInput(), bearer(key))).body;
    for (const path of [`/v1/challenges/${c.id}`, '/v1/challenges', '/v1/stories/feed.rss']) {
      const res = await api.get(path, { origin: 'https://anywhere.example' });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('vary') ?? '').not.toMatch(/origin/i);
      expect(res.headers.get('cache-control')).toBe(
        'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
      );
      const etag = res.headers.get('etag')!;
      expect(etag).toBeTruthy();
      const again = await api.get(path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    }
    const changed = await api.patch(`/v1/challenges/${c.id}`, { horizonYear: 2040 }, bearer(key));
    expect(changed.status).toBe(200);
    const first = await api.get(`/v1/challenges/${c.id}`);
    expect(first.body.horizonYear).toBe(2040);
  });

  it('tags a public list with the SHA-256 of the bytes it sends, and sends all of them', async () => {
    const { id, key } = await server.org();
    await api.post(
      '/v1/challenges',
      challengeInput({ title: { sv: 'Åar, älvar – öar ✓' } }),
      bearer(key),
    );
    const res = await fetch(`${server.url}/v1/challenges?org=${id}`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.toString('utf8')).toContain('Åar, älvar – öar ✓');
    expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    expect(res.headers.get('etag')).toBe(`W/"${hash}"`);
  });

  it('compares If-None-Match weakly, and a 304 carries only the fields that update a cache', async () => {
    const { key } = await server.org();
    const c = (await api.post('/v1/challenges', challengeInput(), bearer(key))).body;
    const path = `/v1/challenges/${c.id}`;
    // The record's own ETag (strong, so that If-Match can use it); a weak
    // If-None-Match of the same opaque tag matches it too (RFC 9110 §13.1.2).
    const etag = (await api.get(path)).headers.get('etag')!;
    const opaque = etag.replace(/^W\//, '');
    expect(opaque).toMatch(/^"[^"]+"$/);
    for (const sent of [etag, opaque, `W/${opaque}`, `"other", ${opaque}`, '*']) {
      const again = await api.get(path, { 'if-none-match': sent });
      expect(again.status, sent).toBe(304);
      expect(again.headers.get('content-type'), sent).toBeNull();
      expect(again.headers.get('etag'), sent).toBe(etag);
    }
    expect((await api.get(path, { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  it('refuses a query parameter given twice, saying how to list several', async () => {
    const a = await server.org();
    const b = await server.org();
    for (const path of ['/v1/challenges', '/v1/stories', '/v1/stories/feed.rss']) {
      const res = await api.get(`${path}?org=${a.id}&org=${b.id}`);
      expect(res.status, path).toBe(400);
      expect(res.body.errors).toEqual([
        { path: 'org', message: expect.stringContaining('comma-separated (org=a,b)') },
      ]);
    }
    expect((await api.get(`/v1/challenges?org=${a.id},${b.id}`)).status).toBe(200);
  });

  it("takes organisation ids by the SDK's slug rule (two characters at least)", async () => {
    const res = await api.get('/v1/challenges?org=a');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('org');
    expect((await api.get('/v1/challenges?org=ab')).status).toBe(200);
  });

  it('filters challenges by several orgs, status and theme, and never lists drafts', async () => {
    const a = await server.org();
    const b = await server.org();
    const c = await server.org();
    const a1 = (
      await api.post('/v1/challenges', challengeInput({ themes: ['energy'] }), bearer(a.key))
    ).body;
    const a2 = (
      await api.post(
        '/v1/challenges',
        challengeInput({ status: 'solved', themes: ['water'] }),
        bearer(a.key),
      )
    ).body;
    await api.post('/v1/challenges', challengeInput({ status: 'draft' }), bearer(a.key));
    const b1 = (
      await api.post(
        '/v1/challenges',
        challengeInput({ status: 'procurement', themes: ['water', 'health'] }),
        bearer(b.key),
      )
    ).body;
    await api.post('/v1/challenges', challengeInput(), bearer(c.key));
    expect(ids(await api.get(`/v1/challenges?org=${a.id},${b.id}`)).sort()).toEqual(
      [a1.id, a2.id, b1.id].sort(),
    );
    expect(ids(await api.get(`/v1/challenges?org=${a.id},${b.id}&theme=water`)).sort()).toEqual(
      [a2.id, b1.id].sort(),
    );
    expect(
      ids(await api.get(`/v1/challenges?org=${a.id},${b.id}&status=solved,procurement`)).sort(),
    ).toEqual([a2.id, b1.id].sort());
    expect(ids(await api.get(`/v1/challenges?org=${a.id}&status=draft`))).toEqual([]);
  });

  it('pages challenges with an opaque cursor that stays stable while new ones are inserted', async () => {
    const { id, key } = await server.org();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        (await api.post('/v1/challenges', challengeInput({ id: `${id}-c${i}` }), bearer(key))).body
          .id,
      );
    }
    const first = await api.get(`/v1/challenges?org=${id}&limit=2`);
    expect(ids(first)).toEqual([made[4], made[3]]);
    expect(typeof first.body.nextCursor).toBe('string');
    // Newer challenges arrive between pages: the next page neither repeats nor skips.
    await api.post('/v1/challenges', challengeInput({ id: `${id}-new` }), bearer(key));
    const second = await api.get(
      `/v1/challenges?org=${id}&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(ids(second)).toEqual([made[2], made[1]]);
    const third = await api.get(
      `/v1/challenges?org=${id}&limit=2&cursor=${encodeURIComponent(second.body.nextCursor)}`,
    );
    expect(ids(third)).toEqual([made[0]]);
    expect(third.body.nextCursor).toBeNull();
  });

  it('ranks clusters for a challenge by the overlap of sectors and themes', async () => {
    const { key } = await server.org();
    const tag = Math.random().toString(36).slice(2, 8);
    const clusters: string[] = [];
    for (const sectors of [
      ['food'],
      ['tourism', 'culture', 'food'],
      ['tourism', 'culture'],
      ['education'],
    ]) {
      const org = await server.org({ kind: 'cluster' });
      await api.post(
        '/v1/clusters',
        { sectors, description: { en: `Cluster ${tag}` } },
        bearer(org.key),
      );
      clusters.push(org.id);
    }
    const ch = (
      await api.post(
        '/v1/challenges',
        challengeInput({ themes: ['tourism', 'culture', 'food'] }),
        bearer(key),
      )
    ).body;
    const res = await api.get(`/v1/challenges/${ch.id}/clusters?limit=100`);
    expect(res.status).toBe(200);
    const mine = ids(res).filter((x) => clusters.includes(x));
    expect(mine).toEqual([clusters[1], clusters[2], clusters[0]]);
    expect((await api.get('/v1/challenges/nope/clusters')).status).toBe(404);
  });

  it('lists clusters by sector, country and text', async () => {
    const se = await server.org({ kind: 'cluster', country: 'SE' });
    const dk = await server.org({ kind: 'cluster', country: 'DK' });
    await api.post(
      '/v1/clusters',
      { sectors: ['maritime'], description: { en: 'Hydrogen ferries' } },
      bearer(se.key),
    );
    await api.post(
      '/v1/clusters',
      { sectors: ['maritime', 'food'], description: { da: 'Bæredygtige fiskerier' } },
      bearer(dk.key),
    );
    const maritime = ids(await api.get('/v1/clusters?sector=maritime&limit=100'));
    expect(maritime).toEqual(expect.arrayContaining([se.id, dk.id]));
    const danish = ids(await api.get('/v1/clusters?sector=maritime&country=DK&limit=100'));
    expect(danish).toContain(dk.id);
    expect(danish).not.toContain(se.id);
    expect(ids(await api.get('/v1/clusters?q=ferry'))).toContain(se.id);
    expect(ids(await api.get('/v1/clusters?q=fiskeri'))).toContain(dk.id);
  });

  it('lists stories by org and theme, newest first, and gets one', async () => {
    const { id, key } = await server.org();
    const older = (
      await api.post(
        '/v1/stories',
        storyInput({ publishedAt: '2025-01-01T00:00:00Z', themes: ['water'] }),
        bearer(key),
      )
    ).body;
    const newer = (
      await api.post(
        '/v1/stories',
        storyInput({ publishedAt: '2025-06-01T00:00:00Z', themes: ['energy'] }),
        bearer(key),
      )
    ).body;
    expect(ids(await api.get(`/v1/stories?org=${id}`))).toEqual([newer.id, older.id]);
    expect(ids(await api.get(`/v1/stories?org=${id}&theme=water`))).toEqual([older.id]);
    const one = await api.get(`/v1/stories/${older.id}`);
    expect(one.body).toMatchObject({
      id: older.id,
      orgId: id,
      publishedAt: '2025-01-01T00:00:00Z',
    });
    const page = await api.get(`/stories/${older.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1 dir="auto">How the harbour got its shore power</h1>');
  });
});
