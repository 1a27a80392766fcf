/**
 * Learning across cities: `GET /v1/challenges/{id}/similar` ranks published
 * challenges of other organisations by shared themes, region and the words
 * of the title and summary (stemmed per language), on PGlite and PostgreSQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeInput } from '@entrypoint/sdk';
import { letters, openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

const ids = (res: { body: { data: Array<{ id: string }> } }) => res.body.data.map((x) => x.id);

type Org = { id: string; key: string };
let norr: Org;
let fjord: Org;
let kust: Org;
const c: Record<string, string> = {};

async function create(org: Org, name: string, input: Partial<ChallengeInput>) {
  const res = await api.post(
    '/v1/challenges',
    challengeInput({ id: `${name}-${letters(6)}`, ...input }),
    bearer(org.key),
  );
  if (res.status !== 201) throw new Error(`Setup: ${name} → ${res.status} ${res.text}`);
  c[name] = res.body.id as string;
}

const text = (sv: string, en: string) => ({ sv, en });

beforeAll(async () => {
  norr = await server.org({ country: 'SE' });
  fjord = await server.org({ country: 'NO', defaultLanguage: 'nb' });
  kust = await server.org({ country: 'FI', defaultLanguage: 'fi' });
  await create(norr, 'buses', {
    title: text('Elbussar som klarar vintern', 'Electric buses that cope with winter'),
    summary: text('Laddning av bussar i kyla', 'Charging buses in the cold'),
    themes: ['mobility', 'energy'],
    region: 'SE331',
  });
  // The same organisation's own: never "others working on this".
  await create(norr, 'own', {
    title: text('Fler elbussar i vinter', 'More electric buses in winter'),
    themes: ['mobility', 'energy'],
    region: 'SE331',
  });
  // Another city, the same themes, a neighbouring region and the same words (other forms).
  await create(fjord, 'twin', {
    title: { nb: 'Elektriske busser om vinteren', en: 'Electric bus charging in winter' },
    summary: { nb: 'Lading i kulda', en: 'Keeping buses charged when it is cold' },
    themes: ['mobility', 'energy'],
    region: 'NO071',
  });
  // One shared theme, the same NUTS 2 region as buses, no shared words.
  await create(kust, 'neighbour', {
    title: text('Skolmat från lokala gårdar', 'School meals from local farms'),
    summary: text('Mindre matsvinn', 'Less food waste'),
    themes: ['food', 'mobility'],
    region: 'SE332',
  });
  // Only words in common (no theme, another country).
  await create(kust, 'words', {
    title: text('Bussar till skärgården', 'Buses to the archipelago'),
    summary: text('Tidtabeller', 'Timetables'),
    themes: ['tourism'],
    region: 'FI200',
  });
  // Nothing in common at all.
  await create(kust, 'unrelated', {
    title: text('Bibliotekets öppettider', 'Library opening hours'),
    summary: text('Kvällsöppet', 'Open in the evening'),
    themes: ['culture'],
    region: 'FI193',
  });
  // Alike, but a draft: never shown.
  await create(fjord, 'draft', {
    title: { en: 'Electric buses that cope with winter' },
    summary: { en: 'Charging buses in the cold' },
    themes: ['mobility', 'energy'],
    status: 'draft',
  });
});

describe('GET /v1/challenges/{id}/similar', () => {
  it("ranks other organisations' published challenges by themes, region and words", async () => {
    const res = await api.get(`/v1/challenges/${c.buses}/similar`);
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(ids(res)).toEqual([c.twin, c.neighbour, c.words]);
    expect(res.body.data[0]).toMatchObject({ id: c.twin, orgId: fjord.id, status: 'open' });
    expect(res.headers.get('cache-control')).toContain('public');
  });

  it('is symmetric enough to find its way back, and takes limit (default 5, at most 20)', async () => {
    expect(ids(await api.get(`/v1/challenges/${c.twin}/similar?limit=1`))).toEqual([c.buses]);
    const many = await api.get(`/v1/challenges/${c.twin}/similar`);
    expect(ids(many)).not.toContain(c.twin);
    expect(ids(many)).not.toContain(c.draft);
    expect(ids(many).length).toBeLessThanOrEqual(5);
    const over = await api.get(`/v1/challenges/${c.buses}/similar?limit=21`);
    expect(over.status).toBe(400);
    expect(over.body.errors[0].path).toBe('limit');
  });

  it('answers 404 for an unknown challenge or a draft, except a draft to its owner', async () => {
    expect((await api.get('/v1/challenges/no-such-challenge/similar')).status).toBe(404);
    expect((await api.get(`/v1/challenges/${c.draft}/similar`)).status).toBe(404);
    const own = await api.get(`/v1/challenges/${c.draft}/similar`, bearer(fjord.key));
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('no-store');
    // Its own organisation's twin is left out; the original is the best match.
    expect(ids(own)[0]).toBe(c.buses);
    expect(ids(own)).not.toContain(c.twin);
  });

  it('answers 304 to a matching If-None-Match, and sees a change', async () => {
    const path = `/v1/challenges/${c.buses}/similar`;
    const etag = (await api.get(path)).headers.get('etag')!;
    expect((await api.get(path, { 'if-none-match': etag })).status).toBe(304);
    // Back to draft: no longer anyone's to see.
    const hidden = await api.patch(
      `/v1/challenges/${c.twin}`,
      { status: 'draft' },
      bearer(fjord.key),
    );
    expect(hidden.status).toBe(200);
    const unrelated = await api.patch(
      `/v1/challenges/${c.unrelated}`,
      { themes: ['mobility', 'energy'], region: 'SE331' },
      bearer(kust.key),
    );
    expect(unrelated.status).toBe(200);
    const after = await api.get(path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(ids(after)).toEqual([c.unrelated, c.neighbour, c.words]);
  });
});
