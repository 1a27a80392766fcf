/**
 * A cluster's relations name other cluster organisations that exist: on
 * create, on a PATCH that sends relations and on an import that replaces a
 * profile, anything else is 422 naming `relations.N.clusterId`.
 */
import { describe, expect, it } from 'vitest';
import { letters, openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { importContent } from '../../src/services/import.js';
import { InvalidError } from '../../src/services/errors.js';
import { systemClock } from '../../src/services/clock.js';
import type { OrganizationInput } from '@entrypoint/sdk';
import { SYSTEM } from '../../src/services/audit.js';

const { server, api } = await openTestServer();

const profile = (relations: { clusterId: string; kind: string }[]) => ({
  sectors: ['maritime'],
  description: { en: 'Ships and shore power.' },
  relations,
});

const expect422 = (
  res: { status: number; headers: Headers; body: Record<string, unknown> },
  errors: { path: string; message: unknown }[],
) => {
  expect(res.status).toBe(422);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status: 422, title: 'Invalid input', type: expect.any(String) });
  expect(res.body.errors).toEqual(errors);
};

describe('creating a cluster profile', () => {
  it('takes relations to other cluster organisations, with or without a profile of their own', async () => {
    const cluster = await server.org({ kind: 'cluster' });
    const partner = await server.org({ kind: 'cluster' });
    const network = await server.org({ kind: 'cluster' });
    await api.post('/v1/clusters', profile([]), bearer(network.key));
    const relations = [
      { clusterId: partner.id, kind: 'partner' },
      { clusterId: network.id, kind: 'member-of' },
    ];
    const res = await api.post('/v1/clusters', profile(relations), bearer(cluster.key));
    expect(res.status).toBe(201);
    expect(res.body.relations).toEqual(relations);
    expect((await api.get(`/v1/clusters/${cluster.id}`)).body.relations).toEqual(relations);
  });

  it('refuses an id no organisation has, a city, and itself, naming each, and stores nothing', async () => {
    const cluster = await server.org({ kind: 'cluster' });
    const partner = await server.org({ kind: 'cluster' });
    const city = await server.org({ kind: 'city' });
    const res = await api.post(
      '/v1/clusters',
      profile([
        { clusterId: partner.id, kind: 'partner' },
        { clusterId: 'no-such-cluster', kind: 'collaborates' },
        { clusterId: city.id, kind: 'collaborates' },
        { clusterId: cluster.id, kind: 'member-of' },
      ]),
      bearer(cluster.key),
    );
    expect422(res, [
      { path: 'relations.1.clusterId', message: expect.stringContaining('no-such-cluster') },
      { path: 'relations.2.clusterId', message: expect.stringContaining(city.id) },
      { path: 'relations.3.clusterId', message: expect.stringContaining('itself') },
    ]);
    expect((await api.get(`/v1/clusters/${cluster.id}`)).status).toBe(404);
  });
});

describe('patching a cluster profile', () => {
  it('checks relations when it sends them, and leaves the profile as it was when refused', async () => {
    const cluster = await server.org({ kind: 'cluster' });
    const partner = await server.org({ kind: 'cluster' });
    const other = await server.org({ kind: 'cluster' });
    const kept = [{ clusterId: partner.id, kind: 'partner' }];
    expect((await api.post('/v1/clusters', profile(kept), bearer(cluster.key))).status).toBe(201);

    const refused = await api.patch(
      `/v1/clusters/${cluster.id}`,
      { memberCount: 7, relations: [{ clusterId: cluster.id, kind: 'partner' }] },
      bearer(cluster.key),
    );
    expect422(refused, [{ path: 'relations.0.clusterId', message: expect.any(String) }]);
    const unchanged = (await api.get(`/v1/clusters/${cluster.id}`)).body;
    expect(unchanged.relations).toEqual(kept);
    expect(unchanged).not.toHaveProperty('memberCount');

    const unknown = await api.patch(
      `/v1/clusters/${cluster.id}`,
      {
        relations: [
          { clusterId: other.id, kind: 'collaborates' },
          { clusterId: 'gone-cluster', kind: 'partner' },
        ],
      },
      bearer(cluster.key),
    );
    expect422(unknown, [{ path: 'relations.1.clusterId', message: expect.any(String) }]);

    const moved = [{ clusterId: other.id, kind: 'collaborates' }];
    const ok = await api.patch(
      `/v1/clusters/${cluster.id}`,
      { relations: moved },
      bearer(cluster.key),
    );
    expect(ok.status).toBe(200);
    expect((await api.get(`/v1/clusters/${cluster.id}`)).body.relations).toEqual(moved);
  });
});

describe('importing cluster profiles (replace)', () => {
  const org = (id: string): OrganizationInput => ({
    id,
    kind: 'cluster',
    name: { en: id },
    country: 'SE',
    defaultLanguage: 'en',
    entryPoint: { name: 'Entry Point', email: `entry@${id}.example` },
  });

  it('lets clusters of one bundle name each other, and refuses an unknown one at its bundle path', async () => {
    const a = `imp-${letters(8)}`;
    const b = `imp-${letters(8)}`;
    await importContent(
      server.store.db,
      systemClock,
      {
        clusters: [
          { organization: org(a), profile: profile([{ clusterId: b, kind: 'partner' }]) },
          { organization: org(b), profile: profile([{ clusterId: a, kind: 'partner' }]) },
        ],
      },
      SYSTEM,
    );
    expect((await api.get(`/v1/clusters/${a}`)).body.relations).toEqual([
      { clusterId: b, kind: 'partner' },
    ]);

    const refused = importContent(
      server.store.db,
      systemClock,
      {
        clusters: [
          { organization: org(a), profile: profile([{ clusterId: b, kind: 'partner' }]) },
          {
            organization: org(b),
            profile: profile([
              { clusterId: a, kind: 'partner' },
              { clusterId: 'not-in-bundle', kind: 'collaborates' },
            ]),
          },
        ],
      },
      SYSTEM,
    );
    await expect(refused).rejects.toBeInstanceOf(InvalidError);
    await expect(refused).rejects.toMatchObject({
      errors: [{ path: 'clusters.1.profile.relations.1.clusterId', message: expect.any(String) }],
    });
    // The import is one transaction: the profile it would have replaced is unchanged.
    expect((await api.get(`/v1/clusters/${b}`)).body.relations).toEqual([
      { clusterId: a, kind: 'partner' },
    ]);
  });
});

describe('the OpenAPI document', () => {
  it('says what relations must name, on create and on PATCH', async () => {
    const { body } = await api.get('/v1/openapi.json');
    expect(body.paths['/v1/clusters'].post.description).toContain('relations[].clusterId');
    expect(body.paths['/v1/clusters/{id}'].patch.description).toContain('relations[].clusterId');
  });
});
