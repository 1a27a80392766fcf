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
 * A list's parameters as its query: only what is set (ky would send `?` for a
 * query of undefined values); several values (e.g. owners) comma-separated.
 */
export const searchParamsOf = (params: object): SearchParams =>
  Object.fromEntries<SearchParams[string]>(
    Object.entries(params)
      .filter(([, value]) => value != null)
      .map(([key, value]) => [
        key,
        Array.isArray(value) ? value.join(',') : (value as SearchParams[string]),
      ]),
  );

/** A resource's reads: one page, every item, every page, one item. */
export type Reads<T, P extends PageParams, I = never, U = never> = Pick<
  Calls<T, P, I, U>,
  'list' | 'iterate' | 'pages' | 'get'
>;

/** A resource's writes (API key): create, update, delete. */
export type Writes<T, P extends PageParams, I = never, U = never> = Pick<
  Calls<T, P, I, U>,
  'create' | 'update' | 'delete'
>;

const at = (name: string, id: string) => `${name}/${encodeURIComponent(id)}`;

/**
 * The reads every resource shares, written once: a resource spreads them into
 * its own calls (`{ ...reads(send, 'stories', 'story'), feedUrl }`). A list's
 * parameters are its query string.
 */
export function reads<K extends keyof Answers, P extends PageParams>(
  send: Transport,
  name: string,
  item: K,
): Reads<Answers[K], P> {
  type T = Answers[K];
  const list = (params = {} as P, opts?: RequestOptions): Promise<List<T>> =>
    send('GET', name, `${item}[]`, opts, { searchParams: searchParamsOf(params) }) as Promise<
      List<T>
    >;
  return {
    list,
    iterate: (params = {} as P, opts?: RequestOptions) => paginate(list, params, opts),
    pages: (params = {} as P, opts?: RequestOptions) => paginatePages(list, params, opts),
    get: (id: string, opts?: RequestOptions): Promise<T> =>
      send('GET', at(name, id), item, opts) as Promise<T>,
  };
}

/** The writes every resource with them shares, written once (spread as {@link reads} is). */
export function writes<K extends keyof Answers, I, U>(
  send: Transport,
  name: string,
  item: K,
): Writes<Answers[K], PageParams, I, U> {
  type T = Answers[K];
  return {
    create: (input: I, opts?: RequestOptions): Promise<T> =>
      send('POST', name, item, opts, { json: input }) as Promise<T>,
    update: (id: string, patch: U, opts?: RequestOptions): Promise<T> =>
      send('PATCH', at(name, id), item, opts, { json: patch }) as Promise<T>,
    delete: (id: string, opts?: RequestOptions): Promise<void> =>
      send('DELETE', at(name, id), undefined, opts),
  };
}

/** All the calls every resource shares: {@link reads} and {@link writes}. */
export function resource<K extends keyof Answers, P extends PageParams, I = never, U = never>(
  send: Transport,
  name: string,
  item: K,
): Calls<Answers[K], P, I, U> {
  return { ...reads<K, P>(send, name, item), ...writes<K, I, U>(send, name, item) };
}
