/**
 * The mails the server sends because of something staff did. Each function
 * runs inside the caller's transaction (`db` is the transaction) and only
 * writes to the outbox (store/outbox.ts), so the mail exists exactly when the
 * change that caused it does; the worker (mail/worker.ts) sends it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { enqueueMail } from '../store/outbox.js';
import { getOrganization } from '../store/organizations.js';
import type { Clock } from './clock.js';
import type { WriteContext } from './audit.js';

/** Tells a person they were given a role in an organisation, and how to sign in. */
export async function notifyInvited(
  db: Kysely<Database>,
  clock: Clock,
  input: { orgId: string; email: string; role: string; by: WriteContext },
): Promise<void> {
  const org = await getOrganization(db, input.orgId);
  const orgName = org
    ? (org.name[org.defaultLanguage] ?? Object.values(org.name)[0] ?? org.id)
    : input.orgId;
  const publicUrl = process.env.PUBLIC_URL?.replace(/\/+$/, '');
  const where = publicUrl ? `${publicUrl}/console/` : 'the Entrypoint console (/console/)';
  await enqueueMail(db, clock.now(), {
    kind: 'staff-invite',
    to: input.email,
    subject: `You are invited to ${orgName} on Entrypoint`,
    text: [
      'Hello,',
      '',
      `You have been given the role "${input.role}" at ${orgName} in Entrypoint.`,
      `Sign in at ${where} with this e-mail address (${input.email}); a one-time code will be sent to you.`,
      '',
      'If you did not expect this, you can ignore this message.',
    ].join('\n'),
  });
}
