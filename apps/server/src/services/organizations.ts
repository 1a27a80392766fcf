/**
 * Organisations: created by an operator (CLI), then kept by their own people
 * (`PATCH /v1/organizations/{id}`, `cli orgs update`): the profile (names,
 * entry point, website, logo, default language) and the settings (the sites
 * allowed to post the form, the answer promise, the retention period).
 */
import type { Kysely } from 'kysely';
import type { OrganizationAdmin, OrganizationInput, OrganizationPatch } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import {
  getOrganization,
  getOrganizationSettings,
  lockOrganizationSettings,
  organizationExists,
  setOrganizationSettings,
  upsertOrganization,
} from '../store/organizations.js';
import type { Clock } from './clock.js';
import { ConflictError, NotFoundError } from './errors.js';
import { audited, type WriteContext } from './audit.js';
import { checkIfMatch, type WriteCondition } from './versions.js';

export async function createOrganization(
  db: Kysely<Database>,
  clock: Clock,
  input: OrganizationInput,
  { replace = false } = {},
): Promise<OrganizationAdmin> {
  if (!replace && (await organizationExists(db, input.id))) {
    throw new ConflictError(`An organisation with id "${input.id}" exists already`);
  }
  const org: OrganizationAdmin = { ...input, allowedOrigins: input.allowedOrigins ?? [] };
  await upsertOrganization(db, org, clock.now());
  return org;
}

/** The fields an editor may change too; the others are an admin's. */
export const PROFILE_FIELDS = [
  'name',
  'entryPoint',
  'website',
  'logoUrl',
  'defaultLanguage',
] as const;

const adminShape = (
  doc: OrganizationAdmin,
  settings: { answerDays: number; retentionDays: number | null },
): OrganizationAdmin => ({ ...doc, ...settings });

/** The organisation as its own staff and key see it (settings included). */
export async function readOrganizationAdmin(
  db: Kysely<Database>,
  id: string,
): Promise<OrganizationAdmin> {
  const doc = await getOrganization(db, id);
  const settings = await getOrganizationSettings(db, id);
  if (!doc || !settings) throw new NotFoundError(`Organization "${id}"`);
  return adminShape(doc, settings);
}

/**
 * Applies a merge patch (`null` removes the website or logo, and sets the
 * retention period back to the default), honouring `If-Match` on the admin
 * shape; audited with the names of the fields changed.
 */
export async function updateOrganization(
  db: Kysely<Database>,
  clock: Clock,
  id: string,
  patch: OrganizationPatch,
  by: WriteContext,
  condition: WriteCondition = {},
): Promise<OrganizationAdmin> {
  return audited(db, clock, by, async (trx) => {
    const current = await lockOrganizationSettings(trx, id);
    if (!current) throw new NotFoundError(`Organization "${id}"`);
    const before = adminShape(current.doc, {
      answerDays: current.answerDays,
      retentionDays: current.retentionDays,
    });
    checkIfMatch(condition.ifMatch, before, `Organization "${id}"`);
    const { answerDays, retentionDays, ...profile } = patch;
    const doc: Record<string, unknown> = { ...current.doc };
    for (const [key, value] of Object.entries(profile)) {
      if (value === undefined) continue;
      if (value === null) delete doc[key];
      else doc[key] = value;
    }
    const next = doc as OrganizationAdmin;
    const settings = {
      answerDays: answerDays ?? current.answerDays,
      retentionDays: retentionDays === undefined ? current.retentionDays : retentionDays,
    };
    await upsertOrganization(trx, next, clock.now());
    await setOrganizationSettings(trx, id, settings);
    const fields = Object.keys(patch).filter(
      (k) => patch[k as keyof OrganizationPatch] !== undefined,
    );
    return {
      result: adminShape(next, settings),
      event: {
        orgId: id,
        action: 'update',
        entityType: 'organization',
        entityId: id,
        detail: { fields },
      },
    };
  });
}
