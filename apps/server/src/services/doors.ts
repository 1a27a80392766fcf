/**
 * Door openers: what a cluster (or any organisation whose site or key sent a
 * submission, credited as `via`) brought to the receivers, and, for a
 * receiver, who brought it what. `via` is stored only when it was proven
 * (services/submissions.ts `checkSender`), so these counts can go into a
 * report to a cluster's funders.
 *
 * A door opener sees where a submission went and how it stands, never what
 * the company wrote: no description ever, and no title when it is confidential.
 */
import type { Kysely } from 'kysely';
import {
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  type DoorOpener,
  type OpenedDoor,
  type OpenedDoorsSummary,
  type Submission,
  type SubmissionKind,
  type SubmissionStatus,
} from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as store from '../store/submissions.js';

type Db = Kysely<Database>;
export type OpenedDoorsFilter = Omit<store.OpenedDoorsFilter, 'via'>;

/** What the door opener sees of a submission. */
export function openedDoor(s: Submission): OpenedDoor {
  return {
    id: s.id,
    reference: s.reference,
    orgId: s.orgId,
    ...(s.challengeId ? { challengeId: s.challengeId } : {}),
    kind: s.kind,
    ...(s.confidential ? {} : { title: s.title }),
    company: { name: s.company.name, country: s.company.country },
    status: s.status,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** A page of what `via` opened the door to, newest first. */
export async function listOpenedDoors(
  db: Db,
  via: string,
  filter: OpenedDoorsFilter & { limit: number; cursor?: string | undefined },
): Promise<{ data: OpenedDoor[]; nextCursor: string | null }> {
  const page = await store.listOpenedDoors(db, { ...filter, via });
  return { data: page.data.map(openedDoor), nextCursor: page.nextCursor };
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The counts of what `via` opened the door to, per receiver, status and month. */
export async function summarizeOpenedDoors(
  db: Db,
  via: string,
  filter: OpenedDoorsFilter,
): Promise<OpenedDoorsSummary> {
  const counts = await store.countOpenedDoors(db, { ...filter, via });
  const byStatus = zeros(SUBMISSION_STATUSES);
  for (const r of counts.byStatus) byStatus[r.status as SubmissionStatus] = r.count;
  return {
    byReceiver: counts.byReceiver,
    byStatus: SUBMISSION_STATUSES.map((status) => ({ status, count: byStatus[status] })),
    byMonth: counts.byMonth,
  };
}

/** Who brought `orgId` its submissions: per door opener, most first, then by id. */
export async function doorOpeners(db: Db, orgId: string): Promise<DoorOpener[]> {
  const openers = new Map<string, DoorOpener>();
  for (const r of await store.countDoorOpeners(db, orgId)) {
    const o = openers.get(r.via) ?? {
      via: r.via,
      count: 0,
      byKind: zeros(SUBMISSION_KINDS),
      byStatus: zeros(SUBMISSION_STATUSES),
    };
    o.count += r.count;
    o.byKind[r.kind as SubmissionKind] += r.count;
    o.byStatus[r.status as SubmissionStatus] += r.count;
    openers.set(r.via, o);
  }
  return [...openers.values()].sort((a, b) => b.count - a.count || (a.via < b.via ? -1 : 1));
}
