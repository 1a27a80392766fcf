import type { Organization } from '@entrypoint/sdk';
import type { ElementsClient } from './client.js';

const cache = new WeakMap<ElementsClient, Promise<Map<string, Organization>>>();

/** The owner ids of an `org` attribute: comma-separated, blanks and spaces dropped. */
export const orgList = (org: string): string[] =>
  org
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Every organisation, by id, fetched once per client and shared by the
 * elements on a page (names of owners, their default language, entry points).
 */
export function organizations(client: ElementsClient): Promise<Map<string, Organization>> {
  let found = cache.get(client);
  if (!found) {
    found = (async () => {
      const byId = new Map<string, Organization>();
      for await (const page of client.organizations.pages({ limit: 100 }))
        for (const org of page.data) byId.set(org.id, org);
      return byId;
    })();
    // A failed fetch is not cached: the next render tries again.
    found.catch(() => cache.delete(client));
    cache.set(client, found);
  }
  return found;
}

/**
 * The ids among `ids` that name no organisation on the server: not in the
 * list, and `GET /v1/organizations/{id}` answers 404. Each one is reported
 * once with `console.warn`, for the web team that wrote the attribute.
 */
export async function unknownOrgs(
  client: ElementsClient,
  ids: string[],
  tag: string,
): Promise<string[]> {
  const known = await organizations(client);
  const unknown: string[] = [];
  for (const id of ids)
    if (id !== '*' && !known.has(id))
      await client.organizations.get(id).then(
        (org) => known.set(id, org),
        (error: unknown) => {
          if ((error as Error).name !== 'NotFoundError') throw error;
          unknown.push(id);
        },
      );
  if (unknown.length)
    console.warn(
      `Entrypoint: <${tag}> names no organisation "${unknown.join('", "')}" (its org attribute).`,
    );
  return unknown;
}
