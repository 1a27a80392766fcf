/**
 * Search ranks a first page from each word's list of challenges
 * (`challenge_words`) when the lists prove it, and every match otherwise.
 * Both must give what ranking every match with `ts_rank` gives: the same
 * challenges in the same order, page after page, over a corpus with many
 * ties, words in every challenge, drafts, edits and deletions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { bearer, client } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';
import { tsqueryOf } from '../../src/store/search.js';
import { searchByWordLists } from '../../src/store/challenges.js';

let server: TestServer;
let api: ReturnType<typeof client>;
let key: string;
let orgId: string;

const SV = ['bussar', 'laddning', 'hamnen', 'cykelbanor', 'skolmat', 'fjärrvärme'];
const EN = ['buses', 'charging', 'harbour', 'cycle lanes', 'school meals', 'district heating'];
const at = (list: string[], i: number) => list[i % list.length]!;

/** A response with this status (setting up, outside a test: a thrown error, not an expect). */
function answered<T extends { status: number }>(res: T, status: number): T {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}`);
  return res;
}

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url);
  ({ key, id: orgId } = await server.org());
  const other = await server.org();
  const ids: string[] = [];
  // Most challenges share their wording with others (ties); "kommunen" and
  // "municipality" are in every one; some repeat a word, some are drafts.
  for (let i = 0; i < 48; i++) {
    const res = await api.post(
      '/v1/challenges',
      challengeInput({
        title: {
          sv: `Kommunen och ${at(SV, i)}${i % 7 === 0 ? ` ${at(SV, i)}` : ''}`,
          en: `The municipality and ${at(EN, i * 5)}`,
        },
        summary: { sv: `Hur kan ${at(SV, i * 3)} bli bättre?`, en: `Better ${at(EN, i)}` },
        need: { sv: `Behov av ${at(SV, i * 2)} och ${at(SV, i + 1)}.` },
        vision: { sv: i % 5 === 0 ? 'Kommunen är fossilfri.' : 'Allt är bra.' },
        opportunity: { sv: `Företag inom ${at(SV, i * 4)}.` },
        status: i % 11 === 3 ? 'draft' : 'open',
        themes: [i % 3 ? 'mobility' : 'energy'],
      }),
      bearer(i % 4 ? key : other.key),
    );
    ids.push(answered(res, 201).body.id);
  }
  // Two words, each three times in a summary and in no title.
  const both = challengeInput({
    title: { sv: 'Något annat' },
    summary: { sv: 'Hamnen och skolmat. Hamnen och skolmat. Hamnen och skolmat.' },
  });
  answered(await api.post('/v1/challenges', both, bearer(key)), 201);
  // Six with one word in the title, six with the other, and one with both words three
  // times in its summary: that one ranks first, yet is seventh in both words' lists.
  for (const word of ['Solceller', 'Vätgas']) {
    for (let i = 0; i < 6; i++) {
      const one = challengeInput({ title: { sv: word }, summary: { sv: 'Ett försök.' } });
      answered(await api.post('/v1/challenges', one, bearer(key)), 201);
    }
  }
  const deep = challengeInput({
    title: { sv: 'Energi' },
    summary: { sv: 'Solceller och vätgas. Solceller och vätgas. Solceller och vätgas.' },
  });
  answered(await api.post('/v1/challenges', deep, bearer(key)), 201);
  // Edits and a deletion after the fact: the word lists follow them.
  const as = bearer(key);
  answered(await api.patch(`/v1/challenges/${ids[1]}`, { status: 'closed' }, as), 200);
  const retitled = { title: { sv: 'Hamnen hamnen hamnen', en: 'Harbour' } };
  answered(await api.patch(`/v1/challenges/${ids[2]}`, retitled, as), 200);
  answered(await api.patch(`/v1/challenges/${ids[3]}`, { status: 'open' }, as), 200); // a draft published
  answered(await api.patch(`/v1/challenges/${ids[5]}`, { status: 'draft' }, as), 200);
  answered(await api.delete(`/v1/challenges/${ids[6]}`, as), 204);
});
afterAll(() => server.close());

interface Scope {
  /** Only this organisation's challenges. */
  org?: string;
  theme?: string;
  /** As this organisation's API key: its drafts too. */
  owner?: boolean;
}

/** The matches of a query ranked by `ts_rank` over every match, as search did before the word lists. */
async function byTsRank(q: string, lang?: string, scope: Scope = {}): Promise<string[]> {
  const tsq = tsqueryOf(q, lang);
  const { rows } = await sql<{ id: string }>`
    select id from challenge_search
    where search @@ ${tsq}
      and ${scope.owner ? sql`(status <> 'draft' or org_id = ${orgId})` : sql`status <> 'draft'`}
      and ${scope.org ? sql`org_id = ${scope.org}` : sql`true`}
      and ${scope.theme ? sql`${scope.theme} = any(themes)` : sql`true`}
    order by ts_rank(search, ${tsq})::float8 desc, id desc`.execute(server.store.db);
  return rows.map((r) => r.id);
}

/** Every page of a search, `limit` at a time, through the API. */
async function allPages(
  q: string,
  limit: number,
  lang?: string,
  scope: Scope = {},
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  const within = `${scope.org ? `&org=${scope.org}` : ''}${scope.theme ? `&theme=${scope.theme}` : ''}`;
  for (let n = 0; n < 100; n++) {
    const res = await api.get(
      `/v1/challenges?q=${encodeURIComponent(q)}&limit=${limit}${lang ? `&lang=${lang}` : ''}${within}${
        cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      }`,
      scope.owner ? bearer(key) : undefined,
    );
    expect(res.status).toBe(200);
    ids.push(...res.body.data.map((c: { id: string }) => c.id));
    cursor = res.body.nextCursor ?? undefined;
    if (!cursor) return ids;
  }
  throw new Error('more pages than challenges');
}

const QUERIES: Array<[string, string?]> = [
  ['bussarna'], // a tie among every challenge with the word
  ['kommunen'], // in every challenge, in the title or also in the vision
  ['municipality'],
  ['hamnen'],
  ['hamnen', 'sv'],
  ['charging', 'en'],
  ['bussar laddning'], // two words: every language's AND, OR-ed
  ['"cycle lanes"'], // a phrase
  ['kommunen -bussar'], // a negation
  ['skolmat fjärrvärme'],
  ['hamnen or skolmat'],
  ['solceller or vätgas'],
  ['qwertyzzz'],
  ['kommunen och', 'xx'], // simple alone: ts_rank's AND, not the word lists
];

describe('search ranking from the word lists', () => {
  it('gives the first page and every later one as ranking every match with ts_rank', async () => {
    for (const [q, lang] of QUERIES) {
      const expected = await byTsRank(q, lang);
      for (const limit of [1, 4, 20]) {
        expect({ q, lang, limit, ids: await allPages(q, limit, lang) }).toEqual({
          q,
          lang,
          limit,
          ids: expected,
        });
      }
    }
    expect((await byTsRank('kommunen')).length).toBeGreaterThan(30);
  });

  it('gives the same within an owner, a theme, and with the owner’s drafts', async () => {
    const scopes: Scope[] = [{ org: orgId }, { theme: 'energy' }, { owner: true }];
    for (const scope of scopes) {
      for (const [q, lang] of QUERIES) {
        const expected = await byTsRank(q, lang, scope);
        for (const limit of [3, 20]) {
          expect({ q, scope, limit, ids: await allPages(q, limit, lang, scope) }).toEqual({
            q,
            scope,
            limit,
            ids: expected,
          });
        }
      }
    }
    expect(await byTsRank('kommunen', undefined, { owner: true })).not.toEqual(
      await byTsRank('kommunen'),
    );
  });

  it('proves a tie from the lists alone, and leaves what it cannot prove to a full ranking', async () => {
    const db = server.store.db;
    const cardOf = sql<string>`c.id`;
    // Every challenge with "bussar" ranks the same: the lists show it without reading the rest.
    const tie = await searchByWordLists(db, tsqueryOf('bussarna'), 4, cardOf);
    expect(tie?.map((r) => r.id)).toEqual((await byTsRank('bussarna')).slice(0, 4));
    // A word every challenge has, ranked higher where it is also in the vision.
    const broad = await searchByWordLists(db, tsqueryOf('kommunen'), 5, cardOf);
    expect(broad?.map((r) => r.id)).toEqual((await byTsRank('kommunen')).slice(0, 5));
    // Two words whose best challenges are not the same: not provable from the first entries.
    expect(await searchByWordLists(db, tsqueryOf('bussar laddning'), 3, cardOf)).toBeUndefined();
    // The challenge with both words is below the first 4 of each list, and could outrank them.
    expect(
      await searchByWordLists(db, tsqueryOf('solceller or vätgas'), 4, cardOf),
    ).toBeUndefined();
    // A negation matches challenges that are in no list.
    expect(await searchByWordLists(db, tsqueryOf('-bussar'), 3, cardOf)).toBeUndefined();
  });

  it('keeps the word lists equal to the public challenges’ vectors after edits and deletions', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from (
        (select word, rank, org_id, id from challenge_words
         except all
         select w, ts_rank(search, search_word(w)), org_id, id
         from challenge_search cross join unnest(tsvector_to_array(search)) as w
         where status <> 'draft')
        union all
        (select w, ts_rank(search, search_word(w)), org_id, id
         from challenge_search cross join unnest(tsvector_to_array(search)) as w
         where status <> 'draft'
         except all
         select word, rank, org_id, id from challenge_words)
      ) as difference`.execute(server.store.db);
    expect(rows[0]!.n).toBe(0);
    const { rows: count } = await sql<{ n: number }>`
      select count(*)::int as n from challenge_words`.execute(server.store.db);
    expect(count[0]!.n).toBeGreaterThan(400);
  });

  it("reads a query's words back from its tsquery, quotes and backslashes too", async () => {
    const odd = ["it's", 'a\\b', "''", '\\', 'plain'];
    const { rows } = await sql<{ w: string; back: string[]; rank: number }>`
      select w, search_words(search_word(w)) as back,
        ts_rank(array_to_tsvector(array[w]), search_word(w)) as rank
      from unnest(${odd}::text[]) as w`.execute(server.store.db);
    for (const { w, back, rank } of rows) {
      expect(back).toEqual([w]);
      expect(rank).toBeGreaterThan(0);
    }
    const { rows: all } = await sql<{ words: string[] }>`
      select search_words((search_word(${odd[0]}) || search_word(${odd[1]})) && !! search_word(${odd[2]})
        && (search_word(${odd[3]}) <-> search_word(${odd[4]}))) as words`.execute(server.store.db);
    expect([...all[0]!.words].sort()).toEqual([...odd].sort());
  });
});
