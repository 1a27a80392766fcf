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
import { audited, type WriteContext } from './audit.js';

export const KEY_PREFIX = 'ep_';

export async function createApiKey(
  db: Kysely<Database>,
  clock: Clock,
  orgId: string,
  label: string | undefined,
  by: WriteContext,
): Promise<{ id: string; orgId: string; key: string }> {
  if (!(await organizationExists(db, orgId))) throw new NotFoundError(`Organization "${orgId}"`);
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const id = `key_${randomToken(6)}`;
  return audited(db, clock, by, async (trx) => {
    await keys.insertApiKey(trx, {
      id,
      orgId,
      hash: sha256(key),
      label: label ?? null,
      now: clock.now(),
    });
    return {
      result: { id, orgId, key },
      event: { orgId, action: 'create', entityType: 'api_key', entityId: id },
    };
  });
}

/** The key's id and organisation, when it is a live key. */
export async function authenticate(
  db: Kysely<Database>,
  key: string,
): Promise<{ keyId: string; orgId: string } | undefined> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return undefined;
  return keys.liveKeyOfHash(db, sha256(key));
}

/** Revokes a key given its id (`key_…`) or the key itself. */
export async function revokeApiKey(
  db: Kysely<Database>,
  clock: Clock,
  idOrKey: string,
  by: WriteContext,
) {
  const which = idOrKey.startsWith(KEY_PREFIX) ? { hash: sha256(idOrKey) } : { id: idOrKey };
  return audited(db, clock, by, async (trx) => {
    const revoked = await keys.revokeApiKey(trx, which, clock.now());
    if (!revoked) throw new NotFoundError(`A live API key "${idOrKey.slice(0, 12)}…"`);
    return {
      result: revoked,
      event: {
        orgId: revoked.orgId,
        action: 'revoke',
        entityType: 'api_key',
        entityId: revoked.id,
      },
    };
  });
}
