/**
 * PATCH as a JSON merge patch (RFC 7396) at the top level: a field left out
 * stays, `null` removes an optional field from the stored record (and from
 * what search indexes), and a required field refuses `null` with a 422 that
 * names it.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, storyInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

/** The record as the store holds it: the keys of its stored document. */
async function storedKeys(table: 'challenges' | 'stories', id: string): Promise<string[]> {
  const row = await server.store.db
    .selectFrom(table)
    .select(sql<string>`doc::text`.as('json'))
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Object.keys(JSON.parse(row.json) as object);
}

async function storedProfileKeys(orgId: string): Promise<string[]> {
  const row = await server.store.db
    .selectFrom('clusters')
    .select(sql<string>`profile::text`.as('json'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Object.keys(JSON.parse(row.json) as object);
}

const OPTIONAL_CHALLENGE_FIELDS = {
  procurementRoute: 'market-dialogue',
  budget: { min: 100_000, max: 500_000, currency: 'SEK' },
  deadline: '2026-09-30',
  location: { name: 'Zyxhamnen', lat: 55.6, lon: 13.0 },
  region: 'SE224',
  ocid: 'ocds-213czf-000-00001',
  contact: { name: 'Åsa Lind', email: 'asa@example.org' },
} as const;

describe('PATCH a challenge', () => {
  it('removes each optional field sent as null, from the answer, the reads and the store', async () => {
    const { id: orgId, key } = await server.org();
    const created = await api.post(
      '/v1/challenges',
      challengeInput(OPTIONAL_CHALLENGE_FIELDS),
      bearer(key),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(await storedKeys('challenges', id)).toEqual(
      expect.arrayContaining(Object.keys(OPTIONAL_CHALLENGE_FIELDS)),
    );

    const cleared = Object.keys(OPTIONAL_CHALLENGE_FIELDS);
    const res = await api.patch(
      `/v1/challenges/${id}`,
      Object.fromEntries(cleared.map((k) => [k, null])),
      bearer(key),
    );
    expect(res.status).toBe(200);
    const read = await api.get(`/v1/challenges/${id}`);
    expect(read.status).toBe(200);
    const listed = await api.get(`/v1/challenges?org=${orgId}`);
    const stored = await storedKeys('challenges', id);
    for (const field of cleared) {
      // Gone, not null: a null would not match the Challenge schema a client checks with.
      expect(res.body, field).not.toHaveProperty(field);
      expect(read.body, field).not.toHaveProperty(field);
      expect(listed.body.data[0], field).not.toHaveProperty(field);
      expect(stored, field).not.toContain(field);
    }
    // The rest is as it was.
    expect(read.body).toMatchObject({ title: created.body.title, horizonYear: 2035 });
  });

  it('keeps a field that is left out, and replaces an object whole', async () => {
    const { key } = await server.org();
    const { id } = (
      await api.post('/v1/challenges', challengeInput(OPTIONAL_CHALLENGE_FIELDS), bearer(key))
    ).body;
    const res = await api.patch(
      `/v1/challenges/${id}`,
      { deadline: null, budget: { currency: 'EUR' } },
      bearer(key),
    );
    expect(res.status).toBe(200);
    const read = (await api.get(`/v1/challenges/${id}`)).body;
    expect(read).not.toHaveProperty('deadline');
    expect(read.budget).toEqual({ currency: 'EUR' });
    expect(read.location).toEqual(OPTIONAL_CHALLENGE_FIELDS.location);
    expect(read.region).toBe('SE224');
  });

  it('takes a removed location out of search as well', async () => {
    const { id: orgId, key } = await server.org();
    const { id } = (
      await api.post('/v1/challenges', challengeInput(OPTIONAL_CHALLENGE_FIELDS), bearer(key))
    ).body;
    const search = `/v1/challenges?org=${orgId}&q=Zyxhamnen`;
    expect((await api.get(search)).body.data.map((c: { id: string }) => c.id)).toEqual([id]);
    await api.patch(`/v1/challenges/${id}`, { location: null }, bearer(key));
    expect((await api.get(search)).body.data).toEqual([]);
  });

  it('refuses null for required fields with 422 naming each, and changes nothing', async () => {
    const { key } = await server.org();
    const { id } = (
      await api.post('/v1/challenges', challengeInput(OPTIONAL_CHALLENGE_FIELDS), bearer(key))
    ).body;
    const before = (await api.get(`/v1/challenges/${id}`)).body;
    const res = await api.patch(
      `/v1/challenges/${id}`,
      { title: null, horizonYear: null, status: null, themes: null, budget: null },
      bearer(key),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toEqual([
      { path: 'title', message: expect.stringContaining('cannot be removed') },
      { path: 'horizonYear', message: expect.stringContaining('cannot be removed') },
      { path: 'themes', message: expect.stringContaining('send [] to empty it') },
      { path: 'status', message: expect.stringContaining('cannot be removed') },
    ]);
    expect((await api.get(`/v1/challenges/${id}`)).body).toEqual(before);
  });
});

describe('PATCH a story', () => {
  it('removes its image and author when sent as null, and refuses null for its body', async () => {
    const { key } = await server.org();
    const created = await api.post(
      '/v1/stories',
      storyInput({
        image: { url: 'https://example.org/ferry.jpg', alt: { en: 'A ferry at the quay' } },
        author: { name: 'Kim Berg', role: 'Editor' },
      }),
      bearer(key),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(await storedKeys('stories', id)).toEqual(expect.arrayContaining(['image', 'author']));
    const feedUrl = `/v1/stories/feed.json?org=${created.body.orgId}`;
    expect((await api.get(feedUrl)).body.items[0]).toHaveProperty('image');

    const res = await api.patch(`/v1/stories/${id}`, { image: null, author: null }, bearer(key));
    expect(res.status).toBe(200);
    const read = (await api.get(`/v1/stories/${id}`)).body;
    for (const body of [res.body, read]) {
      expect(body).not.toHaveProperty('image');
      expect(body).not.toHaveProperty('author');
      expect(body.title).toEqual(created.body.title);
    }
    expect(await storedKeys('stories', id)).not.toEqual(
      expect.arrayContaining(['image', 'author']),
    );
    expect((await api.get(feedUrl)).body.items[0]).not.toHaveProperty('image');

    const refused = await api.patch(
      `/v1/stories/${id}`,
      { body: null, publishedAt: null },
      bearer(key),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'body',
      'publishedAt',
    ]);
  });
});

describe('PATCH a cluster profile', () => {
  it('removes memberCount and region when sent as null, and refuses null for description', async () => {
    const cluster = await server.org({ kind: 'cluster', country: 'NO' });
    const created = await api.post(
      '/v1/clusters',
      {
        sectors: ['maritime'],
        description: { en: 'Ships and shore power.' },
        memberCount: 42,
        region: 'NO08',
      },
      bearer(cluster.key),
    );
    expect(created.status).toBe(201);
    expect(await storedProfileKeys(cluster.id)).toEqual(
      expect.arrayContaining(['memberCount', 'region']),
    );

    const res = await api.patch(
      `/v1/clusters/${cluster.id}`,
      { memberCount: null, region: null },
      bearer(cluster.key),
    );
    expect(res.status).toBe(200);
    const read = (await api.get(`/v1/clusters/${cluster.id}`)).body;
    for (const body of [res.body, read]) {
      expect(body).not.toHaveProperty('memberCount');
      expect(body).not.toHaveProperty('region');
      expect(body.sectors).toEqual(['maritime']);
    }
    const stored = await storedProfileKeys(cluster.id);
    expect(stored).not.toContain('memberCount');
    expect(stored).not.toContain('region');

    const refused = await api.patch(
      `/v1/clusters/${cluster.id}`,
      { description: null, relations: null },
      bearer(cluster.key),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'description',
      'relations',
    ]);
  });
});

describe('the OpenAPI document', () => {
  it('says which PATCH fields may be null, and what null means', async () => {
    const { body } = await api.get('/v1/openapi.json');
    const schemas = body.components.schemas;
    const nullable = (schema: string, field: string) =>
      (schemas[schema].properties[field].anyOf ?? []).some(
        (s: { type?: string }) => s.type === 'null',
      );
    for (const [schema, fields, required] of [
      [
        'ChallengePatch',
        Object.keys(OPTIONAL_CHALLENGE_FIELDS),
        ['title', 'horizonYear', 'themes'],
      ],
      ['StoryPatch', ['image', 'author'], ['body', 'publishedAt']],
      ['ClusterPatch', ['memberCount', 'region'], ['description', 'relations']],
    ] as const) {
      for (const field of fields) expect(nullable(schema, field), `${schema}.${field}`).toBe(true);
      for (const field of required)
        expect(nullable(schema, field), `${schema}.${field}`).toBe(false);
    }
    for (const path of ['/v1/challenges/{id}', '/v1/stories/{id}', '/v1/clusters/{id}']) {
      expect(body.paths[path].patch.description).toContain('`null` removes an optional field');
    }
  });
});
