import type { Theme } from '../schemas/common.js';
import type { Story, StoryInput, StoryPatch } from '../schemas/story.js';
import type { List } from '../schemas/common.js';
import type { PageParams } from './pagination.js';
import { reads, writes } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

export interface StoryListParams extends PageParams {
  /** The owner's id. */
  org?: string | undefined;
  theme?: Theme | undefined;
  /** Only the stories told about this challenge (its id is among their `challengeIds`). */
  challenge?: string | undefined;
}

/** The three feed formats: RSS 2.0, Atom and JSON Feed 1.1. */
export type FeedKind = 'rss' | 'atom' | 'json';

export interface FeedParams {
  /** Only this owner's stories. */
  org?: string | undefined;
  /** Only the stories told about this challenge. */
  challenge?: string | undefined;
  /** The language to write the items in (with the usual fallbacks). */
  lang?: string | undefined;
}

export interface StoriesResource {
  /** `GET /v1/stories`: one page. */
  list(params?: StoryListParams, opts?: RequestOptions): Promise<List<Story>>;
  /** Every story that matches, page after page. */
  iterate(params?: StoryListParams, opts?: RequestOptions): AsyncGenerator<Story, void, undefined>;
  /** The same, a page at a time (`{ data, nextCursor }`), e.g. to show what has loaded so far. */
  pages(
    params?: StoryListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<List<Story>, void, undefined>;
  /** `GET /v1/stories/{id}`. */
  get(id: string, opts?: RequestOptions): Promise<Story>;
  /**
   * The address of a feed of stories, for a `<link rel="alternate">`, a feed
   * reader or an RSS-to-email tool. Makes no request.
   */
  feedUrl(kind: FeedKind, params?: FeedParams): string;
  /** `POST /v1/stories` (API key). Not retried. */
  create(input: StoryInput, opts?: RequestOptions): Promise<Story>;
  /** `PATCH /v1/stories/{id}` (API key). */
  update(id: string, patch: StoryPatch, opts?: RequestOptions): Promise<Story>;
  /** `DELETE /v1/stories/{id}` (API key). */
  delete(id: string, opts?: RequestOptions): Promise<void>;
}

/** `client.stories`: good examples, their feeds, and an owner's writes (API key). */
export function storiesResource(send: Transport, root: string): StoriesResource {
  return {
    ...reads<'story', StoryListParams>(send, 'stories', 'story'),
    feedUrl: (kind: FeedKind, params: FeedParams = {}): string => {
      const query = new URLSearchParams();
      if (params.org) query.set('org', params.org);
      if (params.challenge) query.set('challenge', params.challenge);
      if (params.lang) query.set('lang', params.lang);
      const search = query.toString();
      return `${root}/v1/stories/feed.${kind}${search ? `?${search}` : ''}`;
    },
    ...writes<'story', StoryInput, StoryPatch>(send, 'stories', 'story'),
  };
}
