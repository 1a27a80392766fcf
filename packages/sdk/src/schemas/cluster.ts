// A namespace import, not the `z` export: bundlers then keep only what is used
// (`import { z }` pulls in every locale and toJSONSchema, ~90 kB gzip).
// Schemas are wrapped in `/* @__PURE__ */ (() => …)()` so unused ones tree-shake (see common.ts).
import * as z from 'zod/mini';
import { int } from './int.js';
import { LocalizedText, Slug, Themes } from './common.js';
import { CLUSTER_RELATION_KINDS } from './vocabulary.js';
import { NutsCode } from './challenge.js';
import { Organization } from './organization.js';
import { patchOf } from './patch.js';

export const ClusterRelation = /* @__PURE__ */ (() =>
  z.object({
    clusterId: Slug,
    kind: z.enum(CLUSTER_RELATION_KINDS),
  }))();
export type ClusterRelation = z.infer<typeof ClusterRelation>;

const clusterProfile = /* @__PURE__ */ (() => ({
  sectors: Themes,
  technologies: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(80)))
    .check(z.maxLength(50)),
  memberCount: z.optional(int().check(z.gte(0), z.lte(1_000_000))),
  region: z.optional(NutsCode),
  description: LocalizedText,
  relations: z.array(ClusterRelation).check(z.maxLength(100)),
}))();

/** A cluster organisation's public profile: an Organization of kind `cluster`, with more. */
export const Cluster = /* @__PURE__ */ (() =>
  z.object({
    ...Organization.shape,
    kind: z.enum(['cluster']),
    ...clusterProfile,
  }))();
export type Cluster = z.infer<typeof Cluster>;

/** What a cluster organisation sends to create or replace its profile. */
export const ClusterInput = /* @__PURE__ */ (() =>
  z.object({
    ...clusterProfile,
    sectors: z._default(clusterProfile.sectors, []),
    technologies: z._default(clusterProfile.technologies, []),
    relations: z._default(clusterProfile.relations, []),
  }))();
export type ClusterInput = z.input<typeof ClusterInput>;

/**
 * A partial update of a cluster profile (PATCH): fields left out stay as they
 * are, `null` removes an optional field (`memberCount`, `region`).
 */
export const ClusterPatch = /* @__PURE__ */ (() => patchOf(clusterProfile))();
export type ClusterPatch = z.infer<typeof ClusterPatch>;
