/**
 * The operator commands (apps/server/README.md). They run in whichever process holds the
 * store: the CLI itself, or — with PGlite while the server runs — the server,
 * which receives them over its loopback control port (ops/control.ts).
 * Output is lines of text; a new API key is always the last line.
 */
import { OrganizationInput as OrganizationInputSchema, toFieldErrors } from '@entrypoint/sdk';
import type { Store } from '../store/open.js';
import type { Clock } from '../services/clock.js';
import { createApiKey, revokeApiKey } from '../services/keys.js';
import { createOrganization } from '../services/organizations.js';
import { importContent } from '../services/import.js';
import { seedDemo } from '../services/demo.js';
import { InvalidError } from '../services/errors.js';
import { operator } from '../services/audit.js';
import { listApiKeys } from '../store/api-keys.js';
import { listOrganizations } from '../store/organizations.js';
import { INBOX_USAGE, readInboxArgs, runInbox } from './inbox.js';
import { PEOPLE_USAGE, readPeopleArgs, runPeople } from './people.js';
import { readStaffArgs, runStaff, STAFF_USAGE } from './staff.js';
import { readSsoArgs, runSso, SSO_USAGE } from './sso.js';
import { readOrgUpdateArgs, runOrgUpdate, ORG_UPDATE_USAGE } from './orgs.js';

export interface CommandRequest {
  /** e.g. ['keys', 'create'] */
  command: string[];
  options: Record<string, string | undefined>;
  /** For `import`: the parsed file (read by the CLI, which may run elsewhere). */
  payload?: unknown;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run cli -- <command>

  migrate                          apply pending database migrations
  seed [--base-url URL]            load the demo content (replaces demo records)
  orgs create --file ORG.json      create an organisation (OrganizationInput as JSON)
  orgs create --id ID --kind city|region|cluster|agency --name NAME --country SE
              --lang sv --contact-name NAME --contact-email EMAIL
              [--website URL] [--origins https://a.example,https://b.example]
${ORG_UPDATE_USAGE}
  orgs list                        list organisations
  keys create --org ID [--label TEXT]   print a new API key (last line of output)
  keys list --org ID               list an organisation's keys (ids, never the keys)
  keys revoke KEY_OR_ID            end a key
  import FILE                      load a JSON bundle { organizations, clusters, challenges, stories }
${INBOX_USAGE}
${PEOPLE_USAGE}
${STAFF_USAGE}
${SSO_USAGE}

Environment: DATA_DIR (PGlite folder) or DATABASE_URL (PostgreSQL), as for the server.`;

/** A command's usage, checked where the CLI runs, before it may be carried to a server. */
export function checkUsage(req: CommandRequest): void {
  const [cmd, sub] = req.command;
  if (cmd === 'inbox') inboxArgs(sub, req.options);
  if (cmd === 'people') peopleArgs(sub, req.options);
  if (cmd === 'staff') staffArgs(sub, req.options);
  if (cmd === 'sso') ssoArgs(sub, req.options);
  if (cmd === 'orgs' && sub === 'update') orgUpdateArgs(req.options);
}

function ssoArgs(sub: string | undefined, options: CommandRequest['options']) {
  return readSsoArgs(sub, options, (message) => new UsageError(`${message}\n\n${USAGE}`));
}

function orgUpdateArgs(options: CommandRequest['options']) {
  return readOrgUpdateArgs(options, (message) => new UsageError(`${message}\n\n${USAGE}`));
}

function peopleArgs(sub: string | undefined, options: CommandRequest['options']) {
  return readPeopleArgs(sub, options, (message) => new UsageError(`${message}\n\n${USAGE}`));
}

function staffArgs(sub: string | undefined, options: CommandRequest['options']) {
  return readStaffArgs(sub, options, (message) => new UsageError(`${message}\n\n${USAGE}`));
}

function inboxArgs(sub: string | undefined, options: CommandRequest['options']) {
  return readInboxArgs(sub, options, (message) => new UsageError(`${message}\n\n${USAGE}`));
}

function need(options: Record<string, string | undefined>, name: string): string {
  const v = options[name];
  if (!v) throw new UsageError(`Missing --${name}\n\n${USAGE}`);
  return v;
}

export async function runCommand(
  ctx: { store: Store; clock: Clock; publicUrl?: string | undefined },
  req: CommandRequest,
): Promise<string[]> {
  const { store, clock } = ctx;
  const db = store.db;
  const [cmd, sub] = req.command;
  const o = req.options;
  if (cmd === 'inbox') return runInbox(db, clock, inboxArgs(sub, o));
  if (cmd === 'people') return runPeople(db, clock, peopleArgs(sub, o));
  if (cmd === 'staff') return runStaff(db, clock, staffArgs(sub, o));
  if (cmd === 'sso') return runSso(db, clock, ssoArgs(sub, o), ctx.publicUrl);
  if (cmd === 'orgs' && sub === 'update') return runOrgUpdate(db, clock, orgUpdateArgs(o));
  switch (`${cmd ?? ''} ${sub ?? ''}`.trim()) {
    case 'migrate': {
      const applied = await store.migrate();
      return [
        applied.length ? `Applied migrations ${applied.join(', ')}` : 'The schema is up to date',
      ];
    }
    case 'seed': {
      await store.migrate();
      const counts = await seedDemo(db, clock, o['base-url'] ? { baseUrl: o['base-url'] } : {});
      return [`Loaded the demo content: ${JSON.stringify(counts)}`];
    }
    case 'orgs create': {
      let input: unknown;
      if (req.payload !== undefined) input = req.payload;
      else {
        input = {
          id: need(o, 'id'),
          kind: need(o, 'kind'),
          name: { [need(o, 'lang')]: need(o, 'name') },
          country: need(o, 'country'),
          defaultLanguage: need(o, 'lang'),
          entryPoint: { name: need(o, 'contact-name'), email: need(o, 'contact-email') },
          ...(o.website ? { website: o.website } : {}),
          allowedOrigins: o.origins
            ? o.origins
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : [],
        };
      }
      const parsed = OrganizationInputSchema.safeParse(input);
      if (!parsed.success) throw new InvalidError(toFieldErrors(parsed.error.issues));
      const org = await createOrganization(db, clock, parsed.data);
      return [`Created organisation ${org.id} (${org.kind}, ${org.country})`];
    }
    case 'orgs list': {
      const { data } = await listOrganizations(db, { limit: 100 });
      return data.map(
        (org) => `${org.id}\t${org.kind}\t${org.country}\t${Object.values(org.name)[0] ?? ''}`,
      );
    }
    case 'keys create': {
      const created = await createApiKey(db, clock, need(o, 'org'), o.label, operator());
      return [
        `Created API key ${created.id} for ${created.orgId}.`,
        'It is shown once and only its hash is stored; send it as "Authorization: Bearer <key>".',
        created.key,
      ];
    }
    case 'keys list': {
      const rows = await listApiKeys(db, need(o, 'org'));
      return rows.map(
        (k) =>
          `${k.id}\t${k.label ?? ''}\tcreated ${new Date(k.created_at).toISOString()}${k.revoked_at ? `\trevoked ${new Date(k.revoked_at).toISOString()}` : ''}`,
      );
    }
    case 'keys revoke': {
      const target = o.key ?? o._0;
      if (!target) throw new UsageError(`keys revoke needs a key or key id\n\n${USAGE}`);
      const revoked = await revokeApiKey(db, clock, target, operator());
      return [`Revoked API key ${revoked.id} of ${revoked.orgId}`];
    }
    case 'import': {
      if (req.payload === undefined) throw new UsageError(`import needs a FILE\n\n${USAGE}`);
      await store.migrate();
      const counts = await importContent(db, clock, req.payload, operator());
      return [`Imported ${JSON.stringify(counts)}`];
    }
    default:
      throw new UsageError(USAGE);
  }
}
