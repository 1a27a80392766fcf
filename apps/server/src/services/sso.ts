/**
 * Sign-in through an organisation's own OpenID Connect provider (Entra ID,
 * Keycloak …), with `openid-client`: the authorization code flow with PKCE
 * (S256), `state` and `nonce` (OpenID Connect Core 1.0 §3.1; RFC 7636).
 *
 * - An organisation's provider is set by an operator (`cli sso set`); the
 *   client secret stays in the database and is never shown again.
 * - A sign-in under way is a row found by the hash of a random token kept in
 *   a short-lived cookie of the browser that began it, so a callback from
 *   another browser, a second use, or a wrong `state` is refused.
 * - A person is matched by the provider's issuer and subject. The first time,
 *   the identity is linked to the staff member of that organisation whose
 *   address equals the provider's e-mail claim (someone an admin invited);
 *   after that only issuer and subject count, never the e-mail claim alone.
 *   Nobody invited, or a person already linked to another subject there:
 *   refused.
 */
import * as oidc from 'openid-client';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import * as store from '../store/sso.js';
import { findStaffByEmail, findStaffById, membershipOf } from '../store/staff.js';
import { getOrganization } from '../store/organizations.js';
import type { Clock } from './clock.js';
import { InvalidError, NotFoundError } from './errors.js';
import { randomToken, sha256 } from './ids.js';
import { audited, type WriteContext } from './audit.js';
import { DEFAULT_SESSION_POLICY, startSession, type SessionPolicy } from './sessions.js';
import { normalEmail } from './staff.js';

type Db = Kysely<Database>;

/** How long a sign-in may take at the provider. */
export const ATTEMPT_TTL_MS = 10 * 60_000;
export const CALLBACK_PATH = '/v1/session/sso/callback';

/** Why a sign-in through a provider was refused: the `error` of `/console/sign-in?error=…`. */
export type SsoErrorCode =
  /** No such organisation, or it has no provider. */
  | 'sso-unavailable'
  /** No sign-in under way in this browser (expired, used, or begun elsewhere), or a wrong state. */
  | 'sso-state'
  /** The provider said no (the person cancelled, or may not use the application). */
  | 'sso-denied'
  /** The provider could not be reached, or its answer did not check out. */
  | 'sso-failed'
  /** The provider gave no (verified) e-mail address to link a first sign-in with. */
  | 'sso-no-email'
  /** Nobody with that address was invited to the organisation. */
  | 'not-invited'
  /** The invited person is linked to another account at this provider already. */
  | 'sso-already-linked';

export class SsoError extends Error {
  constructor(
    readonly code: SsoErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An issuer is an https URL (http only on this machine, for tests and local providers). */
export function checkIssuer(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw.trim());
  } catch {
    url = undefined;
  }
  const ok =
    url &&
    !url.search &&
    !url.hash &&
    !url.username &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)));
  if (!ok) {
    throw new InvalidError([
      {
        path: 'issuer',
        message:
          'Must be the https URL of the provider (its issuer), e.g. https://login.microsoftonline.com/TENANT/v2.0',
      },
    ]);
  }
  // The issuer as written, without a trailing slash the provider does not use.
  return raw.trim();
}

export interface SsoSettings {
  orgId: string;
  issuer: string;
  clientId: string;
}

export async function setSso(
  db: Db,
  clock: Clock,
  input: { orgId: string; issuer: string; clientId: string; clientSecret: string },
  by: WriteContext,
): Promise<SsoSettings & { created: boolean }> {
  const issuer = checkIssuer(input.issuer);
  const clientId = input.clientId.trim();
  const clientSecret = input.clientSecret.trim();
  const errors = [
    ...(clientId ? [] : [{ path: 'clientId', message: 'Required' }]),
    ...(clientSecret ? [] : [{ path: 'clientSecret', message: 'Required' }]),
  ];
  if (errors.length) throw new InvalidError(errors);
  return audited(db, clock, by, async (trx) => {
    if (!(await getOrganization(trx, input.orgId))) {
      throw new NotFoundError(`Organization "${input.orgId}"`);
    }
    const created = await store.putSsoConfig(
      trx,
      { orgId: input.orgId, issuer, clientId, clientSecret },
      clock.now(),
    );
    forgetProvider(input.orgId);
    return {
      result: { orgId: input.orgId, issuer, clientId, created },
      // Never the secret.
      event: {
        orgId: input.orgId,
        action: created ? 'create' : 'update',
        entityType: 'sso',
        entityId: input.orgId,
        detail: { issuer, clientId },
      },
    };
  });
}

export async function showSso(db: Db, orgId: string): Promise<SsoSettings | undefined> {
  if (!(await getOrganization(db, orgId))) throw new NotFoundError(`Organization "${orgId}"`);
  const config = await store.getSsoConfig(db, orgId);
  return config && { orgId, issuer: config.issuer, clientId: config.clientId };
}

export async function removeSso(db: Db, clock: Clock, orgId: string, by: WriteContext) {
  return audited(db, clock, by, async (trx) => {
    if (!(await store.deleteSsoConfig(trx, orgId))) {
      throw new NotFoundError(`A sign-in provider of "${orgId}"`);
    }
    forgetProvider(orgId);
    return {
      result: { orgId },
      event: { orgId, action: 'delete', entityType: 'sso', entityId: orgId },
    };
  });
}

/** The organisations whose staff may sign in through their own provider. */
export async function listProviders(db: Db): Promise<Array<{ orgId: string; name: string }>> {
  const rows = await store.listSsoOrganizations(db);
  return rows.map((r) => {
    const doc = r.doc as { name: Record<string, string>; defaultLanguage: string };
    return {
      orgId: r.id,
      name: doc.name[doc.defaultLanguage] ?? Object.values(doc.name)[0] ?? r.id,
    };
  });
}

// The provider's metadata (discovery), kept a while per organisation and settings.
const DISCOVERY_TTL_MS = 10 * 60_000;
const providers = new Map<
  string,
  { key: string; at: number; config: Promise<oidc.Configuration> }
>();

function forgetProvider(orgId: string) {
  providers.delete(orgId);
}

function providerOf(config: store.SsoConfigRow): Promise<oidc.Configuration> {
  const key = `${config.issuer}\n${config.clientId}\n${sha256(config.clientSecret)}`;
  const cached = providers.get(config.orgId);
  if (cached && cached.key === key && Date.now() - cached.at < DISCOVERY_TTL_MS) {
    return cached.config;
  }
  const insecure = new URL(config.issuer).protocol === 'http:';
  const discovered = oidc.discovery(
    new URL(config.issuer),
    config.clientId,
    undefined,
    oidc.ClientSecretBasic(config.clientSecret),
    { timeout: 10, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
  );
  providers.set(config.orgId, { key, at: Date.now(), config: discovered });
  // A failed discovery is not kept: the next sign-in tries again.
  discovered.catch(() => {
    if (providers.get(config.orgId)?.config === discovered) providers.delete(config.orgId);
  });
  return discovered;
}

/**
 * Begins a sign-in: the provider's authorization URL to send the browser to,
 * and the token the browser keeps (in a cookie) until it comes back.
 */
export async function beginSso(
  db: Db,
  clock: Clock,
  input: { orgId: string; redirectUri: string },
): Promise<{ url: string; binding: string }> {
  const config = await store.getSsoConfig(db, input.orgId);
  if (!config) throw new SsoError('sso-unavailable', `"${input.orgId}" has no sign-in provider`);
  let provider: oidc.Configuration;
  try {
    provider = await providerOf(config);
  } catch (error) {
    throw new SsoError('sso-failed', `The provider could not be reached: ${errorText(error)}`);
  }
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const binding = randomToken(32);
  const now = clock.now();
  await store.insertAttempt(
    db,
    { bindingHash: sha256(binding), orgId: input.orgId, state, codeVerifier, nonce },
    now,
    new Date(now.getTime() + ATTEMPT_TTL_MS),
  );
  const url = oidc.buildAuthorizationUrl(provider, {
    redirect_uri: input.redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, binding };
}

const errorText = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Finishes a sign-in when the browser comes back from the provider: checks
 * the sign-in under way (`binding`, `state`), trades the code (with the PKCE
 * verifier, checking the nonce), finds or links the person, and begins a
 * session. Throws {@link SsoError}.
 */
export async function finishSso(
  db: Db,
  clock: Clock,
  input: { binding: string | undefined; query: URLSearchParams; redirectUri: string },
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; staffId: string; orgId: string; expiresAt: Date; linked: boolean }> {
  const attempt = input.binding
    ? await store.takeAttempt(db, sha256(input.binding), clock.now())
    : undefined;
  if (!attempt) {
    throw new SsoError(
      'sso-state',
      'No sign-in is under way in this browser (it took too long, was used, or began elsewhere)',
    );
  }
  const state = input.query.get('state');
  if (state !== attempt.state) {
    throw new SsoError('sso-state', 'The state the provider returned is not this sign-in’s');
  }
  const denied = input.query.get('error');
  if (denied) {
    throw new SsoError('sso-denied', `The provider refused: ${denied.slice(0, 100)}`);
  }
  const config = await store.getSsoConfig(db, attempt.orgId);
  if (!config) throw new SsoError('sso-unavailable', `"${attempt.orgId}" has no sign-in provider`);

  let issuer: string;
  let subject: string;
  let email: string | undefined;
  try {
    const provider = await providerOf(config);
    const current = new URL(input.redirectUri);
    current.search = input.query.toString();
    const tokens = await oidc.authorizationCodeGrant(
      provider,
      current,
      {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      },
      { redirect_uri: input.redirectUri },
    );
    const claims = tokens.claims()!;
    issuer = claims.iss;
    subject = claims.sub;
    let mail = { email: claims.email, verified: claims.email_verified };
    if (typeof mail.email !== 'string' && tokens.access_token) {
      // Providers that keep the ID token small give the address at userinfo.
      const info = await oidc.fetchUserInfo(provider, tokens.access_token, subject);
      mail = { email: info.email, verified: info.email_verified };
    }
    email =
      typeof mail.email === 'string' && mail.verified !== false
        ? normalEmail(mail.email)
        : undefined;
  } catch (error) {
    throw new SsoError(
      'sso-failed',
      `The provider’s answer did not check out: ${errorText(error)}`,
    );
  }

  return db.transaction().execute(async (trx) => {
    const orgId = attempt.orgId;
    const known = await store.staffOfIdentity(trx, issuer, subject);
    let staffId: string;
    let linked = false;
    if (known) {
      staffId = known;
      if (!(await membershipOf(trx, staffId, orgId))) {
        throw new SsoError('not-invited', `This account is not a member of "${orgId}"`);
      }
    } else {
      if (!email) {
        throw new SsoError(
          'sso-no-email',
          'The provider gave no verified e-mail address to find the invitation with',
        );
      }
      const staff = await findStaffByEmail(trx, email);
      if (!staff || !(await membershipOf(trx, staff.id, orgId))) {
        throw new SsoError(
          'not-invited',
          `Nobody with the address ${email} was invited to "${orgId}"`,
        );
      }
      if (await store.identityOfStaff(trx, staff.id, issuer)) {
        throw new SsoError(
          'sso-already-linked',
          `${email} signs in with another account of this provider`,
        );
      }
      staffId = staff.id;
      const by: WriteContext = { actor: { kind: 'staff', id: staffId } };
      await audited(trx, clock, by, async (t) => {
        await store.linkIdentity(t, { issuer, subject, staffId, now: clock.now() });
        return {
          result: undefined,
          event: {
            orgId,
            action: 'create',
            entityType: 'sso',
            entityId: staffId,
            detail: { linked: { issuer, subject }, email },
          },
        };
      });
      linked = true;
    }
    if (!(await findStaffById(trx, staffId))) throw new SsoError('not-invited', 'No such person');
    const session = await startSession(trx, clock, staffId, policy);
    return { ...session, orgId, linked };
  });
}
