import type { Cluster, ClusterInput, ClusterPatch } from '../schemas/cluster.js';
import type { Theme } from '../schemas/common.js';
import type { List } from '../schemas/common.js';
import type { PageParams } from './pagination.js';
import { resource } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

export interface ClusterListParams extends PageParams {
  /** Full-text search. */
  q?: string | undefined;
  /** A theme the cluster works in. */
  sector?: Theme | undefined;
  /** ISO 3166-1 alpha-2, e.g. `SE`. */
  country?: string | undefined;
}

export interface ClustersResource {
  /** `GET /v1/clusters`: one page. */
  list(params?: ClusterListParams, opts?: RequestOptions): Promise<List<Cluster>>;
  /** Every cluster that matches, page after page. */
  iterate(
    params?: ClusterListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<Cluster, void, undefined>;
  /** The same, a page at a time (`{ data, nextCursor }`), e.g. to show what has loaded so far. */
  pages(
    params?: ClusterListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<List<Cluster>, void, undefined>;
  /** `GET /v1/clusters/{id}`. */
  get(id: string, opts?: RequestOptions): Promise<Cluster>;
  /** `POST /v1/clusters` (API key of a cluster organisation): its profile. Not retried. */
  create(input: ClusterInput, opts?: RequestOptions): Promise<Cluster>;
  /** `PATCH /v1/clusters/{id}` (API key). */
  update(id: string, patch: ClusterPatch, opts?: RequestOptions): Promise<Cluster>;
  /** `DELETE /v1/clusters/{id}` (API key). */
  delete(id: string, opts?: RequestOptions): Promise<void>;
}

/** `client.clusters`: cluster organisations' public profiles, and a cluster's own writes (API key). */
export function clustersResource(send: Transport): ClustersResource {
  return resource<'cluster', ClusterListParams, ClusterInput, ClusterPatch>(
    send,
    'clusters',
    'cluster',
  );
}
