/**
 * `inbox list | show | move`: an owner's staff working through submissions
 * from the CLI, on the same services as the API's inbox, scoped
 * to `--org` as the API scopes to a key's organisation.
 *
 * Submissions are written by the public, so the readable output never lets
 * their text reach the terminal raw: control characters (an escape sequence
 * could rewrite the screen) show as �, bidi overrides (could disguise a line)
 * are dropped. `--json` prints the records as JSON lines for scripts.
 */
import { operator } from '../services/audit.js';
import {
  SUBMISSION_STATUSES,
  SUBMISSION_TRANSITIONS,
  type Submission,
  type SubmissionStatus,
} from '@entrypoint/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Clock } from '../services/clock.js';
import { NotFoundError } from '../services/errors.js';
import {
  findSubmission,
  listAllSubmissions,
  transitionSubmission,
} from '../services/submissions.js';
import { organizationExists } from '../store/organizations.js';

export type InboxArgs =
  | { action: 'list'; orgId: string; statuses: SubmissionStatus[] | undefined; json: boolean }
  | { action: 'show'; orgId: string; target: string; json: boolean }
  | { action: 'move'; orgId: string; target: string; status: SubmissionStatus; json: boolean };

export const INBOX_USAGE = `  inbox list --org ID [--status STATUS[,STATUS…]] [--json]
                                   an organisation's submissions, newest first
  inbox show REFERENCE_OR_ID --org ID [--json]
                                   one submission in full, contact and consent included
  inbox move REFERENCE_OR_ID STATUS --org ID [--json]
                                   move it to another status (the same status is a no-op)
        statuses: ${SUBMISSION_STATUSES.join(', ')}`;

const isStatus = (s: string): s is SubmissionStatus =>
  (SUBMISSION_STATUSES as readonly string[]).includes(s);

/**
 * Reads an inbox command's arguments, or says what is wrong. Pure, so the CLI
 * checks usage before it carries a command to a running server, and usage
 * errors exit 2 in every mode.
 */
export function readInboxArgs(
  sub: string | undefined,
  options: Record<string, string | undefined>,
  usageError: (message: string) => Error,
): InboxArgs {
  const positionals = Object.keys(options)
    .filter((k) => /^_\d+$/.test(k))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((k) => options[k] ?? '');
  if (sub !== 'list' && sub !== 'show' && sub !== 'move') {
    throw usageError('inbox needs list, show or move');
  }
  if (positionals.length !== { list: 0, show: 1, move: 2 }[sub]) {
    const shape = {
      list: 'inbox list --org ID',
      show: 'inbox show REFERENCE_OR_ID --org ID',
      move: 'inbox move REFERENCE_OR_ID STATUS --org ID',
    }[sub];
    throw usageError(`Use: ${shape}`);
  }
  const orgId = options.org;
  if (!orgId) throw usageError(`inbox ${sub} needs --org ID`);
  const json = options.json === 'true';
  const unknown = (values: string[]) =>
    usageError(
      `Unknown status ${values.map((v) => `"${v}"`).join(', ')}; use ${SUBMISSION_STATUSES.join(', ')}`,
    );
  if (sub === 'list') {
    const items = (options.status ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.filter((s) => !isStatus(s));
    if (bad.length) throw unknown(bad);
    return {
      action: 'list',
      orgId,
      statuses: items.length ? (items as SubmissionStatus[]) : undefined,
      json,
    };
  }
  const target = positionals[0]!;
  if (sub === 'show') return { action: 'show', orgId, target, json };
  const status = positionals[1]!;
  if (!isStatus(status)) throw unknown([status]);
  return { action: 'move', orgId, target, status, json };
}

export async function runInbox(
  db: Kysely<Database>,
  clock: Clock,
  args: InboxArgs,
): Promise<string[]> {
  if (!(await organizationExists(db, args.orgId))) {
    throw new NotFoundError(`Organization "${args.orgId}"`);
  }
  switch (args.action) {
    case 'list': {
      const rows = await listAllSubmissions(db, { orgId: args.orgId, statuses: args.statuses });
      return args.json ? rows.map(jsonLine) : inboxTable(rows, args.statuses);
    }
    case 'show': {
      const submission = await findSubmission(db, args.orgId, args.target);
      return args.json ? [jsonLine(submission)] : describe(submission);
    }
    case 'move': {
      const found = await findSubmission(db, args.orgId, args.target);
      const { from, submission } = await transitionSubmission(
        db,
        clock,
        args.orgId,
        found.id,
        args.status,
        operator(),
      );
      if (args.json) return [jsonLine(submission)];
      return [
        from === submission.status
          ? `${submission.reference} is already ${from}; nothing changed`
          : `Moved ${submission.reference} from ${from} to ${submission.status} ${nextStatuses(submission.status)}`,
      ];
    }
  }
}

/** JSON on one line; C1 controls and line separators escaped too (JSON.stringify leaves them raw). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Public text, safe to print: bidi controls go, other controls show as �. */
function printable(text: string): string {
  return text.replace(BIDI, '').replace(/\p{Cc}/gu, '\ufffd');
}

/** The same on one line: line breaks and tabs become spaces. */
function oneLine(text: string): string {
  return printable(text.replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ')).trim();
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const width = (text: string) => Array.from(text).length;

function nextStatuses(status: SubmissionStatus): string {
  const next = SUBMISSION_TRANSITIONS[status];
  return next.length ? `(next: ${next.join(', ')})` : '(final)';
}

function inboxTable(rows: Submission[], statuses: SubmissionStatus[] | undefined): string[] {
  const filter = statuses ? ` with status ${statuses.join(', ')}` : '';
  if (!rows.length) return [`No submissions${filter}`];
  const table = [
    ['REFERENCE', 'RECEIVED', 'STATUS', 'KIND', 'COMPANY', 'TITLE', 'CHALLENGE', 'VIA'],
    ...rows.map((s) => [
      s.reference,
      s.createdAt.slice(0, 10),
      s.status,
      s.kind,
      cut(oneLine(s.company.name), 28),
      cut(oneLine(s.title), 48),
      s.challengeId ?? '—',
      s.via ?? '—',
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => width(r[i]!))));
  const lines = table.map((r) =>
    r
      .map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell)))
      .join('  ')
      .trimEnd(),
  );
  lines.push(`${rows.length} submission${rows.length === 1 ? '' : 's'}${filter}`);
  return lines;
}

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');

/** Every field, readably; a field this code does not know yet is printed as JSON. */
function describe(s: Submission): string[] {
  const { company, contact, consent, source } = s;
  const fields: Array<[string, string]> = [
    ['reference', s.reference],
    ['id', s.id],
    ['status', `${s.status} ${nextStatuses(s.status)}`],
    ['organisation', s.orgId],
    ['challenge', s.challengeId ?? '—'],
    ['via', s.via ?? '—'],
    ['kind', s.kind],
    ['title', oneLine(s.title)],
    ['received', when(s.createdAt)],
    ['updated', when(s.updatedAt)],
    ['language', s.language],
    ['maturity', s.maturity === undefined ? '—' : `TRL ${s.maturity}`],
    ['confidential', s.confidential ? 'yes: not to be shared beyond the owner' : 'no'],
    ['company', oneLine(company.name)],
    ['  org. number', company.orgNumber ? oneLine(company.orgNumber) : '—'],
    ['  country', company.country],
    ['  size', company.size],
    ['  website', company.website ? oneLine(company.website) : '—'],
    ['contact', oneLine(contact.name)],
    ['  email', oneLine(contact.email)],
    ['  phone', contact.phone ? oneLine(contact.phone) : '—'],
    ['consent', consent.privacy ? 'privacy notice shown and accepted' : 'no'],
    [
      '  newsletter',
      consent.newsletter === undefined ? 'not asked' : consent.newsletter ? 'yes' : 'no',
    ],
    ['source', source.origin ? oneLine(source.origin) : '—'],
    ['  page', source.page ? oneLine(source.page) : '—'],
  ];
  const known = new Set([
    ...['id', 'reference', 'orgId', 'challengeId', 'via', 'kind', 'title', 'description'],
    ...['company', 'contact', 'maturity', 'confidential', 'language', 'consent'],
    ...['status', 'createdAt', 'updatedAt', 'source'],
  ]);
  for (const [key, value] of Object.entries(s)) {
    if (!known.has(key)) fields.push([oneLine(key), oneLine(JSON.stringify(value))]);
  }
  const pad = Math.max(...fields.map(([label]) => label.length)) + 2;
  return [
    ...fields.map(([label, value]) => `${label.padEnd(pad)}${value}`),
    '',
    'description',
    ...s.description
      .split(/\r\n|\r|\n|\u2028|\u2029/)
      .map((line) => `  ${printable(line.replace(/\t/g, '  '))}`.trimEnd()),
  ];
}
