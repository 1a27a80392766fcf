/**
 * The card form of the challenge list (`view=card`) and its facets: texts in
 * one language with the owner's name, the counts of each filter checked
 * against hand-made data (each counted with the other choices, not its own),
 * drafts only for their owner, cursor paging, and the answer cacheable as the
 * list is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeInput } from '@entrypoint/sdk';
import { letters, openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

let a: { id: string; key: string };
let b: { id: string; key: string };
let empty: { id: string; key: string };
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
  a = await server.org({ defaultLanguage: 'sv' });
  b = await server.org({
    country: 'NO',
    defaultLanguage: 'nb',
    name: { nb: 'Fjordby kommune', en: 'Fjordby' },
  });
  empty = await server.org();
  await create(a, 'a1', {
    status: 'open',
    themes: ['mobility', 'energy'],
    region: 'SE224',
    deadline: '2027-01-01',
    title: { en: 'Electric ferries', sv: 'Elektriska färjor' },
    summary: { en: 'Ferries without diesel.', sv: 'Färjor utan diesel.' },
  });
  await create(a, 'a2', { status: 'closed', themes: ['energy'], region: 'SE221' });
  await create(a, 'a3', { status: 'open', themes: ['mobility'], region: 'SE331' });
  await create(a, 'a4', { status: 'draft', themes: ['mobility'], region: 'SE224' });
  await create(b, 'b1', {
    status: 'in-dialogue',
    themes: ['water', 'mobility'],
    region: 'NO081',
    title: { nb: 'Rent vann i fjorden' },
    summary: { nb: 'Hvordan holder vi fjorden ren?' },
  });
  await create(b, 'b2', { status: 'open', themes: ['health'] });
});

const scope = () => `view=card&org=${a.id},${b.id}&limit=100`;
const facets = async (query: string, headers = {}) => {
  const res = await api.get(`/v1/challenges?${scope()}&facets=true&${query}`, headers);
  expect(res.status).toBe(200);
  return res.body.facets;
};

describe('GET /v1/challenges?view=card', () => {
  it('answers cards: texts in the asked language (else the owner’s), the owner’s name, no long texts', async () => {
    const en = await api.get(`/v1/challenges?${scope()}&lang=en&sort=status`);
    expect(en.status).toBe(200);
    expect(en.body.facets).toBeUndefined();
    const byId = Object.fromEntries(en.body.data.map((c: { id: string }) => [c.id, c])) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(byId).sort()).toEqual([made.a1, made.a2, made.a3, made.b1, made.b2].sort());
    expect(byId[made.a1!]).toEqual({
      id: made.a1,
      orgId: a.id,
      owner: { en: `Test city ${a.id}` },
      title: { en: 'Electric ferries' },
      summary: { en: 'Ferries without diesel.' },
      status: 'open',
      deadline: '2027-01-01',
      themes: ['mobility', 'energy'],
      region: 'SE224',
    });
    // Only Norwegian: the owner's language, said as such.
    expect(byId[made.b1!]!.title).toEqual({ nb: 'Rent vann i fjorden' });
    expect(byId[made.b1!]!.owner).toEqual({ en: 'Fjordby' });
    // No region, no deadline: left out.
    expect(Object.keys(byId[made.b2!]!)).not.toContain('region');
    expect(Object.keys(byId[made.b2!]!)).not.toContain('deadline');
    for (const card of en.body.data) expect(card).not.toHaveProperty('need');

    const sv = await api.get(`/v1/challenges?${scope()}&lang=sv`);
    const a1 = sv.body.data.find((c: { id: string }) => c.id === made.a1);
    expect([a1.title, a1.owner]).toEqual([{ sv: 'Elektriska färjor' }, { sv: `Teststad ${a.id}` }]);
    const b1 = sv.body.data.find((c: { id: string }) => c.id === made.b1);
    expect(b1.owner).toEqual({ nb: 'Fjordby kommune' });
    // Without lang: each owner's default language.
    const none = await api.get(`/v1/challenges?${scope()}`);
    expect(none.body.data.find((c: { id: string }) => c.id === made.a1).title).toEqual({
      sv: 'Elektriska färjor',
    });

    // Much smaller than the whole challenges.
    const full = await api.get(`/v1/challenges?org=${a.id},${b.id}&limit=100`);
    expect(sv.text.length).toBeLessThan(full.text.length / 2);
  });

  it('counts every facet for the scope, each with the other choices', async () => {
    expect(await facets('')).toEqual({
      total: 5,
      theme: { mobility: 3, energy: 2, water: 1, health: 1 },
      status: { open: 3, closed: 1, 'in-dialogue': 1 },
      owner: { [a.id]: 3, [b.id]: 2 },
      region: { SE224: 1, SE221: 1, SE331: 1, NO081: 1 },
      names: { [a.id]: { sv: `Teststad ${a.id}` }, [b.id]: { nb: 'Fjordby kommune' } },
    });

    const mobility = await api.get(`/v1/challenges?${scope()}&facets=true&filter-theme=mobility`);
    expect(mobility.body.data.map((c: { id: string }) => c.id).sort()).toEqual(
      [made.a1, made.a3, made.b1].sort(),
    );
    expect(mobility.body.facets).toMatchObject({
      total: 3,
      // A theme's own choice does not narrow the theme counts.
      theme: { mobility: 3, energy: 2, water: 1, health: 1 },
      status: { open: 2, 'in-dialogue': 1 },
      owner: { [a.id]: 2, [b.id]: 1 },
      region: { SE224: 1, SE331: 1, NO081: 1 },
    });

    const f = await facets('filter-theme=mobility&filter-status=open');
    expect(f).toMatchObject({
      total: 2,
      theme: { mobility: 2, energy: 1, health: 1 },
      status: { open: 2, 'in-dialogue': 1 },
      owner: { [a.id]: 2 },
      region: { SE224: 1, SE331: 1 },
    });
    expect(Object.keys(f.theme).sort()).toEqual(['energy', 'health', 'mobility']);
    expect(Object.keys(f.owner)).toEqual([a.id]);

    expect(await facets(`filter-org=${b.id}&filter-region=NO`)).toMatchObject({
      total: 1,
      owner: { [b.id]: 1 },
      status: { 'in-dialogue': 1 },
      theme: { water: 1, mobility: 1 },
      region: { NO081: 1 },
    });
  });

  it('a choice within the scope narrows further (theme attribute and a chosen theme: both)', async () => {
    const res = await api.get(
      `/v1/challenges?${scope()}&facets=true&theme=mobility&filter-theme=energy`,
    );
    expect(res.body.data.map((c: { id: string }) => c.id)).toEqual([made.a1]);
    expect(res.body.facets).toMatchObject({
      total: 1,
      theme: { mobility: 3, energy: 1, water: 1 },
      status: { open: 1 },
    });
  });

  it('searches on the server, and counts what the search finds', async () => {
    const res = await api.get(`/v1/challenges?${scope()}&facets=true&q=ferries&lang=en`);
    expect(res.body.data.map((c: { id: string }) => c.id)).toEqual([made.a1]);
    expect(res.body.facets).toMatchObject({
      total: 1,
      theme: { mobility: 1, energy: 1 },
      owner: { [a.id]: 1 },
    });
    expect(Object.keys(res.body.facets.owner)).toEqual([a.id]);
  });

  it('names the owners asked for that exist, also without challenges, and no others', async () => {
    const f = (
      await api.get(`/v1/challenges?view=card&facets=true&org=${empty.id},nowhere-${letters(5)}`)
    ).body.facets;
    expect(f.total).toBe(0);
    expect(Object.keys(f.names)).toEqual([empty.id]);
    expect(f.owner).toEqual({});
  });

  it('counts an owner’s drafts only with its key', async () => {
    expect((await facets('')).theme.mobility).toBe(3);
    const own = await facets('', bearer(a.key));
    expect([own.total, own.theme.mobility, own.status.draft]).toEqual([6, 4, 1]);
    expect((await facets('', bearer(b.key))).status.draft).toBeUndefined();
  });

  it('pages with the cursor in the order of sort=status, as the full list does', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      type Page = { data: Array<{ id: string }>; nextCursor: string | null };
      const res: { status: number; body: Page } = await api.get<Page>(
        `/v1/challenges?view=card&org=${a.id},${b.id}&sort=status&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((c) => c.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const full = await api.get(`/v1/challenges?org=${a.id},${b.id}&sort=status&limit=100`);
    expect(seen).toEqual(full.body.data.map((c: { id: string }) => c.id));
  });

  it('is cacheable as the list is: ETag, public Cache-Control, 304', async () => {
    const url = `/v1/challenges?${scope()}&facets=true&lang=sv`;
    const first = await api.get(url);
    expect(first.headers.get('cache-control')).toMatch(/^public/);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await api.get(url, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    // An owner's own view is not cached.
    const own = await api.get(url, bearer(a.key));
    expect(own.headers.get('cache-control')).toBe('no-store');
  });

  it('answers the facets alone (facets=only): the same counts as with the cards, no cards', async () => {
    for (const query of ['lang=sv', 'lang=en&filter-theme=mobility&theme=mobility,energy,water']) {
      const both = await api.get(`/v1/challenges?${scope()}&sort=status&facets=true&${query}`);
      const only = await api.get(`/v1/challenges?${scope()}&sort=status&facets=only&${query}`);
      expect(only.status).toBe(200);
      expect(both.body.data.length).toBeGreaterThan(0);
      expect(only.body).toEqual({ data: [], nextCursor: null, facets: both.body.facets });
    }
    // With a key, the owner's drafts are counted as with the cards.
    const own = await api.get(`/v1/challenges?${scope()}&facets=only`, bearer(a.key));
    expect(own.body.facets.status.draft).toBe(1);
    expect(own.headers.get('cache-control')).toBe('no-store');
  });

  it('a board’s first page and its facets: cacheable by the browser for a minute, then revalidated (ETag, 304)', async () => {
    for (const facets of ['', '&facets=only', '&facets=true']) {
      const url = `/v1/challenges?view=card&org=${a.id},${b.id}&sort=status&lang=sv&limit=12${facets}`;
      const first = await api.get(url);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe(
        'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
      );
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
      // The same answer for the next visitor (the micro-cache's or a new query's): the same tag.
      const second = await api.get(url);
      expect(second.headers.get('etag')).toBe(etag);
      const again = await api.get(url, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.headers.get('cache-control')).toMatch(/max-age=60/);
      expect(again.headers.get('etag')).toBe(etag);
    }
    // The cards and the facets alone are different answers, with different tags.
    const tags = await Promise.all(
      ['', '&facets=only'].map(async (f) =>
        (await api.get(`/v1/challenges?${scope()}${f}`)).headers.get('etag'),
      ),
    );
    expect(tags[0]).not.toBe(tags[1]);
  });

  it('refuses what it cannot do, naming the parameter', async () => {
    for (const [query, path] of [
      ['facets=true', 'facets'],
      ['facets=only', 'facets'],
      ['view=card&facets=some', 'facets'],
      ['view=card&facets=only&cursor=WyJ4Il0', 'facets'],
      ['view=cards', 'view'],
      ['view=card&filter-theme=boats', 'filter-theme'],
      ['view=card&filter-status=draft,gone', 'filter-status'],
      ['view=card&filter-region=se2', 'filter-region'],
      ['view=card&filter-org=Not_A_Slug', 'filter-org'],
    ]) {
      const res = await api.get(`/v1/challenges?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});
