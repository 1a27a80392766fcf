/**
 * How many submissions each of an organisation's challenges has drawn: all of
 * them, and those still open (store/inbox.ts `OPEN_STATUSES`). One grouped
 * query over the organisation's submissions that name a challenge.
 */
import { sql, type Kysely } from 'kysely';
import type { SubmissionStatus } from '@entrypoint/sdk';
import type { Database } from './schema.js';
import { OPEN_STATUSES } from './inbox.js';

export interface ChallengeSubmissionCount {
  challengeId: string;
  total: number;
  open: number;
}

export async function challengeSubmissionCounts(
  db: Kysely<Database>,
  orgId: string,
): Promise<ChallengeSubmissionCount[]> {
  const challengeId = sql<string>`doc ->> 'challengeId'`;
  const rows = await db
    .selectFrom('submissions')
    .select([
      challengeId.as('challengeId'),
      sql<string | number>`count(*)`.as('total'),
      sql<
        string | number
      >`count(*) filter (where status in (${sql.join(OPEN_STATUSES.map((s: SubmissionStatus) => sql.val(s)))}))`.as(
        'open',
      ),
    ])
    .where('org_id', '=', orgId)
    .where(challengeId, 'is not', null)
    .groupBy(challengeId)
    .orderBy(challengeId)
    .execute();
  return rows.map((r) => ({
    challengeId: r.challengeId,
    total: Number(r.total),
    open: Number(r.open),
  }));
}
