/**
 * `people export | erase | withdraw-newsletter | retention`: a person's data
 * rights from the CLI, on the same services as the API's `/v1/people`, across
 * every organisation or, with `--org`, one.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Clock } from '../services/clock.js';
import {
  DEFAULT_RETENTION_DAYS,
  erasePerson,
  exportPerson,
  retentionDays,
  withdrawNewsletterConsent,
} from '../services/people.js';

export type PeopleArgs =
  | { action: 'export' | 'erase' | 'withdraw-newsletter'; email: string; orgId?: string }
  | { action: 'retention'; orgId: string; days?: number | null };

export const PEOPLE_USAGE = `  people export --email ADDRESS [--org ID]
                                   everything held about a person, as JSON (submissions, consents, messages)
  people erase --email ADDRESS [--org ID]
                                   erase the person's data; each submission keeps its reference,
                                   status, dates and receiver, anonymised
  people withdraw-newsletter --email ADDRESS [--org ID]
                                   withdraw the person's newsletter consent
  people retention --org ID [--days N|default]
                                   how long closed submissions are kept (default ${DEFAULT_RETENTION_DAYS} days
                                   after they reached a final status); the server erases them daily after that`;

const ACTIONS = ['export', 'erase', 'withdraw-newsletter', 'retention'] as const;

/** Reads a people command's arguments, or says what is wrong (checked before a command is carried). */
export function readPeopleArgs(
  sub: string | undefined,
  options: Record<string, string | undefined>,
  usageError: (message: string) => Error,
): PeopleArgs {
  const action = ACTIONS.find((a) => a === sub);
  if (!action) throw usageError(`people needs ${ACTIONS.join(', ')}`);
  if (options._0 !== undefined) throw usageError(`people ${action} takes options only`);
  const orgId = options.org;
  if (action === 'retention') {
    if (!orgId) throw usageError('people retention needs --org ID');
    const days = options.days;
    if (days === undefined) return { action, orgId };
    if (days === 'default') return { action, orgId, days: null };
    if (!/^\d{1,5}$/.test(days) || Number(days) < 1) {
      throw usageError('--days must be a whole number of days (1 or more), or "default"');
    }
    return { action, orgId, days: Number(days) };
  }
  const email = options.email?.trim();
  if (!email || !email.includes('@')) throw usageError(`people ${action} needs --email ADDRESS`);
  return { action, email, ...(orgId ? { orgId } : {}) };
}

/**
 * JSON as text, with the characters a terminal would act on written as
 * `\uXXXX` (JSON.stringify leaves C1 controls and bidi overrides raw): the
 * same data, safe to print.
 */
function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export async function runPeople(
  db: Kysely<Database>,
  clock: Clock,
  args: PeopleArgs,
): Promise<string[]> {
  switch (args.action) {
    case 'export':
      return [safeJson(await exportPerson(db, clock, args))];
    case 'erase': {
      const { erased } = await erasePerson(db, clock, args);
      if (erased.length === 0) return [`Nothing held about ${args.email}; nothing erased`];
      return [
        `Erased the data of ${args.email} in ${erased.length} submission${erased.length === 1 ? '' : 's'} (kept anonymised):`,
        ...erased.map((e) => `${e.reference}\t${e.orgId}\t${e.status}`),
      ];
    }
    case 'withdraw-newsletter': {
      const { withdrawn } = await withdrawNewsletterConsent(db, clock, args);
      return withdrawn.length
        ? [`Withdrew the newsletter consent of ${args.email} in ${withdrawn.join(', ')}`]
        : [`${args.email} has no newsletter consent to withdraw`];
    }
    case 'retention': {
      const set = args.days === undefined ? undefined : { days: args.days };
      const { days, isDefault } = await retentionDays(db, args.orgId, set);
      return [
        `${args.orgId} keeps submissions ${days} days after they reached a final status${isDefault ? ' (the default)' : ''}`,
      ];
    }
  }
}
