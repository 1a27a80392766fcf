/**
 * The SDK's own client against this server: every answer is checked by the
 * client with the SDK's schemas, so an off-contract answer fails here with a
 * ResponseValidationError naming the path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthError,
  ConflictError,
  NotFoundError,
  ValidationError,
  createClient,
  type EntrypointClient,
} from '@entrypoint/sdk';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { challengeInput, storyInput, submissionInput } from '../helpers/factories.js';

let server: TestServer;
let publicClient: EntrypointClient;
beforeAll(async () => {
  server = await startTestServer();
  publicClient = createClient({ baseUrl: server.url, retry: 0 });
});
afterAll(() => server.close());

describe('the SDK client against the server', () => {
  it('reads organisations, challenges, clusters and stories, and iterates pages', async () => {
    const city = await server.org();
    const cluster = await server.org({ kind: 'cluster' });
    const admin = createClient({ baseUrl: server.url, apiKey: city.key, retry: 0 });
    const clusterAdmin = createClient({ baseUrl: server.url, apiKey: cluster.key, retry: 0 });
    await clusterAdmin.clusters.create({ sectors: ['mobility'], description: { en: 'Movers' } });
    for (let i = 0; i < 3; i++)
      await admin.challenges.create(challengeInput({ id: `${city.id}-sdk-${i}` }));
    await admin.stories.create(storyInput());

    expect((await publicClient.organizations.get(city.id)).id).toBe(city.id);
    expect((await publicClient.organizations.list()).data.length).toBeGreaterThan(0);
    const page = await publicClient.challenges.list({ org: [city.id], limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const all = [];
    for await (const c of publicClient.challenges.iterate({ org: city.id, limit: 2 }))
      all.push(c.id);
    expect(all.sort()).toEqual([0, 1, 2].map((i) => `${city.id}-sdk-${i}`));
    const one = await publicClient.challenges.get(`${city.id}-sdk-1`);
    expect(one.orgId).toBe(city.id);
    const matching = await publicClient.challenges.clusters(one.id);
    expect(matching.data.map((c) => c.id)).toContain(cluster.id);
    expect((await publicClient.clusters.get(cluster.id)).kind).toBe('cluster');
    expect((await publicClient.clusters.list({ sector: 'mobility' })).data.length).toBeGreaterThan(
      0,
    );
    const stories = await publicClient.stories.list({ org: city.id });
    expect(stories.data).toHaveLength(1);
    expect((await publicClient.stories.get(stories.data[0]!.id)).bodyHtml.en).toContain('<strong>');
    await expect(publicClient.challenges.get('no-such-challenge')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('sends a submission once, and works the inbox', async () => {
    const city = await server.org();
    const admin = createClient({ baseUrl: server.url, apiKey: city.key, retry: 0 });
    const receipt = await publicClient.submissions.create(submissionInput(city.id), {
      idempotencyKey: `k-${city.id}`,
      page: 'https://www.city.example/entry',
    });
    expect(receipt.reference).toMatch(/^[A-Z]{3}-\d{4}-0001$/);
    const again = await publicClient.submissions.create(submissionInput(city.id), {
      idempotencyKey: `k-${city.id}`,
    });
    expect(again).toEqual(receipt);
    await expect(
      publicClient.submissions.create(submissionInput(city.id, { title: 'Other' }), {
        idempotencyKey: `k-${city.id}`,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const bad = await publicClient.submissions
      .create(submissionInput(city.id, { contact: { name: 'A', email: 'nope' } }))
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).errors.map((e) => e.path)).toContain('contact.email');

    const inbox = await admin.submissions.list({ status: 'received' });
    expect(inbox.data.map((s) => s.id)).toEqual([receipt.id]);
    expect((await admin.submissions.get(receipt.id)).source.page).toBe(
      'https://www.city.example/entry',
    );
    expect((await admin.submissions.update(receipt.id, { status: 'in-review' })).status).toBe(
      'in-review',
    );
  });

  it("works the door openers: similar challenges, a challenge's stories, the cluster's view, a refusal's code", async () => {
    const city = await server.org({ allowedOrigins: ['https://www.city.example'] });
    const town = await server.org({ country: 'NO' });
    const cluster = await server.org({ kind: 'cluster' });
    const admin = createClient({ baseUrl: server.url, apiKey: city.key, retry: 0 });
    const townAdmin = createClient({ baseUrl: server.url, apiKey: town.key, retry: 0 });
    const clusterAdmin = createClient({ baseUrl: server.url, apiKey: cluster.key, retry: 0 });
    const mine = await admin.challenges.create(
      challengeInput({ id: `${city.id}-doors`, region: 'SE224', deadline: '2027-01-01' }),
    );
    const theirs = await townAdmin.challenges.create(challengeInput({ id: `${town.id}-doors` }));
    await admin.stories.create(storyInput({ challengeIds: [mine.id] }));

    expect((await publicClient.challenges.similar(mine.id)).data.map((c) => c.id)).toContain(
      theirs.id,
    );
    const board = await publicClient.challenges.list({ org: '*', region: 'SE2', sort: 'status' });
    expect(board.data.map((c) => c.id)).toContain(mine.id);
    const told = await publicClient.stories.list({ challenge: mine.id });
    expect(told.data).toHaveLength(1);

    await clusterAdmin.submissions.create(submissionInput(city.id, { via: cluster.id }));
    await clusterAdmin.submissions.create(
      submissionInput(town.id, { via: cluster.id, confidential: true }),
    );
    const doors = await clusterAdmin.openedDoors.list();
    expect(doors.data.map((d) => d.orgId)).toEqual([town.id, city.id]);
    expect(doors.data[0]!.title).toBeUndefined();
    const summary = await clusterAdmin.openedDoors.summary();
    expect(summary.byReceiver.map((r) => r.count)).toEqual([1, 1]);
    const openers = await admin.doorOpeners();
    expect(openers).toEqual([expect.objectContaining({ via: cluster.id, count: 1 })]);

    // A browser page on the city's own site naming the cluster: refused, with a code.
    const fromCity = createClient({
      baseUrl: server.url,
      retry: 0,
      headers: { origin: 'https://www.city.example' },
    });
    const refused = await fromCity.submissions
      .create(submissionInput(city.id, { via: cluster.id }))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthError);
    expect((refused as AuthError).code).toBe('via-unproven');
    expect((refused as AuthError).problem).toMatchObject({ via: cluster.id });
  });
});
