import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { bearer, client } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';
import { compiledSearchCount } from '../../src/store/challenges.js';

let server: TestServer;
let api: ReturnType<typeof client>;
let org: { id: string; key: string };
const made: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url);
  org = await server.org();
  const add = async (name: string, input: Parameters<typeof challengeInput>[0]) => {
    made[name] = (await api.post('/v1/challenges', challengeInput(input), bearer(org.key))).body.id;
  };
  await add('sv', {
    title: { sv: 'Elektriska bussar i skärgården' },
    summary: { sv: 'Laddningen av bussarna ska ske vid hamnarna.' },
    need: { sv: 'Kommunen behöver fossilfria resor.' },
    vision: { sv: 'År 2035 går all trafik på el.' },
    opportunity: { sv: 'Tillverkare av laddstolpar och fordon.' },
  });
  await add('nb', {
    title: { nb: 'Utslippsfrie ferger på fjorden' },
    summary: { nb: 'Fergene skal lades ved kaiene.' },
    need: { nb: 'Kommunen trenger renere sjøtransport.' },
    vision: { nb: 'I 2035 er alle fergesamband elektriske.' },
    opportunity: { nb: 'Verft og leverandører av batterier.' },
  });
  await add('en', {
    title: { en: 'Heat from the data centre' },
    summary: { en: 'Reusing waste heat in district heating networks.' },
    need: { en: 'Heating.' },
    vision: { en: 'Warm homes.' },
    opportunity: { en: 'Heat pumps.' },
  });
});
afterAll(() => server.close());

const search = async (q: string, lang?: string) => {
  const res = await api.get(
    `/v1/challenges?org=${org.id}&q=${encodeURIComponent(q)}${lang ? `&lang=${lang}` : ''}`,
  );
  expect(res.status).toBe(200);
  return res.body.data.map((c: { id: string }) => c.id) as string[];
};

describe('full-text search', () => {
  it('finds inflected Swedish words (bussarna → bussar, laddning → laddningen)', async () => {
    expect(await search('bussarna')).toEqual([made.sv]);
    expect(await search('buss')).toEqual([made.sv]);
    expect(await search('laddning', 'sv')).toEqual([made.sv]);
    expect(await search('hamnen')).toEqual([made.sv]);
  });

  it('finds inflected Norwegian words (fergene → ferger, fjordene → fjorden)', async () => {
    expect(await search('ferge')).toEqual([made.nb]);
    expect(await search('fjordene', 'nb')).toEqual([made.nb]);
    expect(await search('kaiene')).toEqual([made.nb]);
  });

  it('finds English with its stemmer, ranks title hits first, and finds nothing for nonsense', async () => {
    expect(await search('networks heating')).toEqual([made.en]);
    expect(await search('qwertyzzz')).toEqual([]);
    const ranked = await api.post(
      '/v1/challenges',
      challengeInput({
        title: { en: 'District heating everywhere' },
        summary: { en: 'Heat.' },
      }),
      bearer(org.key),
    );
    const ids = await search('district heating');
    expect(ids[0]).toBe(ranked.body.id);
    expect(ids).toContain(made.en);
  });

  it('pages ranked results with a cursor', async () => {
    const all = await search('heating');
    const first = await api.get(`/v1/challenges?org=${org.id}&q=heating&limit=1`);
    const second = await api.get(
      `/v1/challenges?org=${org.id}&q=heating&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect([...first.body.data, ...second.body.data].map((c: { id: string }) => c.id)).toEqual(
      all.slice(0, 2),
    );
  });

  it('compiles a search once, and runs it again against what is stored now', async () => {
    const before = compiledSearchCount();
    expect(await search('skärgården')).toEqual([made.sv]);
    const compiled = compiledSearchCount();
    expect(compiled).toBeGreaterThan(before);
    expect(await search('skärgården')).toEqual([made.sv]);
    expect(compiledSearchCount()).toBe(compiled);
    // Only the query is kept, never its rows.
    const later = (
      await api.post(
        '/v1/challenges',
        challengeInput({ title: { sv: 'Skärgården utan diesel' } }),
        bearer(org.key),
      )
    ).body.id as string;
    expect((await search('skärgården')).sort()).toEqual([made.sv, later].sort());
    expect(compiledSearchCount()).toBe(compiled);
  });
});
