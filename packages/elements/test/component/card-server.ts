/**
 * A stub of `GET /v1/challenges?view=card` for component tests: whole
 * challenges in, the answer the server gives out (cards in one language with
 * the owner's name, `filter-*` applied, pages by an offset cursor, and with
 * `facets=true` the counts of each filter given the others, the total and the
 * owners' names; with `facets=only` those alone). The server's own rules are tested in
 * apps/server/test/api/challenge-cards.test.ts; this only feeds the element.
 */
import { localize, type Challenge, type Organization } from '@entrypoint/sdk';
import type { Call, Reply } from './stub.js';

const one = (text: Record<string, string> | undefined, lang: string | null, fallback?: string) => {
  const r = localize(text, lang ?? undefined, [fallback]);
  return r ? { [r.lang]: r.text } : undefined;
};

export function cardServer(all: Challenge[], orgs: Organization[]) {
  return (call: Call): Reply => {
    const p = call.url.searchParams;
    if (p.get('view') !== 'card') return { status: 400, body: { title: 'view=card expected' } };
    const list = (name: string) => p.get(name)?.split(',').filter(Boolean);
    const lang = p.get('lang');
    const scope = all.filter((c) => {
      const org = list('org')?.filter((o) => o !== '*');
      return (
        (!org?.length || org.includes(c.orgId)) &&
        (!list('status') || list('status')!.includes(c.status)) &&
        (!list('theme') || c.themes.some((t) => list('theme')!.includes(t)))
      );
    });
    const pass = (c: Challenge) => ({
      theme: !list('filter-theme') || c.themes.some((t) => list('filter-theme')!.includes(t)),
      status: !list('filter-status') || list('filter-status')!.includes(c.status),
      owner: !list('filter-org') || list('filter-org')!.includes(c.orgId),
    });
    const items = scope.filter((c) => Object.values(pass(c)).every(Boolean));
    const limit = Number(p.get('limit') ?? 20);
    const start = Number(p.get('cursor') ?? 0);
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const data = items.slice(start, start + limit).map((c) => {
      const org = byId.get(c.orgId);
      return {
        id: c.id,
        orgId: c.orgId,
        owner: one(org?.name, lang, org?.defaultLanguage),
        title: one(c.title, lang, org?.defaultLanguage),
        summary: one(c.summary, lang, org?.defaultLanguage),
        status: c.status,
        deadline: c.deadline,
        themes: c.themes,
        region: c.region,
      };
    });
    const nextCursor = start + limit < items.length ? String(start + limit) : null;
    const only = p.get('facets') === 'only';
    if (p.get('facets') !== 'true' && !only) return { body: { data, nextCursor } };
    const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
    const facets = {
      total: items.length,
      theme: {} as Record<string, number>,
      status: {} as Record<string, number>,
      owner: {} as Record<string, number>,
      region: {} as Record<string, number>,
      names: {} as Record<string, Record<string, string>>,
    };
    for (const c of scope) {
      const ok = pass(c);
      if (ok.status && ok.owner) for (const t of c.themes) count(facets.theme, t);
      if (ok.theme && ok.owner) count(facets.status, c.status);
      if (ok.theme && ok.status) count(facets.owner, c.orgId);
      if (ok.theme && ok.status && ok.owner && c.region) count(facets.region, c.region);
    }
    for (const id of new Set([...Object.keys(facets.owner), ...(list('org') ?? [])])) {
      const org = byId.get(id);
      const name = org && one(org.name, lang, org.defaultLanguage);
      if (name) facets.names[id] = name;
    }
    return { body: only ? { data: [], nextCursor: null, facets } : { data, nextCursor, facets } };
  };
}
