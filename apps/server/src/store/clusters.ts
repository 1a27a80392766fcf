import { sql, type Kysely } from 'kysely';
import type { Cluster, Organization, OrganizationAdmin } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { decodeCursor, page } from './cursor.js';
import { tsqueryOf, tsvectorOf } from './search.js';
import { publicOrganization } from './organizations.js';

/** The fields a cluster adds to its organisation. */
export type ClusterProfile = Omit<Cluster, keyof Organization>;

export function clusterOf(org: OrganizationAdmin, profile: ClusterProfile): Cluster {
  return { ...publicOrganization(org), ...profile, kind: 'cluster' };
}

function searchOf(org: OrganizationAdmin, p: ClusterProfile) {
  return tsvectorOf([
    ['A', org.name],
    ['B', p.description],
    ['C', p.technologies],
    ['C', p.sectors],
  ]);
}

export async function saveCluster(
  db: Kysely<Database>,
  org: OrganizationAdmin,
  profile: ClusterProfile,
  now: Date,
): Promise<void> {
  const values = {
    sectors: profile.sectors,
    country: org.country,
    profile: JSON.stringify(profile),
    search: searchOf(org, profile),
    updated_at: now,
  };
  await db
    .insertInto('clusters')
    .values({ org_id: org.id, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
}

export async function deleteCluster(db: Kysely<Database>, orgId: string): Promise<boolean> {
  const r = await db.deleteFrom('clusters').where('org_id', '=', orgId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

function base(db: Kysely<Database>) {
  return db
    .selectFrom('clusters as c')
    .innerJoin('organizations as o', 'o.id', 'c.org_id')
    .select(['c.org_id as id', 'o.doc as org', 'c.profile as profile']);
}

type Row = { id: string; org: unknown; profile: unknown };
const toCluster = (r: Row) => clusterOf(r.org as OrganizationAdmin, r.profile as ClusterProfile);

export async function getCluster(db: Kysely<Database>, id: string): Promise<Cluster | undefined> {
  const row = await base(db).where('c.org_id', '=', id).executeTakeFirst();
  return row ? toCluster(row) : undefined;
}

/** A cluster's profile; `lock`: row-locked until the transaction `db` ends. */
export async function getClusterProfile(
  db: Kysely<Database>,
  id: string,
  { lock = false } = {},
): Promise<ClusterProfile | undefined> {
  const row = await db
    .selectFrom('clusters')
    .select('profile')
    .where('org_id', '=', id)
    .$if(lock, (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row?.profile as ClusterProfile | undefined;
}

export async function listClusters(
  db: Kysely<Database>,
  p: {
    q?: string | undefined;
    lang?: string | undefined;
    sectors?: string[] | undefined;
    countries?: string[] | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<{ data: Cluster[]; nextCursor: string | null }> {
  const tsq = p.q ? tsqueryOf(p.q, p.lang) : undefined;
  const rank = tsq ? sql<number>`ts_rank(c.search, ${tsq})::float8` : sql<number>`0::float8`;
  let q = base(db).select(rank.as('rank'));
  if (p.sectors?.length) q = q.where(sql<boolean>`c.sectors && ${sql.val(p.sectors)}::text[]`);
  if (p.countries?.length) q = q.where('c.country', 'in', p.countries);
  if (tsq) q = q.where(sql<boolean>`c.search @@ ${tsq}`);
  if (p.cursor) {
    const [key, id] = decodeCursor(p.cursor, tsq ? 'rank' : 'none');
    q = tsq
      ? q.where(sql<boolean>`(${rank}, c.org_id) < (${Number(key)}::float8, ${id})`)
      : q.where('c.org_id', '>', id);
  }
  q = tsq ? q.orderBy('rank', 'desc').orderBy('c.org_id', 'desc') : q.orderBy('c.org_id', 'asc');
  const rows = await q.limit(p.limit + 1).execute();
  const result = page(rows, p.limit, (r) => [tsq ? Number(r.rank) : '', r.id]);
  return { data: result.rows.map(toCluster), nextCursor: result.nextCursor };
}

/** Clusters whose sectors overlap `themes`, most overlap first. */
export async function clustersMatching(
  db: Kysely<Database>,
  themes: string[],
  limit: number,
): Promise<Cluster[]> {
  if (themes.length === 0) return [];
  const arr = sql`${sql.val(themes)}::text[]`;
  const rows = await base(db)
    .select(
      sql<number>`cardinality(array(select unnest(c.sectors) intersect select unnest(${arr})))`.as(
        'overlap',
      ),
    )
    .where(sql<boolean>`c.sectors && ${arr}`)
    .orderBy('overlap', 'desc')
    .orderBy('c.org_id', 'asc')
    .limit(limit)
    .execute();
  return rows.map(toCluster);
}
