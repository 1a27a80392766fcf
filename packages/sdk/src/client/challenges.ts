import { Challenge, type ChallengeInput, type ChallengePatch } from '../schemas/challenge.js';
import { Cluster } from '../schemas/cluster.js';
import { listOf, type List, type Theme } from '../schemas/common.js';
import type { ChallengeStatus } from '../schemas/vocabulary.js';
import { paginate, type PageParams } from './pagination.js';
import type { RequestOptions, Transport } from './transport.js';

export interface ChallengeListParams extends PageParams {
  /** One owner's id, or several (a board across owners). */
  org?: string | readonly string[] | undefined;
  status?: ChallengeStatus | undefined;
  theme?: Theme | undefined;
  /** Full-text search, in any language. */
  q?: string | undefined;
  /** The reader's language, for ranking and search. */
  lang?: string | undefined;
}

const ChallengeList = listOf(Challenge);
const ClusterList = listOf(Cluster);
const path = (id: string) => `challenges/${encodeURIComponent(id)}`;

/** `client.challenges`: public challenges, and an owner's writes (API key). */
export function challengesResource(send: Transport) {
  const list = (
    params: ChallengeListParams = {},
    opts: RequestOptions = {},
  ): Promise<List<Challenge>> =>
    send({
      method: 'GET',
      path: 'challenges',
      schema: ChallengeList,
      searchParams: {
        org: typeof params.org === 'string' ? params.org : params.org?.join(','),
        status: params.status,
        theme: params.theme,
        q: params.q,
        lang: params.lang,
        limit: params.limit,
        cursor: params.cursor,
      },
      signal: opts.signal,
    });
  return {
    /** `GET /v1/challenges`: one page. */
    list,
    /** Every challenge that matches, page after page (`for await (const c of client.challenges.iterate({ org: 'norrhamn' }))`). */
    iterate: (params: ChallengeListParams = {}, opts?: RequestOptions) =>
      paginate(list, params, opts),
    /** `GET /v1/challenges/{id}`. */
    get: (id: string, opts: RequestOptions = {}): Promise<Challenge> =>
      send({ method: 'GET', path: path(id), schema: Challenge, signal: opts.signal }),
    /** `GET /v1/challenges/{id}/clusters`: the clusters whose sectors match the challenge. */
    clusters: (id: string, opts: RequestOptions = {}): Promise<List<Cluster>> =>
      send({
        method: 'GET',
        path: `${path(id)}/clusters`,
        schema: ClusterList,
        signal: opts.signal,
      }),
    /** `POST /v1/challenges` (API key): publishes a challenge of the key's organisation. Not retried. */
    create: (input: ChallengeInput, opts: RequestOptions = {}): Promise<Challenge> =>
      send({
        method: 'POST',
        path: 'challenges',
        schema: Challenge,
        json: input,
        signal: opts.signal,
      }),
    /** `PATCH /v1/challenges/{id}` (API key). */
    update: (id: string, patch: ChallengePatch, opts: RequestOptions = {}): Promise<Challenge> =>
      send({
        method: 'PATCH',
        path: path(id),
        schema: Challenge,
        json: patch,
        signal: opts.signal,
      }),
    /** `DELETE /v1/challenges/{id}` (API key). */
    delete: (id: string, opts: RequestOptions = {}): Promise<void> =>
      send({ method: 'DELETE', path: path(id), schema: undefined, signal: opts.signal }),
  };
}
export type ChallengesResource = ReturnType<typeof challengesResource>;
