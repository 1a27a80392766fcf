import { listOf, type List } from '../schemas/common.js';
import { Organization } from '../schemas/organization.js';
import { paginate, type PageParams } from './pagination.js';
import type { RequestOptions, Transport } from './transport.js';

export type OrganizationListParams = PageParams;

const OrganizationList = listOf(Organization);

/** `client.organizations`: the owners of challenges and their entry points. */
export function organizationsResource(send: Transport) {
  const list = (
    params: OrganizationListParams = {},
    opts: RequestOptions = {},
  ): Promise<List<Organization>> =>
    send({
      method: 'GET',
      path: 'organizations',
      schema: OrganizationList,
      searchParams: { limit: params.limit, cursor: params.cursor },
      signal: opts.signal,
    });
  return {
    /** `GET /v1/organizations`: one page of organisations. */
    list,
    /** Every organisation, page after page. */
    iterate: (params: OrganizationListParams = {}, opts?: RequestOptions) =>
      paginate(list, params, opts),
    /** `GET /v1/organizations/{id}`. Throws {@link NotFoundError} when there is none. */
    get: (id: string, opts: RequestOptions = {}): Promise<Organization> =>
      send({
        method: 'GET',
        path: `organizations/${encodeURIComponent(id)}`,
        schema: Organization,
        signal: opts.signal,
      }),
  };
}
export type OrganizationsResource = ReturnType<typeof organizationsResource>;
