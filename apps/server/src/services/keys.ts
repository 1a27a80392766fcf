/**
 * API keys: random, shown once, stored only as a SHA-256 hash. A key is 256
 * random bits, so a fast hash is enough (no dictionary to slow down); the
 * lookup is by hash, so the key itself is never compared or kept.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import * as keys from '../store/api-keys.js';
import { organizationExists } from '../store/organizations.js';
import type { Clock } from './clock.js';
import { NotFoundError } from './errors.js';
import { randomToken, sha256 } from './ids.js';

export const KEY_PREFIX = 'ep_';

export async function createApiKey(
  db: Kysely<Database>,
  clock: Clock,
  orgId: string,
  label?: string,
): Promise<{ id: string; orgId: string; key: string }> {
  if (!(await organizationExists(db, orgId))) throw new NotFoundError(`Organization "${orgId}"`);
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const id = `key_${randomToken(6)}`;
  await keys.insertApiKey(db, {
    id,
    orgId,
    hash: sha256(key),
    label: label ?? null,
    now: clock.now(),
  });
  return { id, orgId, key };
}

export async function authenticate(db: Kysely<Database>, key: string): Promise<string | undefined> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return undefined;
  return keys.orgOfKeyHash(db, sha256(key));
}

/** Revokes a key given its id (`key_…`) or the key itself. */
export async function revokeApiKey(db: Kysely<Database>, clock: Clock, idOrKey: string) {
  const by = idOrKey.startsWith(KEY_PREFIX) ? { hash: sha256(idOrKey) } : { id: idOrKey };
  const revoked = await keys.revokeApiKey(db, by, clock.now());
  if (!revoked) throw new NotFoundError(`A live API key "${idOrKey.slice(0, 12)}…"`);
  return revoked;
}
