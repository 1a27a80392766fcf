import type { Challenge, ChallengeInput, ChallengePatch } from '../schemas/challenge.js';
import type { ChallengeCardPage } from '../schemas/challenge-card.js';
import type { Cluster } from '../schemas/cluster.js';
import type { DefaultAssignee } from '../schemas/inbox-actions.js';
import type { List, Theme } from '../schemas/common.js';
import type { ChallengeStatus } from '../schemas/vocabulary.js';
import type { PageParams } from './pagination.js';
import { reads, searchParamsOf, writes } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

/** The orders of a challenge list: newest first (the default), or what a company can still respond to first. */
export type ChallengeSort = 'newest' | 'status';

export interface ChallengeListParams extends PageParams {
  /** One owner's id, or several, or `'*'` for every owner on the server (a board across owners). */
  org?: string | readonly string[] | undefined;
  status?: ChallengeStatus | readonly ChallengeStatus[] | undefined;
  theme?: Theme | readonly Theme[] | undefined;
  /** NUTS codes or their prefixes (`'SE2'` finds `SE224`). */
  region?: string | readonly string[] | undefined;
  /**
   * `'status'`: open challenges first, by deadline (those without one after
   * them), then in dialogue and procurement, then solved, then closed. Not with `q`.
   */
  sort?: ChallengeSort | undefined;
  /** Full-text search, in any language. */
  q?: string | undefined;
  /** The reader's language, for ranking and search. */
  lang?: string | undefined;
}

/**
 * The choices a person makes on a board, within the list's scope: each
 * narrows the list (and the others' counts), but not its own counts.
 */
export interface ChallengeFilters {
  theme?: Theme | readonly Theme[] | undefined;
  status?: ChallengeStatus | readonly ChallengeStatus[] | undefined;
  /** Owner ids (within `org`). */
  org?: string | readonly string[] | undefined;
  /** NUTS codes or their prefixes (within `region`). */
  region?: string | readonly string[] | undefined;
}

export interface ChallengeCardParams extends ChallengeListParams {
  /** Filters chosen within the scope the other parameters set (`filter-theme` …). */
  filter?: ChallengeFilters | undefined;
  /**
   * `true`: also count the filters (`facets` in the answer), for a board's
   * first page. `'only'`: the counts alone (no cards, `data` empty), to ask
   * for beside the first page of cards, which then need not wait for them.
   */
  facets?: boolean | 'only' | undefined;
}

export interface SimilarParams {
  /** How many (default 5, at most 20). */
  limit?: number | undefined;
}

export interface ChallengesResource {
  /** `GET /v1/challenges`: one page. */
  list(params?: ChallengeListParams, opts?: RequestOptions): Promise<List<Challenge>>;
  /** Every challenge that matches, page after page (`for await (const c of client.challenges.iterate({ org: 'norrhamn' }))`). */
  iterate(
    params?: ChallengeListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<Challenge, void, undefined>;
  /** The same, a page at a time (`{ data, nextCursor }`), e.g. to show what has loaded so far. */
  pages(
    params?: ChallengeListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<List<Challenge>, void, undefined>;
  /**
   * `GET /v1/challenges?view=card`: one page of cards (title, summary and
   * owner's name in `lang`), and with `facets: true` the counts of the
   * filters (`facets: 'only'`: the counts alone).
   * A board lists these, and gets the whole challenge when one is opened.
   */
  cards(params?: ChallengeCardParams, opts?: RequestOptions): Promise<ChallengeCardPage>;
  /** `GET /v1/challenges/{id}`. */
  get(id: string, opts?: RequestOptions): Promise<Challenge>;
  /** `GET /v1/challenges/{id}/clusters`: the clusters whose sectors match the challenge. */
  clusters(id: string, opts?: RequestOptions): Promise<List<Cluster>>;
  /**
   * `GET /v1/challenges/{id}/similar`: published challenges of other
   * organisations like this one ("others working on this"), most similar
   * first; `limit` 1–20, default 5.
   */
  similar(
    id: string,
    params?: { limit?: number | undefined },
    opts?: RequestOptions,
  ): Promise<List<Challenge>>;
  /** `POST /v1/challenges` (API key): publishes a challenge of the key's organisation. Not retried. */
  create(input: ChallengeInput, opts?: RequestOptions): Promise<Challenge>;
  /** `PATCH /v1/challenges/{id}` (API key). */
  update(id: string, patch: ChallengePatch, opts?: RequestOptions): Promise<Challenge>;
  /** `DELETE /v1/challenges/{id}` (API key). */
  delete(id: string, opts?: RequestOptions): Promise<void>;
  /**
   * `PUT /v1/challenges/{id}/default-assignee` (API key, or a handler's or
   * admin's session): what arrives for the challenge is assigned to this
   * staff member (`null`: to nobody).
   */
  setDefaultAssignee(
    id: string,
    staffId: string | null,
    opts?: RequestOptions,
  ): Promise<DefaultAssignee>;
}

/** `client.challenges`: public challenges, and an owner's writes (API key). */
export function challengesResource(send: Transport): ChallengesResource {
  return {
    ...reads<'challenge', ChallengeListParams>(send, 'challenges', 'challenge'),
    cards: ({ filter = {}, ...params }: ChallengeCardParams = {}, opts?: RequestOptions) => {
      const query: Record<string, unknown> = { view: 'card', ...params };
      for (const [key, value] of Object.entries(filter)) query[`filter-${key}`] = value;
      return send('GET', 'challenges', 'cardPage', opts, { searchParams: searchParamsOf(query) });
    },
    clusters: (id: string, opts?: RequestOptions): Promise<List<Cluster>> =>
      send('GET', `challenges/${encodeURIComponent(id)}/clusters`, 'cluster[]', opts),
    similar: (id: string, params = {}, opts?: RequestOptions): Promise<List<Challenge>> =>
      send('GET', `challenges/${encodeURIComponent(id)}/similar`, 'challenge[]', opts, {
        searchParams: params.limit === undefined ? {} : { limit: params.limit },
      }),
    ...writes<'challenge', ChallengeInput, ChallengePatch>(send, 'challenges', 'challenge'),
    setDefaultAssignee: (id: string, staffId: string | null, opts?: RequestOptions) =>
      send(
        'PUT',
        `challenges/${encodeURIComponent(id)}/default-assignee`,
        'defaultAssignee',
        opts,
        {
          json: { staffId },
        },
      ),
  };
}
