import type { Organization } from '@entrypoint/sdk';
import type { ElementsClient } from './client.js';

const cache = new WeakMap<ElementsClient, Promise<Map<string, Organization>>>();

/**
 * Every organisation, by id, fetched once per client and shared by the
 * elements on a page (names of owners, their default language, entry points).
 */
export function organizations(client: ElementsClient): Promise<Map<string, Organization>> {
  let found = cache.get(client);
  if (!found) {
    found = (async () => {
      const byId = new Map<string, Organization>();
      let cursor: string | undefined;
      do {
        const page = await client.organizations.list({ limit: 100, cursor });
        for (const org of page.data) byId.set(org.id, org);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return byId;
    })();
    // A failed fetch is not cached: the next render tries again.
    found.catch(() => cache.delete(client));
    cache.set(client, found);
  }
  return found;
}
