/**
 * Share links of unpublished challenges: a random token in a URL
 * (`/preview/{token}`) shows the challenge, drafts included, to someone
 * without an account until the link expires or is withdrawn. Only the
 * token's SHA-256 is stored (store/migrations.ts, version 16), so a copy of
 * the database opens no preview; the token is said once, when made.
 */
import type { Kysely } from 'kysely';
import type { Challenge } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import type { Clock } from './clock.js';
import { randomToken, sha256 } from './ids.js';
import { getChallenge } from '../store/challenges.js';

export const SHARE_DAYS = { min: 1, max: 30, default: 7 } as const;
const DAY = 86_400_000;

export interface Share {
  id: string;
  challengeId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** `active`, `expired` or `revoked`, at the server's clock. */
  state: 'active' | 'expired' | 'revoked';
}

interface Row {
  id: string;
  challenge_id: string;
  created_by: string;
  created_at: Date | string;
  expires_at: Date | string;
  revoked_at: Date | string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

function describe(row: Row, now: Date): Share {
  const revokedAt = row.revoked_at ? iso(row.revoked_at) : null;
  const expiresAt = iso(row.expires_at);
  return {
    id: row.id,
    challengeId: row.challenge_id,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    expiresAt,
    revokedAt,
    state: revokedAt ? 'revoked' : new Date(expiresAt) <= now ? 'expired' : 'active',
  };
}

/** The organisation's challenge `id` (a draft or not), or undefined. */
export function ownChallenge(db: Kysely<Database>, orgId: string, id: string) {
  return getChallenge(db, id, orgId).then((c) => (c?.orgId === orgId ? c : undefined));
}

export async function createShare(
  db: Kysely<Database>,
  clock: Clock,
  args: { orgId: string; challengeId: string; createdBy: string; days: number },
): Promise<{ share: Share; token: string }> {
  const token = randomToken(32);
  const now = clock.now();
  const row = {
    id: `shr_${randomToken(9)}`,
    token_hash: sha256(token),
    org_id: args.orgId,
    challenge_id: args.challengeId,
    created_by: args.createdBy,
    created_at: now,
    expires_at: new Date(now.getTime() + args.days * DAY),
    revoked_at: null,
  };
  await db.insertInto('challenge_shares').values(row).execute();
  return { share: describe(row, now), token };
}

/** The challenge's links, newest first: active, expired and withdrawn ones alike. */
export async function listShares(
  db: Kysely<Database>,
  clock: Clock,
  orgId: string,
  challengeId: string,
): Promise<Share[]> {
  const rows = await db
    .selectFrom('challenge_shares')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('challenge_id', '=', challengeId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  const now = clock.now();
  return rows.map((r) => describe(r, now));
}

/** Withdraws a link at once; false when the organisation has no such link. */
export async function revokeShare(
  db: Kysely<Database>,
  clock: Clock,
  orgId: string,
  challengeId: string,
  shareId: string,
): Promise<boolean> {
  const found = await db
    .selectFrom('challenge_shares')
    .select(['id', 'revoked_at'])
    .where('org_id', '=', orgId)
    .where('challenge_id', '=', challengeId)
    .where('id', '=', shareId)
    .executeTakeFirst();
  if (!found) return false;
  if (!found.revoked_at) {
    await db
      .updateTable('challenge_shares')
      .set({ revoked_at: clock.now() })
      .where('id', '=', shareId)
      .execute();
  }
  return true;
}

export type Opened =
  | { kind: 'ok'; challenge: Challenge; share: Share }
  | { kind: 'gone'; share: Share }
  | { kind: 'unknown' };

/**
 * What a token opens: the challenge as it is now (a draft included), while
 * the link is active; `gone` once it expired or was withdrawn, or its
 * challenge was deleted; `unknown` for a token that was never made.
 */
export async function openShare(
  db: Kysely<Database>,
  clock: Clock,
  token: string,
): Promise<Opened> {
  if (!/^[\w-]{20,100}$/.test(token)) return { kind: 'unknown' };
  const row = await db
    .selectFrom('challenge_shares')
    .selectAll()
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return { kind: 'unknown' };
  const share = describe(row, clock.now());
  if (share.state !== 'active') return { kind: 'gone', share };
  const challenge = await ownChallenge(db, row.org_id, row.challenge_id);
  return challenge ? { kind: 'ok', challenge, share } : { kind: 'gone', share };
}
