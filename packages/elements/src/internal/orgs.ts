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
