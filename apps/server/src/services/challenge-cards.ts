/**
 * The challenge list as cards (`GET /v1/challenges?view=card`): what a
 * board's card shows, with every text in one language, and on request the
 * counts of the board's filters (facets), so that a board never has to
 * download its whole scope to count them.
 */
import type { Kysely } from 'kysely';
import { localize, type ChallengeCard, type ChallengeFacets } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as challenges from '../store/challenges.js';
import type { Viewer } from './reads.js';

type Db = Kysely<Database>;
type Text = Record<string, string>;

/** A card as the store gives it: texts still in every language, absent fields null. */
interface StoredCard {
  id: string;
  orgId: string;
  title: Text;
  summary: Text;
  status: ChallengeCard['status'];
  deadline: string | null;
  themes: ChallengeCard['themes'];
  region: string | null;
}

/** The text in one language, as a Localized with that one entry (it says which language it is). */
function one(
  text: Text | undefined,
  lang: string | undefined,
  fallback?: string,
): Text | undefined {
  const found = localize(text, lang, [fallback]);
  return found ? { [found.lang]: found.text } : undefined;
}

export interface CardQuery extends Omit<challenges.ChallengeQuery, 'draftsOf' | 'view'> {
  /**
   * `true`: count the filters too (a board's first page). `only`: the counts
   * alone, no cards (`data` empty): asked beside the cards, so that a board
   * shows its cards before the slower count over its whole scope is done.
   */
  facets?: boolean | 'only' | undefined;
}

/** A page of cards (and the facets when asked) as JSON text. */
export async function listChallengeCards(
  db: Db,
  query: CardQuery,
  viewer: Viewer,
): Promise<string> {
  const { facets: withFacets, ...rest } = query;
  const scope = { ...rest, draftsOf: viewer };
  const read = async (db: Db) => {
    // Both read the same scope; on PostgreSQL they run side by side.
    const [page, counts] = await Promise.all([
      withFacets === 'only'
        ? { json: [], nextCursor: null }
        : challenges.listChallenges(db, { ...scope, view: 'card' }),
      withFacets ? challenges.challengeFacets(db, scope) : undefined,
    ]);
    const owners = new Set(page.json.map((json) => (JSON.parse(json) as StoredCard).orgId));
    for (const id of Object.keys(counts?.owner ?? {})) owners.add(id);
    for (const id of query.orgs ?? []) owners.add(id);
    return { page, counts, orgs: await challenges.organizationNames(db, [...owners]) };
  };
  // The cards alone, or the counts alone (asked at the same moment by a board
  // that shows its cards first), each hold one connection for both their
  // queries, so that on PGlite, which runs one query at a time, the owners'
  // names of the cards do not wait behind the count that was asked after them.
  const { page, counts, orgs } =
    withFacets === true ? await read(db) : await db.connection().execute(read);
  const stored = page.json.map((json) => JSON.parse(json) as StoredCard);
  const lang = query.lang;
  const data: ChallengeCard[] = stored.map((c) => {
    const org = orgs.get(c.orgId);
    const fallback = org?.defaultLanguage;
    const owner = one(org?.name, lang, fallback);
    return {
      id: c.id,
      orgId: c.orgId,
      ...(owner && { owner }),
      title: one(c.title, lang, fallback) ?? {},
      summary: one(c.summary, lang, fallback) ?? {},
      status: c.status,
      ...(c.deadline && { deadline: c.deadline }),
      themes: c.themes,
      ...(c.region && { region: c.region }),
    };
  });
  let facets: ChallengeFacets | undefined;
  if (counts) {
    const names: Record<string, Text> = {};
    for (const [id, org] of orgs) {
      const name = one(org.name, lang, org.defaultLanguage);
      if (name) names[id] = name;
    }
    facets = { ...counts, names };
  }
  return JSON.stringify({ data, nextCursor: page.nextCursor, ...(facets && { facets }) });
}
