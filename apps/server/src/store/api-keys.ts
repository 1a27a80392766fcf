import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function insertApiKey(
  db: Kysely<Database>,
  k: { id: string; orgId: string; hash: string; label: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({
      id: k.id,
      org_id: k.orgId,
      hash: k.hash,
      label: k.label,
      created_at: k.now,
      revoked_at: null,
    })
    .execute();
}

/** The id and organisation of a live key with this hash. */
export async function liveKeyOfHash(
  db: Kysely<Database>,
  hash: string,
): Promise<{ keyId: string; orgId: string } | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'org_id'])
    .where('hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { keyId: row.id, orgId: row.org_id } : undefined;
}

export async function revokeApiKey(
  db: Kysely<Database>,
  by: { id?: string; hash?: string },
  now: Date,
): Promise<{ id: string; orgId: string } | undefined> {
  let q = db.updateTable('api_keys').set({ revoked_at: now }).where('revoked_at', 'is', null);
  if (by.id) q = q.where('id', '=', by.id);
  else if (by.hash) q = q.where('hash', '=', by.hash);
  else return undefined;
  const row = await q.returning(['id', 'org_id']).executeTakeFirst();
  return row ? { id: row.id, orgId: row.org_id } : undefined;
}

export async function listApiKeys(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'label', 'created_at', 'revoked_at'])
    .where('org_id', '=', orgId)
    .orderBy('created_at')
    .execute();
}
