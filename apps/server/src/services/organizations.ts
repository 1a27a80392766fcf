import type { Kysely } from 'kysely';
import type { OrganizationAdmin, OrganizationInput } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import { organizationExists, upsertOrganization } from '../store/organizations.js';
import type { Clock } from './clock.js';
import { ConflictError } from './errors.js';

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
