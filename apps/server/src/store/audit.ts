/** The audit trail's rows (migration 6): appended, never changed. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface AuditRow {
  at: Date;
  orgId: string;
  actorKind: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

export async function insertAuditEvent(db: Kysely<Database>, e: AuditRow): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: e.at,
      org_id: e.orgId,
      actor_kind: e.actorKind,
      actor_id: e.actorId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      request_id: e.requestId,
      detail: e.detail === null ? null : JSON.stringify(e.detail),
    })
    .execute();
}

/** Many rows in few statements (an export records one per submission). */
export async function insertAuditEvents(db: Kysely<Database>, events: AuditRow[]): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) {
    await db
      .insertInto('audit_events')
      .values(
        events.slice(i, i + 1000).map((e) => ({
          at: e.at,
          org_id: e.orgId,
          actor_kind: e.actorKind,
          actor_id: e.actorId,
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          request_id: e.requestId,
          detail: e.detail === null ? null : JSON.stringify(e.detail),
        })),
      )
      .execute();
  }
}
