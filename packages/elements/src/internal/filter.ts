import type { Challenge } from '@entrypoint/sdk';

/** The filters of the board; an empty string means "any". */
export interface Filters {
  theme: string;
  status: string;
  owner: string;
}

/** The challenges that pass all filters, and per filter the counts of each value given the other two. */
export interface Filtered {
  items: Challenge[];
  counts: { theme: Map<string, number>; status: Map<string, number>; owner: Map<string, number> };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Filters in one pass, counting facets as shops do: the count next to a
 * theme is how many challenges it would show with the status and owner
 * filters as they are. Linear in the number of challenges (10,000 in a few ms).
 */
export function filterChallenges(all: readonly Challenge[], f: Filters): Filtered {
  const items: Challenge[] = [];
  const counts = {
    theme: new Map<string, number>(),
    status: new Map<string, number>(),
    owner: new Map<string, number>(),
  };
  for (const c of all) {
    const t = !f.theme || c.themes.includes(f.theme as Challenge['themes'][number]);
    const s = !f.status || c.status === f.status;
    const o = !f.owner || c.orgId === f.owner;
    if (s && o) for (const theme of c.themes) bump(counts.theme, theme);
    if (t && o) bump(counts.status, c.status);
    if (t && s) bump(counts.owner, c.orgId);
    if (t && s && o) items.push(c);
  }
  return { items, counts };
}
