/**
 * Staff sign in with a one-time code sent by e-mail (a code, not a link: mail
 * scanners open links before the person does) and then hold a session.
 *
 * - A code is 6 digits, valid 10 minutes, single use, at most 5 tries; only
 *   its HMAC-SHA-256 (keyed by a server secret, with the address) is stored,
 *   so a copy of the database does not reveal live codes. A new request
 *   replaces the address's earlier code.
 * - An unknown address gets the same answer as a known one, and no mail.
 * - The mail is in the language of the person's first organisation
 *   (services/notify.ts), with the code in its subject and body.
 * - A session is a random 256-bit token in a cookie; only its SHA-256 is
 *   stored. It ends after `idleMs` without use, and after `absoluteMs` in all.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { enqueueMail } from '../store/outbox.js';
import { findStaffByEmail, findStaffById, membershipsOf } from '../store/staff.js';
import type { Clock } from './clock.js';
import { randomToken, sha256 } from './ids.js';
import { normalEmail } from './staff.js';
import { signInCodeMail } from './notify.js';

export const CODE_TTL_MS = 10 * 60_000;
export const CODE_MAX_TRIES = 5;

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 12 * 60 * 60_000,
  absoluteMs: 7 * 24 * 60 * 60_000,
};

function codeHash(secret: string, email: string, code: string) {
  return createHmac('sha256', secret).update(`${email}\n${code}`).digest('hex');
}

/**
 * Issues a code for a known address (stored hashed, mailed through the
 * outbox in the same transaction) and returns it; undefined for an unknown one.
 */
export async function requestSignInCode(
  db: Kysely<Database>,
  clock: Clock,
  secret: string,
  rawEmail: string,
): Promise<{ email: string; code: string } | undefined> {
  const email = normalEmail(rawEmail);
  if (!email) return undefined;
  return db.transaction().execute(async (trx) => {
    const staff = await findStaffByEmail(trx, email);
    if (!staff) return undefined;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = clock.now();
    const row = {
      code_hash: codeHash(secret, email, code),
      tries: 0,
      created_at: now,
      expires_at: new Date(now.getTime() + CODE_TTL_MS),
    };
    await trx
      .insertInto('sign_in_codes')
      .values({ email, ...row })
      .onConflict((oc) => oc.column('email').doUpdateSet(row))
      .execute();
    await enqueueMail(trx, now, await signInCodeMail(trx, email, code));
    return { email, code };
  });
}

/** Checks a code; right: it is used up and a session begins (the token is returned once). */
export async function signInWithCode(
  db: Kysely<Database>,
  clock: Clock,
  secret: string,
  rawEmail: string,
  code: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; staffId: string; expiresAt: Date } | undefined> {
  const email = normalEmail(rawEmail);
  if (!email || !/^\d{6}$/.test(code.trim())) {
    // Still a try: a malformed code is a wrong one.
    if (email) await countTry(db, email);
    return undefined;
  }
  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    const row = await trx
      .selectFrom('sign_in_codes')
      .selectAll()
      .where('email', '=', email)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return undefined;
    if (new Date(row.expires_at) <= now || row.tries >= CODE_MAX_TRIES) {
      await trx.deleteFrom('sign_in_codes').where('email', '=', email).execute();
      return undefined;
    }
    const expected = Buffer.from(row.code_hash, 'hex');
    const given = Buffer.from(codeHash(secret, email, code.trim()), 'hex');
    if (!timingSafeEqual(expected, given)) {
      if (row.tries + 1 >= CODE_MAX_TRIES) {
        await trx.deleteFrom('sign_in_codes').where('email', '=', email).execute();
      } else {
        await trx
          .updateTable('sign_in_codes')
          .set({ tries: row.tries + 1 })
          .where('email', '=', email)
          .execute();
      }
      return undefined;
    }
    await trx.deleteFrom('sign_in_codes').where('email', '=', email).execute();
    const staff = await findStaffByEmail(trx, email);
    if (!staff) return undefined;
    return startSession(trx, clock, staff.id, policy);
  });
}

/** Begins a session for a person (after a code, or a provider's sign-in); the token is returned once. */
export async function startSession(
  db: Kysely<Database>,
  clock: Clock,
  staffId: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; staffId: string; expiresAt: Date }> {
  const now = clock.now();
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      staff_id: staffId,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, staffId, expiresAt };
}

async function countTry(db: Kysely<Database>, email: string) {
  await db
    .updateTable('sign_in_codes')
    .set((eb) => ({ tries: eb('tries', '+', 1) }))
    .where('email', '=', email)
    .execute();
}

export interface SessionInfo {
  staff: { id: string; email: string; name: string | null };
  memberships: Array<{ orgId: string; role: string; arrivalMail: 'immediate' | 'digest' | 'off' }>;
  expiresAt: Date;
}

/** The person behind a session token, or undefined (unknown, idle too long, or past its end). */
export async function resolveSession(
  db: Kysely<Database>,
  clock: Clock,
  token: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<SessionInfo | undefined> {
  if (token.length > 100) return undefined;
  const hash = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return undefined;
  const now = clock.now();
  const lastSeen = new Date(row.last_seen_at);
  if (new Date(row.expires_at) <= now || now.getTime() - lastSeen.getTime() >= policy.idleMs) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return undefined;
  }
  // Written at most once a minute: reading is not a write per request.
  if (now.getTime() - lastSeen.getTime() > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('token_hash', '=', hash)
      .execute();
  }
  const staff = await findStaffById(db, row.staff_id);
  if (!staff) return undefined;
  return {
    staff,
    memberships: await membershipsOf(db, staff.id),
    expiresAt: new Date(row.expires_at),
  };
}

export async function endSession(db: Kysely<Database>, token: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/** Ends every session of the person holding `token` (sign out everywhere). */
export async function endAllSessions(db: Kysely<Database>, token: string) {
  const row = await db
    .selectFrom('sessions')
    .select('staff_id')
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (row) await db.deleteFrom('sessions').where('staff_id', '=', row.staff_id).execute();
}
