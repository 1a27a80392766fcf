import type { List } from '../schemas/common.js';
import type { Answers } from './answers.js';
import { paginate, paginatePages, type PageParams } from './pagination.js';
import type { RequestOptions, SearchParams, Transport } from './transport.js';

/** The calls every resource shares (each resource exposes some of them). */
export interface Calls<T, P extends PageParams, I, U> {
  // Properties, not methods: the resources hand them on unbound (`list: r.list`).
  list: (params?: P, opts?: RequestOptions) => Promise<List<T>>;
  iterate: (params?: P, opts?: RequestOptions) => AsyncGenerator<T, void, undefined>;
  pages: (params?: P, opts?: RequestOptions) => AsyncGenerator<List<T>, void, undefined>;
  get: (id: string, opts?: RequestOptions) => Promise<T>;
  create: (input: I, opts?: RequestOptions) => Promise<T>;
  update: (id: string, patch: U, opts?: RequestOptions) => Promise<T>;
  delete: (id: string, opts?: RequestOptions) => Promise<void>;
}

/**
 * A query from parameters: only what is set (ky would send `?` for a query
 * of undefined values); several values (e.g. owners) comma-separated.
 */
export function searchParamsOf(params: object): SearchParams {
  return Object.fromEntries<SearchParams[string]>(
    Object.entries(params)
      .filter(([, value]) => value != null)
      .map(([key, value]) => [
        key,
        Array.isArray(value) ? value.join(',') : (value as SearchParams[string]),
      ]),
  );
}

/**
 * The calls every resource shares, written once: each resource file picks the
 * ones it has and documents them. A list's parameters are its query string.
 */
export function resource<K extends keyof Answers, P extends PageParams, I = never, U = never>(
  send: Transport,
  name: string,
  item: K,
): Calls<Answers[K], P, I, U> {
  type T = Answers[K];
  const at = (id: string) => `${name}/${encodeURIComponent(id)}`;
  const list = (params = {} as P, opts?: RequestOptions): Promise<List<T>> =>
    send('GET', name, `${item}[]`, opts, {
      searchParams: searchParamsOf(params),
    }) as Promise<List<T>>;
  return {
    list,
    iterate: (params = {} as P, opts?: RequestOptions) => paginate(list, params, opts),
    pages: (params = {} as P, opts?: RequestOptions) => paginatePages(list, params, opts),
    get: (id: string, opts?: RequestOptions): Promise<T> =>
      send('GET', at(id), item, opts) as Promise<T>,
    create: (input: I, opts?: RequestOptions): Promise<T> =>
      send('POST', name, item, opts, { json: input }) as Promise<T>,
    update: (id: string, patch: U, opts?: RequestOptions): Promise<T> =>
      send('PATCH', at(id), item, opts, { json: patch }) as Promise<T>,
    delete: (id: string, opts?: RequestOptions): Promise<void> =>
      send('DELETE', at(id), undefined, opts),
  };
}
