import { listOf, type List, type Theme } from '../schemas/common.js';
import { Story, type StoryInput, type StoryPatch } from '../schemas/story.js';
import { paginate, type PageParams } from './pagination.js';
import type { RequestOptions, Transport } from './transport.js';

export interface StoryListParams extends PageParams {
  /** The owner's id. */
  org?: string | undefined;
  theme?: Theme | undefined;
}

/** The three feed formats: RSS 2.0, Atom and JSON Feed 1.1. */
export type FeedKind = 'rss' | 'atom' | 'json';

export interface FeedParams {
  /** Only this owner's stories. */
  org?: string | undefined;
  /** The language to write the items in (with the usual fallbacks). */
  lang?: string | undefined;
}

const StoryList = listOf(Story);
const path = (id: string) => `stories/${encodeURIComponent(id)}`;

/** `client.stories`: good examples, their feeds, and an owner's writes (API key). */
export function storiesResource(send: Transport, root: string) {
  const list = (params: StoryListParams = {}, opts: RequestOptions = {}): Promise<List<Story>> =>
    send({
      method: 'GET',
      path: 'stories',
      schema: StoryList,
      searchParams: {
        org: params.org,
        theme: params.theme,
        limit: params.limit,
        cursor: params.cursor,
      },
      signal: opts.signal,
    });
  return {
    /** `GET /v1/stories`: one page. */
    list,
    /** Every story that matches, page after page. */
    iterate: (params: StoryListParams = {}, opts?: RequestOptions) => paginate(list, params, opts),
    /** `GET /v1/stories/{id}`. */
    get: (id: string, opts: RequestOptions = {}): Promise<Story> =>
      send({ method: 'GET', path: path(id), schema: Story, signal: opts.signal }),
    /**
     * The address of a feed of stories, for a `<link rel="alternate">`, a feed
     * reader or an RSS-to-email tool. Makes no request.
     */
    feedUrl: (kind: FeedKind, params: FeedParams = {}): string => {
      const query = new URLSearchParams();
      if (params.org) query.set('org', params.org);
      if (params.lang) query.set('lang', params.lang);
      const search = query.toString();
      return `${root}/v1/stories/feed.${kind}${search ? `?${search}` : ''}`;
    },
    /** `POST /v1/stories` (API key). Not retried. */
    create: (input: StoryInput, opts: RequestOptions = {}): Promise<Story> =>
      send({ method: 'POST', path: 'stories', schema: Story, json: input, signal: opts.signal }),
    /** `PATCH /v1/stories/{id}` (API key). */
    update: (id: string, patch: StoryPatch, opts: RequestOptions = {}): Promise<Story> =>
      send({ method: 'PATCH', path: path(id), schema: Story, json: patch, signal: opts.signal }),
    /** `DELETE /v1/stories/{id}` (API key). */
    delete: (id: string, opts: RequestOptions = {}): Promise<void> =>
      send({ method: 'DELETE', path: path(id), schema: undefined, signal: opts.signal }),
  };
}
export type StoriesResource = ReturnType<typeof storiesResource>;
