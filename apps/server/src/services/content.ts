/**
 * The rules of an owner's own content: ids, publishing dates, Markdown
 * rendering, references between clusters, and that an organisation touches
 * only its own records (another organisation's record answers exactly as a
 * missing one does: 404).
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod/mini';
import {
  localize,
  type Challenge,
  type ChallengeInput,
  type ChallengePatch,
  type Cluster,
  type ClusterInput,
  type ClusterPatch,
  type ClusterRelation,
  type Story,
  type StoryInput,
  type StoryPatch,
} from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as challenges from '../store/challenges.js';
import * as stories from '../store/stories.js';
import * as clusters from '../store/clusters.js';
import { clusterOrganizationIds, getOrganization } from '../store/organizations.js';
import type { Clock } from './clock.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  type FieldError,
} from './errors.js';
import { slugify, uniqueId } from './ids.js';
import { renderLocalizedMarkdown } from './markdown.js';
import { withSrcset } from './story-images.js';
import { checkIfMatch, type WriteCondition } from './versions.js';
import { audited, type AuditEvent, type EntityType, type WriteContext } from './audit.js';

export type ChallengeData = z.output<typeof ChallengeInput>;
export type ChallengeChanges = z.output<typeof ChallengePatch>;
export type StoryData = z.output<typeof StoryInput>;
export type StoryChanges = z.output<typeof StoryPatch>;
export type ClusterData = z.output<typeof ClusterInput>;
export type ClusterChanges = z.output<typeof ClusterPatch>;

type Db = Kysely<Database>;

/*
 * Every PATCH reads, merges and writes in one transaction, with the row locked
 * from the read on (`select … for update`): two PATCHes of different fields
 * at once both keep their change, and `If-Match` is checked against the
 * version the merge starts from.
 */

/**
 * A PATCH applied as a JSON merge patch (RFC 7396) at the top level: a field
 * left out stays, `null` removes it, any other value replaces it whole. The
 * schemas let `null` through only for fields the entity may lack.
 */
export function mergePatch<T extends object>(
  record: T,
  patch: { readonly [K in keyof T]?: T[K] | null | undefined },
): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
}

function titleText(title: Record<string, string>): string {
  return localize(title, 'en', [])?.text ?? 'item';
}

export async function createChallenge(
  db: Db,
  clock: Clock,
  orgId: string,
  input: ChallengeData,
  by: WriteContext,
): Promise<Challenge> {
  const now = clock.now().toISOString();
  const { id: wanted, ...content } = input;
  const id =
    wanted ??
    (await uniqueId(slugify(titleText(input.title)), (i) =>
      challenges.challengeIdTaken(db, i, orgId),
    ));
  const challenge: Challenge = {
    id,
    orgId,
    ...content,
    publishedAt: content.status === 'draft' ? null : now,
    updatedAt: now,
  };
  // Taken only by what the organisation can see (its own, published ones): another's
  // draft is invisible, and its id is free (the store's keys are per organisation).
  const taken = () => new ConflictError(`A challenge with id "${id}" exists already`);
  if (wanted && (await challenges.challengeIdTaken(db, id, orgId))) throw taken();
  return audited(db, clock, by, async (trx) => {
    if (!(await challenges.insertChallenge(trx, challenge))) throw taken();
    return { result: challenge, event: created('challenge', orgId, id) };
  });
}

export async function updateChallenge(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  patch: ChallengeChanges,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<Challenge> {
  return audited(db, clock, by, async (trx) => {
    const existing = await challenges.getChallenge(trx, id, orgId, { lock: true });
    if (!existing || existing.orgId !== orgId) throw new NotFoundError(`Challenge "${id}"`);
    checkIfMatch(condition.ifMatch, existing, `Challenge "${id}"`);
    const now = clock.now().toISOString();
    const next: Challenge = { ...mergePatch(existing, patch), id, orgId, updatedAt: now };
    if (next.publishedAt === null && next.status !== 'draft') next.publishedAt = now;
    if (!(await challenges.replaceChallenge(trx, next))) {
      throw new ConflictError(
        `Another organisation has published a challenge with id "${id}"; this one cannot be published under it`,
      );
    }
    return { result: next, event: updated('challenge', orgId, id, patch) };
  });
}

export async function removeChallenge(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  by: WriteContext,
): Promise<void> {
  await audited(db, clock, by, async (trx) => {
    if (!(await challenges.deleteChallenge(trx, id, orgId)))
      throw new NotFoundError(`Challenge "${id}"`);
    return { result: undefined, event: deleted('challenge', orgId, id) };
  });
}

/**
 * A story links challenges and clusters that exist and that its owner may
 * see (public challenges and its own drafts; cluster organisations); 422
 * naming each that does not (`challengeIds.1`, `clusterIds.0`).
 */
async function checkStoryLinks(
  db: Db,
  orgId: string,
  links: {
    challengeIds?: readonly string[] | undefined;
    clusterIds?: readonly string[] | undefined;
  },
): Promise<void> {
  const challengeIds = links.challengeIds ?? [];
  const clusterIds = links.clusterIds ?? [];
  const [visible, clusterOrgs] = await Promise.all([
    challenges.visibleChallengeIds(db, challengeIds, orgId),
    clusterOrganizationIds(db, clusterIds),
  ]);
  const errors: FieldError[] = [];
  challengeIds.forEach((id, i) => {
    if (!visible.has(id))
      errors.push({ path: `challengeIds.${i}`, message: `No challenge "${id}"` });
  });
  clusterIds.forEach((id, i) => {
    if (!clusterOrgs.has(id))
      errors.push({
        path: `clusterIds.${i}`,
        message: `"${id}" is not an existing cluster organisation`,
      });
  });
  if (errors.length) throw new InvalidError(errors);
}

export async function createStory(
  db: Db,
  clock: Clock,
  orgId: string,
  input: StoryData,
  by: WriteContext,
): Promise<Story> {
  const { id: wanted, publishedAt, ...content } = input;
  await checkStoryLinks(db, orgId, content);
  const id =
    wanted ?? (await uniqueId(slugify(titleText(input.title)), (i) => stories.storyIdTaken(db, i)));
  const story: Story = {
    id,
    orgId,
    ...content,
    ...(content.image ? { image: await withSrcset(db, orgId, content.image) } : {}),
    bodyHtml: renderLocalizedMarkdown(content.body),
    publishedAt: publishedAt ?? clock.now().toISOString(),
  };
  return audited(db, clock, by, async (trx) => {
    if (!(await stories.insertStory(trx, story))) {
      throw new ConflictError(`A story with id "${id}" exists already`);
    }
    return { result: story, event: created('story', orgId, id) };
  });
}

export async function updateStory(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  patch: StoryChanges,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<Story> {
  return audited(db, clock, by, async (trx) => {
    const existing = await stories.getStory(trx, id, { lock: true });
    if (!existing || existing.orgId !== orgId) throw new NotFoundError(`Story "${id}"`);
    checkIfMatch(condition.ifMatch, existing, `Story "${id}"`);
    await checkStoryLinks(trx, orgId, patch);
    const next: Story = { ...mergePatch(existing, patch), id, orgId };
    next.bodyHtml = renderLocalizedMarkdown(next.body);
    if (next.image) next.image = await withSrcset(trx, orgId, next.image);
    await stories.replaceStory(trx, next);
    return { result: next, event: updated('story', orgId, id, patch) };
  });
}

export async function removeStory(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  by: WriteContext,
): Promise<void> {
  await audited(db, clock, by, async (trx) => {
    if (!(await stories.deleteStory(trx, id, orgId))) throw new NotFoundError(`Story "${id}"`);
    return { result: undefined, event: deleted('story', orgId, id) };
  });
}

async function clusterOrg(db: Db, orgId: string) {
  const org = await getOrganization(db, orgId);
  if (!org) throw new NotFoundError(`Organization "${orgId}"`);
  if (org.kind !== 'cluster') {
    throw new ForbiddenError('Only an organisation of kind "cluster" has a cluster profile');
  }
  return org;
}

/**
 * A cluster's relations name other cluster organisations that exist: not
 * itself, not a city, not an id nobody has. 422 naming each relation that does
 * not (`relations.0.clusterId`).
 */
async function checkRelations(
  db: Db,
  orgId: string,
  relations: readonly ClusterRelation[],
): Promise<void> {
  const clusterIds = await clusterOrganizationIds(
    db,
    relations.map((r) => r.clusterId).filter((id) => id !== orgId),
  );
  const errors: FieldError[] = [];
  relations.forEach(({ clusterId }, i) => {
    const path = `relations.${i}.clusterId`;
    if (clusterId === orgId) {
      errors.push({ path, message: 'A cluster cannot be related to itself' });
    } else if (!clusterIds.has(clusterId)) {
      errors.push({ path, message: `"${clusterId}" is not an existing cluster organisation` });
    }
  });
  if (errors.length) throw new InvalidError(errors);
}

export async function createCluster(
  db: Db,
  clock: Clock,
  orgId: string,
  input: ClusterData,
  by: WriteContext,
  { replace = false } = {},
): Promise<Cluster> {
  const org = await clusterOrg(db, orgId);
  if (!replace && (await clusters.getClusterProfile(db, orgId))) {
    throw new ConflictError(`The cluster profile of "${orgId}" exists already; PATCH it`);
  }
  await checkRelations(db, orgId, input.relations);
  return audited(db, clock, by, async (trx) => {
    await clusters.saveCluster(trx, org, input, clock.now());
    return { result: clusters.clusterOf(org, input), event: created('cluster', orgId, orgId) };
  });
}

export async function updateCluster(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  patch: ClusterChanges,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<Cluster> {
  return audited(db, clock, by, async (trx) => {
    const existing =
      id === orgId ? await clusters.getClusterProfile(trx, id, { lock: true }) : undefined;
    if (!existing) throw new NotFoundError(`Cluster "${id}"`);
    const org = await clusterOrg(trx, orgId);
    checkIfMatch(condition.ifMatch, clusters.clusterOf(org, existing), `Cluster "${id}"`);
    if (patch.relations) await checkRelations(trx, orgId, patch.relations);
    const next = mergePatch(existing, patch);
    await clusters.saveCluster(trx, org, next, clock.now());
    return { result: clusters.clusterOf(org, next), event: updated('cluster', orgId, id, patch) };
  });
}

export async function removeCluster(
  db: Db,
  clock: Clock,
  orgId: string,
  id: string,
  by: WriteContext,
): Promise<void> {
  await audited(db, clock, by, async (trx) => {
    if (id !== orgId || !(await clusters.deleteCluster(trx, id)))
      throw new NotFoundError(`Cluster "${id}"`);
    return { result: undefined, event: deleted('cluster', orgId, id) };
  });
}

/* The audit events of the writes above (services/audit.ts). */
const created = (entityType: EntityType, orgId: string, entityId: string): AuditEvent => ({
  orgId,
  action: 'create',
  entityType,
  entityId,
});
const deleted = (entityType: EntityType, orgId: string, entityId: string): AuditEvent => ({
  orgId,
  action: 'delete',
  entityType,
  entityId,
});
/** A PATCH names the fields it sent (not their values: the trail holds no content). */
const updated = (
  entityType: EntityType,
  orgId: string,
  entityId: string,
  patch: object,
): AuditEvent => ({
  orgId,
  action: 'update',
  entityType,
  entityId,
  detail: { fields: Object.keys(patch).sort() },
});
