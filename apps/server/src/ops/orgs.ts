/**
 * `orgs update ID`: an operator changes an organisation's settings, through
 * the same rules as its admins' `PATCH /v1/organizations/{id}`.
 */
import type { Kysely } from 'kysely';
import { OrganizationPatch, toFieldErrors } from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import type { Clock } from '../services/clock.js';
import { operator } from '../services/audit.js';
import { InvalidError } from '../services/errors.js';
import { updateOrganization } from '../services/organizations.js';

export interface OrgUpdateArgs {
  orgId: string;
  patch: Record<string, unknown>;
}

export const ORG_UPDATE_USAGE = `  orgs update ID [--origins https://a.example,https://b.example|none] [--website URL|none]
              [--answer-days N]   change an organisation's settings`;

export function readOrgUpdateArgs(
  options: Record<string, string | undefined>,
  usageError: (message: string) => Error,
): OrgUpdateArgs {
  const orgId = options._0 ?? options.id;
  if (!orgId) throw usageError('orgs update needs the organisation ID');
  const patch: Record<string, unknown> = {};
  if (options.origins !== undefined) {
    patch.allowedOrigins =
      options.origins === 'none'
        ? []
        : options.origins
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
  }
  if (options.website !== undefined) {
    patch.website = options.website === 'none' ? null : options.website;
  }
  if (options['answer-days'] !== undefined) {
    const days = options['answer-days'];
    if (!/^\d{1,3}$/.test(days)) throw usageError('--answer-days must be a whole number of days');
    patch.answerDays = Number(days);
  }
  if (Object.keys(patch).length === 0) {
    throw usageError('orgs update needs --origins, --website or --answer-days');
  }
  return { orgId, patch };
}

export async function runOrgUpdate(
  db: Kysely<Database>,
  clock: Clock,
  args: OrgUpdateArgs,
): Promise<string[]> {
  const parsed = OrganizationPatch.safeParse(args.patch);
  if (!parsed.success) throw new InvalidError(toFieldErrors(parsed.error.issues));
  const org = await updateOrganization(db, clock, args.orgId, parsed.data, operator());
  return [
    `Updated ${org.id}: allowed origins ${org.allowedOrigins.join(', ') || '(none)'}; answer promise ${org.answerDays} days`,
  ];
}
