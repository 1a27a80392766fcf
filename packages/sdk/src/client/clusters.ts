import { Cluster, type ClusterInput, type ClusterPatch } from '../schemas/cluster.js';
import { listOf, type List, type Theme } from '../schemas/common.js';
import { paginate, type PageParams } from './pagination.js';
import type { RequestOptions, Transport } from './transport.js';

export interface ClusterListParams extends PageParams {
  /** Full-text search. */
  q?: string | undefined;
  /** A theme the cluster works in. */
  sector?: Theme | undefined;
  /** ISO 3166-1 alpha-2, e.g. `SE`. */
  country?: string | undefined;
}

const ClusterList = listOf(Cluster);
const path = (id: string) => `clusters/${encodeURIComponent(id)}`;

/** `client.clusters`: cluster organisations' public profiles, and a cluster's own writes (API key). */
export function clustersResource(send: Transport) {
  const list = (
    params: ClusterListParams = {},
    opts: RequestOptions = {},
  ): Promise<List<Cluster>> =>
    send({
      method: 'GET',
      path: 'clusters',
      schema: ClusterList,
      searchParams: {
        q: params.q,
        sector: params.sector,
        country: params.country,
        limit: params.limit,
        cursor: params.cursor,
      },
      signal: opts.signal,
    });
  return {
    /** `GET /v1/clusters`: one page. */
    list,
    /** Every cluster that matches, page after page. */
    iterate: (params: ClusterListParams = {}, opts?: RequestOptions) =>
      paginate(list, params, opts),
    /** `GET /v1/clusters/{id}`. */
    get: (id: string, opts: RequestOptions = {}): Promise<Cluster> =>
      send({ method: 'GET', path: path(id), schema: Cluster, signal: opts.signal }),
    /** `POST /v1/clusters` (API key of a cluster organisation): its profile. Not retried. */
    create: (input: ClusterInput, opts: RequestOptions = {}): Promise<Cluster> =>
      send({ method: 'POST', path: 'clusters', schema: Cluster, json: input, signal: opts.signal }),
    /** `PATCH /v1/clusters/{id}` (API key). */
    update: (id: string, patch: ClusterPatch, opts: RequestOptions = {}): Promise<Cluster> =>
      send({ method: 'PATCH', path: path(id), schema: Cluster, json: patch, signal: opts.signal }),
    /** `DELETE /v1/clusters/{id}` (API key). */
    delete: (id: string, opts: RequestOptions = {}): Promise<void> =>
      send({ method: 'DELETE', path: path(id), schema: undefined, signal: opts.signal }),
  };
}
export type ClustersResource = ReturnType<typeof clustersResource>;
