/**
 * A person's data, found by the e-mail address they gave: their submissions,
 * the idempotency records of those submissions, and what retention removes.
 */
import { sql, type Kysely } from 'kysely';
import type { Submission } from '@entrypoint/sdk';
import type { Database } from './schema.js';

/** The person's submissions not yet erased (the address in any case), oldest first. */
export async function submissionsOfPerson(
  db: Kysely<Database>,
  p: { email: string; orgId?: string | undefined; lock?: boolean },
): Promise<Submission[]> {
  const rows = await db
    .selectFrom('submissions')
    .select('doc')
    .where(sql<boolean>`lower(doc #>> '{contact,email}') = ${p.email.toLowerCase()}`)
    .where('erased_at', 'is', null)
    .$if(p.orgId !== undefined, (qb) => qb.where('org_id', '=', p.orgId!))
    .orderBy('created_at')
    .orderBy('id')
    .$if(p.lock === true, (qb) => qb.forUpdate())
    .execute();
  return rows.map((r) => r.doc as Submission);
}

/** These submissions, those not yet erased, row-locked (the copies of a forward, for erasure). */
export async function submissionsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Submission[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('submissions')
    .select('doc')
    .where('id', 'in', ids)
    .where('erased_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.doc as Submission);
}

/** Writes a submission's new document; `erasedAt` marks it erased for good. */
export async function rewriteSubmission(
  db: Kysely<Database>,
  s: Submission,
  erasedAt?: Date,
): Promise<void> {
  await db
    .updateTable('submissions')
    .set({ doc: JSON.stringify(s), ...(erasedAt ? { erased_at: erasedAt } : {}) })
    .where('id', '=', s.id)
    .where('org_id', '=', s.orgId)
    .execute();
}

/** Removes the idempotency records that answered with these submissions. */
export async function deleteIdempotencyRecordsOf(
  db: Kysely<Database>,
  submissions: readonly Pick<Submission, 'id' | 'orgId'>[],
): Promise<void> {
  for (const s of submissions) {
    await db
      .deleteFrom('idempotency_keys')
      .where('org_id', '=', s.orgId)
      .where(sql<boolean>`response ->> 'id' = ${s.id}`)
      .execute();
  }
}

/** Removes idempotency records made before `before`; returns how many. */
export async function purgeIdempotencyRecords(db: Kysely<Database>, before: Date): Promise<number> {
  const r = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * Submissions not yet erased whose final status is older than their owner's
 * retention period (`defaultDays` for owners without one), row-locked.
 */
export async function submissionsPastRetention(
  db: Kysely<Database>,
  now: Date,
  defaultDays: number,
): Promise<Submission[]> {
  const rows = await db
    .selectFrom('submissions as s')
    .innerJoin('organizations as o', 'o.id', 's.org_id')
    .select('s.doc')
    .where('s.erased_at', 'is', null)
    .where('s.closed_at', 'is not', null)
    .where(
      sql<boolean>`s.closed_at < ${now}::timestamptz - make_interval(days => coalesce(o.retention_days, ${defaultDays}::int))`,
    )
    .forUpdate('s')
    .execute();
  return rows.map((r) => r.doc as Submission);
}

export async function getRetentionDays(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ days: number | null } | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('retention_days')
    .where('id', '=', orgId)
    .executeTakeFirst();
  return row ? { days: row.retention_days } : undefined;
}

export async function setRetentionDays(
  db: Kysely<Database>,
  orgId: string,
  days: number | null,
): Promise<boolean> {
  const r = await db
    .updateTable('organizations')
    .set({ retention_days: days })
    .where('id', '=', orgId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
