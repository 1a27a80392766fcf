/**
 * Who changed what: every write by an organisation's admin (through the API,
 * or by an operator through the CLI) appends one row to `audit_events`, in
 * the same transaction as the write, so there is no write without its row and
 * no row without its write. The table refuses UPDATE, DELETE and TRUNCATE (a
 * trigger, migration 6). The actor is a kind and an id: an API key (`key_…`),
 * a staff person signed in to a session, or the operator's account for the CLI.
 */
import { userInfo } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { insertAuditEvent } from '../store/audit.js';
import type { Clock } from './clock.js';

/** `public`: what the entry-point form sent (a submission's arrival). */
export type ActorKind = 'api_key' | 'staff' | 'operator' | 'system' | 'public';

export interface Actor {
  kind: ActorKind;
  id: string;
}

/** Who is writing, and (through the API) in which request. */
export interface WriteContext {
  actor: Actor;
  requestId?: string | undefined;
}

export type EntityType =
  'challenge' | 'story' | 'cluster' | 'submission' | 'api_key' | 'organization';
/**
 * `create` … `revoke` for content and keys. A submission's timeline adds:
 * `view` (staff opened it), `assign`, `tag`, `note`, `message` (to the
 * company), `forward` (to a colleague or another organisation; the copy's
 * `create` names where it came from), `export` (in a CSV) and `erase`.
 */
export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'move'
  | 'revoke'
  | 'view'
  | 'assign'
  | 'tag'
  | 'note'
  | 'message'
  | 'forward'
  | 'export'
  | 'erase';

export interface AuditEvent {
  orgId: string;
  action: AuditAction;
  entityType: EntityType;
  entityId: string;
  /** A little more: a PATCH's fields, a move's `from` and `to`. */
  detail?: Record<string, unknown> | undefined;
}

/** The person at the terminal, for commands run by the CLI. */
export function operator(): WriteContext {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry for this uid: keep "unknown"
  }
  return { actor: { kind: 'operator', id: name } };
}

/** Content loaded by the server itself (the demo). */
export const SYSTEM: WriteContext = { actor: { kind: 'system', id: 'entrypoint' } };

type Db = Kysely<Database>;

export async function recordAudit(
  db: Db,
  clock: Clock,
  by: WriteContext,
  event: AuditEvent,
): Promise<void> {
  await insertAuditEvent(db, {
    at: clock.now(),
    orgId: event.orgId,
    actorKind: by.actor.kind,
    actorId: by.actor.id,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    requestId: by.requestId ?? null,
    detail: event.detail ?? null,
  });
}

/**
 * Runs `write` and records the event it returns in one transaction (or in
 * the caller's, when `db` is one already). Nothing is recorded when `write`
 * throws, and nothing is written when recording fails.
 */
export async function audited<T>(
  db: Db,
  clock: Clock,
  by: WriteContext,
  write: (trx: Db) => Promise<{ result: T; event: AuditEvent | undefined }>,
): Promise<T> {
  const run = async (trx: Db) => {
    const { result, event } = await write(trx);
    if (event) await recordAudit(trx, clock, by, event);
    return result;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
