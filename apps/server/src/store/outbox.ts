/**
 * The mail outbox table. A message is inserted with the same Kysely handle
 * (often a transaction) as what caused it, so it exists exactly when that
 * change does. The worker (mail/worker.ts) claims due messages for a lease:
 * `FOR UPDATE SKIP LOCKED` lets several instances claim side by side without
 * waiting on, or taking, each other's rows.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, OutboxTable } from './schema.js';
import { newId } from '../services/ids.js';

export type OutboxRow = Selectable<OutboxTable>;

export interface NewMail {
  /** What the message is, for logs and tests: `staff-invite`, `sign-in-code` … */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** Where answers go: a mail to a company replies to the organisation's entry point. */
  replyTo?: string | undefined;
}

export async function enqueueMail(db: Kysely<Database>, now: Date, mail: NewMail) {
  const id = newId();
  await db
    .insertInto('outbox')
    .values({
      id,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      reply_to: mail.replyTo ?? null,
      created_at: now,
      next_attempt_at: now,
    })
    .execute();
  return id;
}

/** Takes up to `limit` due messages for `leaseMs`: nobody else sends them meanwhile. */
export async function claimDueMail(
  db: Kysely<Database>,
  now: Date,
  { limit, leaseMs }: { limit: number; leaseMs: number },
): Promise<OutboxRow[]> {
  // One statement (no transaction around a select and an update): the rows are locked
  // by the subquery's FOR UPDATE SKIP LOCKED and leased by the update that holds them.
  const rows = await db
    .updateTable('outbox')
    .set({
      locked_until: new Date(now.getTime() + leaseMs),
      attempts: sql<number>`attempts + 1`,
    })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where('sent_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', now)]))
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
  // RETURNING has no order: send them as they were queued.
  return rows.sort(
    (a, b) =>
      +new Date(a.next_attempt_at) - +new Date(b.next_attempt_at) ||
      +new Date(a.created_at) - +new Date(b.created_at),
  );
}

export async function markMailSent(db: Kysely<Database>, id: string, now: Date) {
  await db
    .updateTable('outbox')
    .set({ sent_at: now, locked_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** After a failed attempt: try again at `retryAt`, or give up (`retryAt` undefined). */
export async function markMailFailed(
  db: Kysely<Database>,
  id: string,
  now: Date,
  error: string,
  retryAt: Date | undefined,
) {
  await db
    .updateTable('outbox')
    .set({
      locked_until: null,
      last_error: error.slice(0, 1000),
      ...(retryAt ? { next_attempt_at: retryAt } : { failed_at: now }),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Forgets the mails about these submissions (erasure of a person's data):
 * every such mail names its submission's reference in the subject, and may
 * quote the person or be addressed to them. Sent or not, they go, and so
 * does any mail to the person's addresses.
 */
export async function deleteMailAbout(
  db: Kysely<Database>,
  about: { references: readonly string[]; addresses: readonly string[] },
): Promise<void> {
  if (!about.references.length && !about.addresses.length) return;
  // References are upper-case letters, digits and dashes: nothing a pattern reads specially.
  const pattern = `(^|[^0-9])(${about.references.join('|')})([^0-9]|$)`;
  const addresses = about.addresses.map((a) => a.toLowerCase());
  await db
    .deleteFrom('outbox')
    .where((eb) =>
      eb.or([
        ...(about.references.length
          ? [sql<boolean>`subject ~ ${pattern}`, sql<boolean>`text_body ~ ${pattern}`]
          : []),
        ...(addresses.length ? [eb(sql<string>`lower(to_address)`, 'in', addresses)] : []),
      ]),
    )
    .execute();
}
