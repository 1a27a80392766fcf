/**
 * A board across owners: `org=*`, NUTS region prefixes, and `sort=status`
 * (what a company can still respond to first), with cursor paging and ETags
 * as the default order has them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeInput } from '@entrypoint/sdk';
import { letters, openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

const ids = (res: { body: { data: Array<{ id: string }> } }) => res.body.data.map((x) => x.id);

let a: { id: string; key: string };
let b: { id: string; key: string };
const made: Record<string, string> = {};

async function create(org: { key: string }, name: string, input: Partial<ChallengeInput>) {
  const res = await api.post(
    '/v1/challenges',
    challengeInput({ id: `${name}-${letters(6)}`, ...input }),
    bearer(org.key),
  );
  if (res.status !== 201) throw new Error(`Setup: ${name} → ${res.status} ${res.text}`);
  made[name] = res.body.id as string;
}

beforeAll(async () => {
  a = await server.org({ country: 'SE' });
  b = await server.org({ country: 'NO' });
  // Created oldest first: "newest first" is the reverse of this order.
  await create(a, 'closed', { status: 'closed', region: 'SE224' });
  await create(a, 'open-late', { status: 'open', deadline: '2027-03-01', region: 'SE221' });
  await create(b, 'solved', { status: 'solved', region: 'NO081' });
  await create(b, 'open-none', { status: 'open' });
  await create(a, 'dialogue', { status: 'in-dialogue', region: 'SE331' });
  await create(b, 'open-soon', { status: 'open', deadline: '2027-01-15', region: 'NO081' });
  await create(a, 'procurement', { status: 'procurement' });
  await create(a, 'draft', { status: 'draft', region: 'SE224' });
});

const both = () => `org=${a.id},${b.id}`;

describe('GET /v1/challenges across owners', () => {
  it('takes org=* for every owner, as leaving org out does', async () => {
    const all = await api.get('/v1/challenges?org=*&limit=100');
    expect(all.status).toBe(200);
    expect(ids(all)).toEqual(ids(await api.get('/v1/challenges?limit=100')));
    expect(ids(all)).toEqual(expect.arrayContaining([made.solved, made.closed]));
    expect(ids(all)).not.toContain(made.draft);
    const mixed = await api.get(`/v1/challenges?org=*,${a.id}`);
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors[0].path).toBe('org');
    // Only the challenge list takes it.
    expect((await api.get('/v1/stories?org=*')).status).toBe(400);
  });

  it('filters by NUTS region prefix, also with q, and keeps a PATCHed region', async () => {
    const se2 = await api.get(`/v1/challenges?${both()}&region=SE2`);
    expect(ids(se2)).toEqual([made['open-late'], made.closed]);
    expect(ids(await api.get(`/v1/challenges?${both()}&region=SE224`))).toEqual([made.closed]);
    expect(ids(await api.get(`/v1/challenges?${both()}&region=SE2,NO`))).toEqual([
      made['open-soon'],
      made.solved,
      made['open-late'],
      made.closed,
    ]);
    expect(ids(await api.get(`/v1/challenges?${both()}&region=SE&q=transport`))).toEqual(
      expect.arrayContaining([made.dialogue, made['open-late'], made.closed]),
    );
    expect(ids(await api.get(`/v1/challenges?${both()}&region=SE&q=transport`))).toHaveLength(3);
    // The owner sees its draft in its region.
    expect(ids(await api.get(`/v1/challenges?org=${a.id}&region=SE224`, bearer(a.key)))).toEqual([
      made.draft,
      made.closed,
    ]);
    const bad = await api.get('/v1/challenges?region=se2,SE2%25');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('region');

    const id = made.procurement!;
    expect(
      (await api.patch(`/v1/challenges/${id}`, { region: 'SE110' }, bearer(a.key))).status,
    ).toBe(200);
    expect(ids(await api.get(`/v1/challenges?${both()}&region=SE11`))).toEqual([id]);
    expect(ids(await api.get(`/v1/challenges?${both()}&region=SE1&q=transport`))).toEqual([id]);
    expect((await api.patch(`/v1/challenges/${id}`, { region: null }, bearer(a.key))).status).toBe(
      200,
    );
    expect(ids(await api.get(`/v1/challenges?${both()}&region=SE11`))).toEqual([]);
  });

  const statusOrder = () => [
    made['open-soon'],
    made['open-late'],
    made['open-none'],
    made.procurement,
    made.dialogue,
    made.solved,
    made.closed,
  ];

  it('sorts by status: open by deadline (none last), then in dialogue and procurement, solved, closed', async () => {
    const res = await api.get(`/v1/challenges?${both()}&sort=status`);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(statusOrder());
    // The owner's drafts come last.
    expect(ids(await api.get(`/v1/challenges?org=${a.id}&sort=status`, bearer(a.key))).at(-1)).toBe(
      made.draft,
    );
    expect(ids(await api.get(`/v1/challenges?${both()}&sort=newest`))).toEqual(
      ids(await api.get(`/v1/challenges?${both()}`)),
    );
  });

  it('pages the status order with cursors, neither repeating nor skipping', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: {
        status: number;
        body: { data: Array<{ id: string }>; nextCursor: string | null };
      } = await api.get(
        `/v1/challenges?${both()}&sort=status&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.data.map((c) => c.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual(statusOrder());
    // A cursor of the other order is not one of this list.
    const newest = await api.get(`/v1/challenges?${both()}&limit=2`);
    const crossed = await api.get(
      `/v1/challenges?${both()}&sort=status&cursor=${newest.body.nextCursor}`,
    );
    expect(crossed.status).toBe(400);
    expect(crossed.body.errors[0].path).toBe('cursor');
  });

  it('answers 304 for an unchanged status-sorted page, and a new ETag when the order changes', async () => {
    const path = `/v1/challenges?${both()}&sort=status`;
    const first = await api.get(path);
    const etag = first.headers.get('etag')!;
    expect((await api.get(path, { 'if-none-match': etag })).status).toBe(304);
    const moved = await api.patch(
      `/v1/challenges/${made['open-none']}`,
      { deadline: '2026-12-01' },
      bearer(b.key),
    );
    expect(moved.status).toBe(200);
    const after = await api.get(path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(ids(after)[0]).toBe(made['open-none']);
    await api.patch(`/v1/challenges/${made['open-none']}`, { deadline: null }, bearer(b.key));
  });

  it('refuses an unknown sort, and sort=status with q (ranked by relevance)', async () => {
    const unknown = await api.get('/v1/challenges?sort=oldest');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('sort');
    const withQ = await api.get('/v1/challenges?sort=status&q=transport');
    expect(withQ.status).toBe(400);
    expect(withQ.body.errors[0].path).toBe('sort');
  });
});
