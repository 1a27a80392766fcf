import type { Kysely } from 'kysely';
import type { Organization, OrganizationAdmin } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { decodeCursor, page } from './cursor.js';

export function publicOrganization(org: OrganizationAdmin): Organization {
  const { allowedOrigins: _hidden, ...rest } = org;
  return rest;
}

export async function upsertOrganization(
  db: Kysely<Database>,
  org: OrganizationAdmin,
  now: Date,
): Promise<void> {
  await db
    .insertInto('organizations')
    .values({
      id: org.id,
      kind: org.kind,
      country: org.country,
      allowed_origins: org.allowedOrigins,
      doc: JSON.stringify(org),
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        kind: org.kind,
        country: org.country,
        allowed_origins: org.allowedOrigins,
        doc: JSON.stringify(org),
        updated_at: now,
      }),
    )
    .execute();
}

export async function organizationExists(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Of `ids`, those that are organisations of kind `cluster`. */
export async function clusterOrganizationIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('organizations')
    .select('id')
    .where('kind', '=', 'cluster')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function getOrganization(
  db: Kysely<Database>,
  id: string,
): Promise<OrganizationAdmin | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('doc')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.doc as OrganizationAdmin | undefined;
}

export async function listOrganizations(
  db: Kysely<Database>,
  params: { kind?: string[] | undefined; limit: number; cursor?: string | undefined },
): Promise<{ data: Organization[]; nextCursor: string | null }> {
  let q = db.selectFrom('organizations').select(['id', 'doc']);
  if (params.kind?.length) q = q.where('kind', 'in', params.kind);
  if (params.cursor) q = q.where('id', '>', String(decodeCursor(params.cursor, 'none')[1]));
  const rows = await q
    .orderBy('id')
    .limit(params.limit + 1)
    .execute();
  const { rows: kept, nextCursor } = page(rows, params.limit, (r) => ['', r.id]);
  return { data: kept.map((r) => publicOrganization(r.doc as OrganizationAdmin)), nextCursor };
}

export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The organisation's stored document and settings columns, its row locked until the transaction ends. */
export async function lockOrganizationSettings(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('organizations')
    .select(['doc', 'answer_days', 'retention_days'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return (
    row && {
      doc: row.doc as OrganizationAdmin,
      answerDays: row.answer_days,
      retentionDays: row.retention_days,
    }
  );
}

export async function getOrganizationSettings(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('organizations')
    .select(['answer_days', 'retention_days'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { answerDays: row.answer_days, retentionDays: row.retention_days };
}

export async function setOrganizationSettings(
  db: Kysely<Database>,
  id: string,
  settings: { answerDays: number; retentionDays: number | null },
): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ answer_days: settings.answerDays, retention_days: settings.retentionDays })
    .where('id', '=', id)
    .execute();
}
