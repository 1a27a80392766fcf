import {
  AuthError,
  Challenge,
  Cluster,
  ConflictError,
  EntrypointError,
  NetworkError,
  Organization,
  RateLimitError,
  Story,
  ValidationError,
  type SubmissionInput,
} from '@entrypoint/sdk';
import { safeParse, type z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  demoDataset,
  emptyDataset,
  fixtureClient,
  longDataset,
  type Dataset,
} from '../src/fixtures.js';

function invalid<S extends z.ZodMiniType>(schema: S, records: unknown[]) {
  return records.flatMap((record) => {
    const result = safeParse(schema, record);
    const id = (record as { id?: string }).id;
    return result.success ? [] : [{ id, issues: result.error.issues }];
  });
}

const datasets: [string, Dataset][] = [
  ['demo', demoDataset()],
  ['long', longDataset()],
  ['empty', emptyDataset()],
];

describe.each(datasets)('the %s dataset', (_, dataset) => {
  it('holds only organisations valid under the SDK schema', () => {
    expect(invalid(Organization, dataset.organizations)).toEqual([]);
  });
  it('holds only clusters valid under the SDK schema', () => {
    expect(invalid(Cluster, dataset.clusters)).toEqual([]);
  });
  it('holds only challenges valid under the SDK schema', () => {
    expect(invalid(Challenge, dataset.challenges)).toEqual([]);
  });
  it('holds only stories valid under the SDK schema', () => {
    expect(invalid(Story, dataset.stories)).toEqual([]);
  });
  it('has unique ids and owners that exist', () => {
    const orgIds = new Set(dataset.organizations.map((o) => o.id));
    const ids = dataset.challenges.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of dataset.challenges) expect(orgIds).toContain(c.orgId);
    for (const s of dataset.stories) expect(orgIds).toContain(s.orgId);
  });
});

describe('the content of the stories', () => {
  it('has long texts in Finnish and German, and content in one language only', () => {
    const { challenges, stories } = demoDataset();
    const fi = challenges.find((c) => Object.keys(c.title).join() === 'fi');
    const de = challenges.find((c) => Object.keys(c.title).join() === 'de');
    expect(fi?.need.fi?.length).toBeGreaterThan(500);
    expect(de?.need.de?.length).toBeGreaterThan(500);
    expect(stories.some((s) => !s.image)).toBe(true);
    expect(stories.some((s) => s.image)).toBe(true);
  });
  it('has a long list of more than 100 challenges, and of stories', () => {
    expect(longDataset().challenges.length).toBeGreaterThanOrEqual(100);
    expect(longDataset().stories.length).toBeGreaterThan(24);
  });
});

const submission: SubmissionInput = {
  orgId: 'norrhamn',
  kind: 'idea',
  title: 'Electric ferries on demand',
  description: 'We run electric ferries that come when called, like a taxi.',
  company: { name: 'Sundfärjan AB', country: 'SE', size: 'small' },
  contact: { name: 'Eva Berg', email: 'eva@sundfarjan.example' },
  language: 'en',
  consent: { privacy: true },
};

describe('the fixture client (the real SDK client over the fixture API)', () => {
  it('pages through a long list, and the SDK accepts every page', async () => {
    const client = fixtureClient({ dataset: longDataset(120) });
    const ids: string[] = [];
    for await (const c of client.challenges.iterate({ limit: 50 })) ids.push(c.id);
    expect(ids).toHaveLength(120);
    expect(client.requests).toHaveLength(3);
  });

  it('filters by several owners, status and search', async () => {
    const client = fixtureClient();
    const { data } = await client.challenges.list({ org: ['kustlanda', 'hafenau'] });
    expect(new Set(data.map((c) => c.orgId))).toEqual(new Set(['kustlanda', 'hafenau']));
    const found = await client.challenges.list({ q: 'Wärmeversorgung' });
    expect(found.data.map((c) => c.id)).toEqual(['district-heating-waste-heat']);
  });

  it('serves one challenge, its matching clusters, stories and organisations', async () => {
    const client = fixtureClient();
    const challenge = await client.challenges.get('sustainable-public-transport');
    expect(challenge.orgId).toBe('norrhamn');
    const clusters = await client.challenges.clusters(challenge.id);
    expect(clusters.data.map((c) => c.id)).toContain('nordic-mobility-cluster');
    const stories = await client.stories.list({ org: 'kustlanda' });
    expect(stories.data.map((s) => s.id)).toEqual(['electric-ferry-pilot']);
    expect((await client.organizations.get('fjordvik')).country).toBe('NO');
  });

  it('answers an unknown id with 404, as the server does', async () => {
    await expect(fixtureClient().challenges.get('nope')).rejects.toMatchObject({ status: 404 });
  });

  it('accepts a submission once per idempotency key', async () => {
    const client = fixtureClient();
    const a = await client.submissions.create(submission, { idempotencyKey: 'k-1' });
    const b = await client.submissions.create(submission, { idempotencyKey: 'k-1' });
    expect(a.reference).toMatch(/^NOR-2026-\d{4}$/);
    expect(b).toEqual(a);
  });

  it('refuses another submission under a key already used, as the server does (409)', async () => {
    const client = fixtureClient();
    await client.submissions.create(submission, { idempotencyKey: 'k-5' });
    await expect(
      client.submissions.create(
        { ...submission, title: 'Another idea' },
        { idempotencyKey: 'k-5' },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('drops the first submission and accepts the retry', async () => {
    const client = fixtureClient({ submissions: 'drop-once' });
    await expect(
      client.submissions.create(submission, { idempotencyKey: 'k-2' }),
    ).rejects.toBeInstanceOf(NetworkError);
    const receipt = await client.submissions.create(submission, { idempotencyKey: 'k-2' });
    expect(receipt.status).toBe('received');
  });

  it('rejects with field errors', async () => {
    const error = await fixtureClient({ submissions: 'reject' })
      .submissions.create(submission, { idempotencyKey: 'k-3' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.map((e) => e.path)).toContain('contact.email');
  });

  it('refuses a site the owner did not allow (403), and too many submissions (429)', async () => {
    await expect(
      fixtureClient({ submissions: 'forbidden' }).submissions.create(submission, {
        idempotencyKey: 'k-6',
      }),
    ).rejects.toBeInstanceOf(AuthError);
    const limited = await fixtureClient({ submissions: 'rate-limited' })
      .submissions.create(submission, { idempotencyKey: 'k-7' })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfter).toBe(120);
  });

  it('validates submissions with the SDK schema', async () => {
    const error = await fixtureClient()
      .submissions.create({ ...submission, title: 'x' }, { idempotencyKey: 'k-4' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });

  it('fails with a server error, or a network error when offline', async () => {
    const failed = await fixtureClient({ mode: 'error' })
      .challenges.list()
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(EntrypointError);
    expect((failed as EntrypointError).status).toBe(500);
    await expect(fixtureClient({ mode: 'offline' }).challenges.list()).rejects.toBeInstanceOf(
      NetworkError,
    );
  });

  it('keeps loading until the call is aborted', async () => {
    const controller = new AbortController();
    const call = fixtureClient({ mode: 'loading' }).challenges.list(
      {},
      { signal: controller.signal },
    );
    const reason = new Error('gave up');
    setTimeout(() => controller.abort(reason), 20);
    await expect(call).rejects.toBe(reason);
  });
});

describe('the board’s cards (view=card), as the server answers them', () => {
  it('answers checked cards in one language, filters within the scope, and counts the facets', async () => {
    const client = fixtureClient();
    const all = await client.challenges.cards({ org: '*', lang: 'sv', limit: 100, facets: true });
    expect(all.data.length).toBe(all.facets!.total);
    expect(all.data.every((c) => Object.keys(c.title).length === 1)).toBe(true);
    const theme = all.data[0]!.themes[0]!;
    const some = await client.challenges.cards({
      org: '*',
      lang: 'sv',
      limit: 100,
      facets: true,
      filter: { theme },
    });
    expect(some.data.every((c) => c.themes.includes(theme))).toBe(true);
    expect(some.facets!.total).toBe(all.facets!.theme[theme]);
    // A theme's own choice does not narrow the theme counts.
    expect(some.facets!.theme).toEqual(all.facets!.theme);
  });
});
