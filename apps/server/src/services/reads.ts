/**
 * What a reader may see. A challenge in `draft` is seen by its owner only
 * (with its key); everything else is public. Routes, feeds of the same
 * records and the submission checks ask here, so the rule stands once.
 * Another organisation's record answers exactly as a missing one: not found.
 */
import type { Kysely } from 'kysely';
import type { Cluster, Organization, OrganizationAdmin, Story } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import * as organizations from '../store/organizations.js';
import * as challenges from '../store/challenges.js';
import * as clusters from '../store/clusters.js';
import * as stories from '../store/stories.js';
import type { RawList } from '../store/cursor.js';
import { NotFoundError } from './errors.js';

type Db = Kysely<Database>;
/** The organisation of the caller's API key, if any. */
export type Viewer = string | undefined;

/** Whether `viewer` may see a challenge: a draft only by its owner. */
export function challengeVisible(
  challenge: { status: string; orgId: string },
  viewer: Viewer,
): boolean {
  return challenge.status !== 'draft' || (viewer !== undefined && challenge.orgId === viewer);
}

export const listOrganizations = organizations.listOrganizations;

/** One organisation; its own key also sees its `allowedOrigins` (the admin shape). */
export async function readOrganization(
  db: Db,
  id: string,
  viewer: Viewer,
): Promise<{ organization: Organization | OrganizationAdmin; own: boolean }> {
  const org = await organizations.getOrganization(db, id);
  if (!org) throw new NotFoundError(`Organization "${id}"`);
  return viewer === id
    ? { organization: org, own: true }
    : { organization: organizations.publicOrganization(org), own: false };
}

/** A page of challenges as stored JSON; the viewer's own drafts are included. */
export function listChallenges(
  db: Db,
  query: Omit<challenges.ChallengeQuery, 'draftsOf'>,
  viewer: Viewer,
): Promise<RawList> {
  return challenges.listChallenges(db, { ...query, draftsOf: viewer });
}

/** One challenge as stored JSON text. */
export async function readChallengeJson(db: Db, id: string, viewer: Viewer): Promise<string> {
  const challenge = await challenges.getChallengeJson(db, id, viewer);
  if (!challenge || !challengeVisible(challenge, viewer)) {
    throw new NotFoundError(`Challenge "${id}"`);
  }
  return challenge.json;
}

/** The clusters whose sectors match a published challenge's themes, best first. */
export async function challengeClusters(db: Db, id: string, limit: number): Promise<Cluster[]> {
  const challenge = await challenges.getChallenge(db, id);
  if (!challenge || !challengeVisible(challenge, undefined)) {
    throw new NotFoundError(`Challenge "${id}"`);
  }
  return clusters.clustersMatching(db, challenge.themes, limit);
}

/**
 * Published challenges of other organisations like this one, best first
 * (store/challenges.ts `similarChallenges` says how they are ranked). The
 * challenge itself is one `viewer` may see: a draft only by its owner.
 */
export async function similarChallenges(
  db: Db,
  id: string,
  viewer: Viewer,
  limit: number,
): Promise<RawList> {
  const key = await challenges.similarityKey(db, id, viewer);
  if (!key || !challengeVisible(key, viewer)) throw new NotFoundError(`Challenge "${id}"`);
  return { json: await challenges.similarChallenges(db, key, limit), nextCursor: null };
}

export const listClusters = clusters.listClusters;

export async function readCluster(db: Db, id: string): Promise<Cluster> {
  const cluster = await clusters.getCluster(db, id);
  if (!cluster) throw new NotFoundError(`Cluster "${id}"`);
  return cluster;
}

export const listStories = stories.listStories;

/**
 * One story: a scheduled one (its `publishedAt` still to come) only for its
 * own organisation (`viewer`); for everyone else it does not exist yet.
 */
export async function readStory(db: Db, id: string, now: Date, viewer?: string): Promise<Story> {
  const story = await stories.getStory(db, id);
  if (!story || (!stories.isPublished(story, now) && story.orgId !== viewer)) {
    throw new NotFoundError(`Story "${id}"`);
  }
  return story;
}
