/**
 * Where the board's list comes from: pages of cards with the counts of its
 * filters, asked of the server (`client.challenges.cards`), so that a board
 * never downloads its whole scope. Answers are kept per client for the page's
 * life, so that going back to a filter or a search shows it at once, and the
 * next page is asked for before "show more" is pressed. The first page and
 * its facets may already be on their way: the embed's entry asks for them as
 * soon as it sees the tag, while the board's code still loads (`PREFETCH`).
 */
import type {
  ChallengeCardPage,
  ChallengeCardParams,
  ChallengeFacets,
  ChallengeStatus,
  Theme,
} from '@entrypoint/sdk';
import type { ElementsClient } from './client.js';
import type { Filters } from './filter.js';
import { orgList } from './orgs.js';

/** What the board's list depends on. */
export interface BoardQuery {
  org: string;
  region: string;
  status: string;
  theme: string;
  q: string;
  lang: string;
  filters: Filters;
  pageSize: number;
}

/** The most cards one request asks for (the API's limit). */
const MAX_PAGE = 100;

/**
 * The parameters of the card list for a board. (embed.ts builds the same
 * object for the first page from the tag's attributes: keep the two alike, or
 * the first page is asked for twice.)
 */
export function cardParams(b: BoardQuery): ChallengeCardParams {
  const owners = orgList(b.org);
  return {
    org: owners.length ? owners : undefined,
    region: b.region || undefined,
    sort: b.q ? undefined : 'status',
    status: (b.status || undefined) as ChallengeStatus | undefined,
    theme: (b.theme || undefined) as Theme | undefined,
    q: b.q || undefined,
    lang: b.lang,
    limit: Math.min(Math.max(Math.floor(b.pageSize) || 12, 1), MAX_PAGE),
    filter: {
      theme: (b.filters.theme || undefined) as Theme | undefined,
      status: (b.filters.status || undefined) as ChallengeStatus | undefined,
      org: b.filters.owner || undefined,
    },
  };
}

/** Answers kept per client, newest last; at most this many. */
const KEEP = 60;
const answers = new WeakMap<ElementsClient, Map<string, Promise<ChallengeCardPage>>>();

/** The key under which the embed's entry hands over the first page it asked for (a property of the element). */
export const PREFETCH = Symbol.for('entrypoint.board.first-page');

/** What the entry leaves on the element: the answers it asked for, by their parameters (JSON). */
export type Prefetched = Record<string, Promise<ChallengeCardPage | undefined>>;

/** The answers that have come, by their promise: what `now` reads. */
const came = new WeakMap<PromiseLike<unknown>, unknown>();

/** Notes each answer the entry asked for as it comes, so that `now` can read it without waiting. */
export function watch(prefetched: Prefetched | undefined): void {
  for (const p of Object.values(prefetched ?? {})) void note(p);
}

function note<T>(p: Promise<T>): Promise<T> {
  p.then((value) => came.set(p, value), noop);
  return p;
}

/**
 * The answer of `p` if it has come (an answer that came is shown in the
 * update that asks for it, without a pending state and a second update).
 */
export function now<T>(p: Promise<T> | undefined): T | undefined {
  return came.get(p!) as T | undefined;
}

/**
 * One page of cards, from the answers kept, else from the server. Not
 * aborted when a newer query comes: its answer is kept for when the person
 * comes back to it. A failed answer is forgotten, so a retry asks again.
 */
export function cards(
  client: ElementsClient,
  params: ChallengeCardParams,
  prefetched?: Prefetched,
): Promise<ChallengeCardPage> {
  let kept = answers.get(client);
  if (!kept) answers.set(client, (kept = new Map<string, Promise<ChallengeCardPage>>()));
  const key = JSON.stringify(params);
  let found = kept.get(key);
  if (found) {
    // Most recently used last.
    kept.delete(key);
  } else {
    const ask = () => client.challenges.cards(params);
    const early = prefetched?.[key];
    // The entry's answer as it is when it has come with a page (so that `now` reads it).
    found = note(
      now(early)
        ? (early as Promise<ChallengeCardPage>)
        : early
          ? early.then((page) => page ?? ask(), ask)
          : ask(),
    );
    found.catch(() => kept.delete(key));
    if (kept.size >= KEEP) kept.delete(kept.keys().next().value as string);
  }
  kept.set(key, found);
  return found;
}

/** Whether an answer for these parameters is kept (or on its way). */
export function kept(client: ElementsClient, params: ChallengeCardParams): boolean {
  return !!answers.get(client)?.has(JSON.stringify(params));
}

/** The ids in `org` that name no organisation: those the facets have no name for. */
export function unknownIn(org: string, facets: ChallengeFacets): string[] {
  return orgList(org).filter((id) => id !== '*' && !(id in facets.names));
}

const warned = new Set<string>();

/** Tells the web team, once per attribute value, which ids of `org` name no organisation. */
export function warnUnknown(tag: string, unknown: string[]): void {
  const said = `${tag}|${unknown.join()}`;
  if (!unknown.length || warned.has(said)) return;
  warned.add(said);
  console.warn(
    `Entrypoint: <${tag}> names no organisation "${unknown.join('", "')}" (its org attribute).`,
  );
}

function noop() {}
