/**
 * Loading content in bulk: the demo content (`DEMO=1`, `cli seed`) and
 * `cli import FILE`. Every record is parsed with the SDK's schemas first; a
 * record whose id exists is replaced, so running it twice changes nothing.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod/mini';
import {
  ChallengeInput,
  ClusterInput,
  OrganizationInput,
  StoryInput,
  Slug,
  toFieldErrors,
} from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import type { Clock } from './clock.js';
import { createChallenge, createCluster, createStory } from './content.js';
import { createOrganization } from './organizations.js';
import { InvalidError } from './errors.js';
import type { WriteContext } from './audit.js';

export const ContentBundle = z.object({
  organizations: z._default(z.array(OrganizationInput), []),
  clusters: z._default(
    z.array(z.object({ organization: OrganizationInput, profile: ClusterInput })),
    [],
  ),
  challenges: z._default(z.array(z.extend(ChallengeInput, { orgId: Slug })), []),
  stories: z._default(z.array(z.extend(StoryInput, { orgId: Slug })), []),
});
export type ContentBundle = z.input<typeof ContentBundle>;

export interface ImportCounts {
  organizations: number;
  clusters: number;
  challenges: number;
  stories: number;
}

/** A record's field errors at their path in the bundle (`clusters.2.profile.relations.0.clusterId`). */
async function atPath<T>(prefix: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof InvalidError)) throw error;
    throw new InvalidError(error.errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })));
  }
}

export async function importContent(
  db: Kysely<Database>,
  clock: Clock,
  bundle: unknown,
  by: WriteContext,
): Promise<ImportCounts> {
  const parsed = ContentBundle.safeParse(bundle);
  if (!parsed.success) throw new InvalidError(toFieldErrors(parsed.error.issues));
  const data = parsed.data;
  const start = clock.now().getTime();
  // Older records first, a day apart, so lists have a believable order.
  const at = (i: number, n: number) => ({ now: () => new Date(start - (n - i) * 86_400_000) });

  return db.transaction().execute(async (trx) => {
    for (const org of data.organizations)
      await createOrganization(trx, clock, org, { replace: true });
    for (const c of data.clusters)
      await createOrganization(trx, clock, c.organization, { replace: true });
    // After every organisation, so clusters of the bundle may name each other in relations.
    for (const [i, c] of data.clusters.entries()) {
      await atPath(`clusters.${i}.profile`, () =>
        createCluster(trx, clock, c.organization.id, c.profile, by, { replace: true }),
      );
    }
    for (const [i, { orgId, ...input }] of data.challenges.entries()) {
      if (input.id)
        await trx
          .deleteFrom('challenges')
          .where('org_id', '=', orgId)
          .where('id', '=', input.id)
          .execute();
      await createChallenge(trx, at(i, data.challenges.length), orgId, input, by);
    }
    for (const [i, { orgId, ...input }] of data.stories.entries()) {
      if (input.id) await trx.deleteFrom('stories').where('id', '=', input.id).execute();
      const publishedAt = input.publishedAt ?? at(i, data.stories.length).now().toISOString();
      await createStory(trx, clock, orgId, { ...input, publishedAt }, by);
    }
    return {
      organizations: data.organizations.length,
      clusters: data.clusters.length,
      challenges: data.challenges.length,
      stories: data.stories.length,
    };
  });
}
