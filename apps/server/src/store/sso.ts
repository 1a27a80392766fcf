/** OpenID Connect settings per organisation, linked identities and sign-ins under way: SQL only. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface SsoConfigRow {
  orgId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export async function getSsoConfig(
  db: Kysely<Database>,
  orgId: string,
): Promise<SsoConfigRow | undefined> {
  const row = await db
    .selectFrom('sso_configs')
    .select(['org_id', 'issuer', 'client_id', 'client_secret'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row
    ? {
        orgId: row.org_id,
        issuer: row.issuer,
        clientId: row.client_id,
        clientSecret: row.client_secret,
      }
    : undefined;
}

/** Inserts or replaces; true when the organisation had none before. */
export async function putSsoConfig(
  db: Kysely<Database>,
  c: SsoConfigRow,
  now: Date,
): Promise<boolean> {
  const before = await getSsoConfig(db, c.orgId);
  await db
    .insertInto('sso_configs')
    .values({
      org_id: c.orgId,
      issuer: c.issuer,
      client_id: c.clientId,
      client_secret: c.clientSecret,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({
        issuer: c.issuer,
        client_id: c.clientId,
        client_secret: c.clientSecret,
        updated_at: now,
      }),
    )
    .execute();
  return before === undefined;
}

export async function deleteSsoConfig(db: Kysely<Database>, orgId: string): Promise<boolean> {
  const res = await db.deleteFrom('sso_configs').where('org_id', '=', orgId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** The organisations that have a provider, with their stored documents (for the names). */
export async function listSsoOrganizations(db: Kysely<Database>) {
  return db
    .selectFrom('sso_configs')
    .innerJoin('organizations', 'organizations.id', 'sso_configs.org_id')
    .select(['organizations.id', 'organizations.doc'])
    .orderBy('organizations.id')
    .execute();
}

export async function staffOfIdentity(
  db: Kysely<Database>,
  issuer: string,
  subject: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff_identities')
    .select('staff_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.staff_id;
}

/** The subject a person is linked to at an issuer, if any. */
export async function identityOfStaff(
  db: Kysely<Database>,
  staffId: string,
  issuer: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff_identities')
    .select('subject')
    .where('staff_id', '=', staffId)
    .where('issuer', '=', issuer)
    .executeTakeFirst();
  return row?.subject;
}

export async function linkIdentity(
  db: Kysely<Database>,
  link: { issuer: string; subject: string; staffId: string; now: Date },
): Promise<void> {
  await db
    .insertInto('staff_identities')
    .values({
      issuer: link.issuer,
      subject: link.subject,
      staff_id: link.staffId,
      created_at: link.now,
    })
    .execute();
}

export interface SsoAttempt {
  bindingHash: string;
  orgId: string;
  state: string;
  codeVerifier: string;
  nonce: string;
}

export async function insertAttempt(
  db: Kysely<Database>,
  a: SsoAttempt,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  // Sign-ins never finished are forgotten as new ones begin.
  await db.deleteFrom('sso_attempts').where('expires_at', '<=', now).execute();
  await db
    .insertInto('sso_attempts')
    .values({
      binding_hash: a.bindingHash,
      org_id: a.orgId,
      state: a.state,
      code_verifier: a.codeVerifier,
      nonce: a.nonce,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
}

/** Takes the attempt (it can be used once): returned and deleted, when it has not expired. */
export async function takeAttempt(
  db: Kysely<Database>,
  bindingHash: string,
  now: Date,
): Promise<SsoAttempt | undefined> {
  const row = await db
    .deleteFrom('sso_attempts')
    .where('binding_hash', '=', bindingHash)
    .returningAll()
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= now) return undefined;
  return {
    bindingHash: row.binding_hash,
    orgId: row.org_id,
    state: row.state,
    codeVerifier: row.code_verifier,
    nonce: row.nonce,
  };
}
