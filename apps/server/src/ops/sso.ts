/**
 * `sso set | show | remove`: an organisation's own OpenID Connect provider,
 * through which its staff sign in (services/sso.ts). The client secret is
 * kept on the server and never printed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Clock } from '../services/clock.js';
import { operator } from '../services/audit.js';
import { CALLBACK_PATH, removeSso, setSso, showSso } from '../services/sso.js';

export type SsoArgs =
  | { action: 'set'; orgId: string; issuer: string; clientId: string; clientSecret: string }
  | { action: 'show'; orgId: string }
  | { action: 'remove'; orgId: string };

export const SSO_USAGE = `  sso set --org ID --issuer URL --client-id ID --client-secret SECRET
                                   let the organisation's staff sign in through its OpenID Connect provider
  sso show --org ID                the provider's issuer, client id and redirect URI (never the secret)
  sso remove --org ID              end sign-in through the provider`;

export function readSsoArgs(
  sub: string | undefined,
  options: Record<string, string | undefined>,
  usageError: (message: string) => Error,
): SsoArgs {
  if (sub !== 'set' && sub !== 'show' && sub !== 'remove') {
    throw usageError('sso needs set, show or remove');
  }
  if (options._0 !== undefined) throw usageError(`sso ${sub} takes no positional arguments`);
  const orgId = options.org;
  if (!orgId) throw usageError(`sso ${sub} needs --org ID`);
  if (sub !== 'set') return { action: sub, orgId };
  const issuer = options.issuer;
  const clientId = options['client-id'];
  const clientSecret = options['client-secret'];
  if (!issuer || !clientId || !clientSecret) {
    throw usageError('sso set needs --issuer URL, --client-id ID and --client-secret SECRET');
  }
  return { action: 'set', orgId, issuer, clientId, clientSecret };
}

export async function runSso(
  db: Kysely<Database>,
  clock: Clock,
  args: SsoArgs,
  publicUrl: string | undefined,
): Promise<string[]> {
  const redirect = `Redirect URI to register at the provider: ${publicUrl ? publicUrl.replace(/\/+$/, '') : '<PUBLIC_URL>'}${CALLBACK_PATH}`;
  if (args.action === 'show') {
    const settings = await showSso(db, args.orgId);
    if (!settings) return [`${args.orgId} has no sign-in provider`];
    return [
      `Issuer: ${settings.issuer}`,
      `Client id: ${settings.clientId}`,
      'Client secret: (set; never shown)',
      redirect,
    ];
  }
  if (args.action === 'remove') {
    await removeSso(db, clock, args.orgId, operator());
    return [`${args.orgId} no longer signs in through a provider`];
  }
  const { action: _action, ...input } = args;
  const set = await setSso(db, clock, input, operator());
  return [
    `${set.created ? 'Set' : 'Changed'} the sign-in provider of ${set.orgId}: ${set.issuer}`,
    redirect,
  ];
}
