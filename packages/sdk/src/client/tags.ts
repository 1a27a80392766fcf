import type { OrgTag } from '../schemas/inbox-actions.js';
import type { List } from '../schemas/common.js';
import type { RequestOptions, Transport } from './transport.js';

export interface TagsResource {
  /** `GET /v1/tags`: the organisation's own tags, in alphabetical order (one page holds them all). */
  list(opts?: RequestOptions): Promise<List<OrgTag>>;
  /** `POST /v1/tags` (API key, or a handler's or admin's session); {@link ConflictError} when it exists. */
  create(tag: string, opts?: RequestOptions): Promise<OrgTag>;
  /** `DELETE /v1/tags/{tag}`: removes it, from every submission too. */
  delete(tag: string, opts?: RequestOptions): Promise<void>;
}

/** `client.tags`: the tags an organisation puts on its submissions. */
export function tagsResource(send: Transport): TagsResource {
  return {
    list: (opts?: RequestOptions) => send('GET', 'tags', 'tag[]', opts),
    create: (tag: string, opts?: RequestOptions) =>
      send('POST', 'tags', 'tag', opts, { json: { tag } }),
    delete: (tag: string, opts?: RequestOptions) =>
      send('DELETE', `tags/${encodeURIComponent(tag)}`, undefined, opts),
  };
}
