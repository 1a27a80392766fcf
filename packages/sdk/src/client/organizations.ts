import type {
  Organization,
  OrganizationAdmin,
  OrganizationPatch,
} from '../schemas/organization.js';
import type { List } from '../schemas/common.js';
import type { PageParams } from './pagination.js';
import { reads, writes } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

export type OrganizationListParams = PageParams;

export interface OrganizationsResource {
  /** `GET /v1/organizations`: one page of organisations. */
  list(params?: OrganizationListParams, opts?: RequestOptions): Promise<List<Organization>>;
  /** Every organisation, page after page. */
  iterate(
    params?: OrganizationListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<Organization, void, undefined>;
  /** The same, a page at a time (`{ data, nextCursor }`), e.g. to show what has loaded so far. */
  pages(
    params?: OrganizationListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<List<Organization>, void, undefined>;
  /**
   * `GET /v1/organizations/{id}`. With the organisation's own key, the admin
   * shape, with its `allowedOrigins`. Throws {@link NotFoundError} when there is none.
   */
  get(id: string, opts?: RequestOptions): Promise<Organization | OrganizationAdmin>;
  /**
   * `PATCH /v1/organizations/{id}` (its key, or a session of its admin; an
   * editor changes the profile only): the organisation as its admins see it.
   */
  update(id: string, patch: OrganizationPatch, opts?: RequestOptions): Promise<OrganizationAdmin>;
}

/** `client.organizations`: the owners of challenges and their entry points. */
export function organizationsResource(send: Transport): OrganizationsResource {
  return {
    ...reads<'organization', OrganizationListParams>(send, 'organizations', 'organization'),
    // The answer to a PATCH is the admin shape.
    update: writes<'organization', never, OrganizationPatch>(send, 'organizations', 'organization')
      .update as OrganizationsResource['update'],
  };
}
