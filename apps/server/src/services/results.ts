/**
 * Results: "how do we know that we made a difference?" for an organisation,
 * or one of its challenges, over a period (`GET /v1/results`, `.csv`).
 *
 * - The funnel counts the submissions that arrived in the period and ever
 *   reached each stage (their status now, or a move to it in the audit
 *   trail): received (all), in dialogue, forwarded, accepted; declined beside.
 *   The stages are not nested: a submission can be accepted without having
 *   been in dialogue, so a later stage may hold some an earlier one does not.
 * - The same counts by kind, by the organisation it came via (with its name),
 *   by the company's country (kept when a person's data is erased) and per
 *   challenge.
 * - Days to a first answer: from arrival to the first message to the company,
 *   or to the mail telling it the submission was forwarded to another
 *   organisation, whichever came first (store/results.ts), in calendar days;
 *   the median over those answered, and how many have no answer yet.
 * - Stories told: published in the period, by the organisation, or (for one
 *   challenge) linked to it by anyone.
 * - Doors opened (a cluster's difference): what arrived at other receivers in
 *   the period credited to the organisation as `via`, counted the same way.
 *
 * SQL in store/results.ts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import * as store from '../store/results.js';
import type { Clock } from './clock.js';
import { NotFoundError } from './errors.js';
import { neutralise } from './inbox.js';

type Db = Kysely<Database>;
type Localized = Record<string, string>;

export interface ResultsArgs {
  orgId: string;
  challengeId?: string | undefined;
  /** `YYYY-MM-DD`, UTC, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface Counts {
  received: number;
  inDialogue: number;
  forwarded: number;
  accepted: number;
  declined: number;
  /** With a first answer. */
  answered: number;
  /** Without one yet. */
  unanswered: number;
  /** The median days to the first answer (one decimal); `null` when none was answered. */
  medianDays: number | null;
}

export interface Results {
  orgId: string;
  challengeId: string | null;
  from: string | null;
  to: string | null;
  total: Counts;
  byKind: Array<Counts & { kind: string }>;
  byVia: Array<Counts & { via: string | null; name: Localized | null }>;
  byCountry: Array<Counts & { country: string | null }>;
  challenges: Array<
    Counts & { challengeId: string | null; title: Localized | null; stories: number }
  >;
  stories: {
    count: number;
    items: Array<{ id: string; orgId: string; title: Localized; publishedAt: string }>;
  };
  /**
   * What the organisation opened the door to (credited as `via`) at other
   * receivers, arrived in the period, counted the same way; per receiver.
   * `null` for one challenge.
   */
  openedDoors: {
    total: Counts;
    byReceiver: Array<Counts & { orgId: string; name: Localized | null }>;
  } | null;
}

const DAY = 86_400_000;
const dayStart = (date: string) => new Date(`${date}T00:00:00.000Z`);

const ZERO: store.ResultsRow = {
  set: store.SETS.total,
  kind: null,
  via: null,
  country: null,
  challenge_id: null,
  received: 0,
  in_dialogue: 0,
  forwarded: 0,
  accepted: 0,
  declined: 0,
  answered: 0,
  median_days: null,
};

function counts(r: store.ResultsRow): Counts {
  return {
    received: r.received,
    inDialogue: r.in_dialogue,
    forwarded: r.forwarded,
    accepted: r.accepted,
    declined: r.declined,
    answered: r.answered,
    unanswered: r.received - r.answered,
    medianDays: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
  };
}

const localized = (v: unknown): Localized | null =>
  v && typeof v === 'object' ? (v as Localized) : null;

/** Most first, then by key (nulls last). */
function byReceived<T extends Counts>(key: (row: T) => string | null) {
  return (a: T, b: T) => {
    if (b.received !== a.received) return b.received - a.received;
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return 0;
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka < kb ? -1 : 1;
  };
}

export async function results(db: Db, clock: Clock, args: ResultsArgs): Promise<Results> {
  const { orgId, challengeId } = args;
  const own = await store.challenges(db, orgId, challengeId);
  if (challengeId !== undefined && own.length === 0) {
    throw new NotFoundError(`Challenge "${challengeId}"`);
  }
  const q: store.ResultsQuery & { now: Date } = {
    orgId,
    challengeId,
    from: args.from ? dayStart(args.from) : undefined,
    before: args.to ? new Date(dayStart(args.to).getTime() + DAY) : undefined,
    now: clock.now(),
  };
  const [rows, opened] = await Promise.all([
    store.aggregate(db, q),
    challengeId === undefined ? store.aggregate(db, { ...q, opened: true }) : undefined,
  ]);
  const receivers = opened?.filter((r) => r.set === store.SETS.via && r.via !== null) ?? [];
  const of = (set: number) => rows.filter((r) => r.set === set);
  const total = counts(of(store.SETS.total)[0] ?? ZERO);

  const viaRows = of(store.SETS.via);
  const names = new Map(
    (
      await store.organizationNames(
        db,
        [...viaRows, ...receivers].flatMap((r) => (r.via ? [r.via] : [])),
      )
    ).map((n) => [n.id, localized(n.name)]),
  );

  // Every challenge of the organisation that is not a draft, and any that
  // has submissions in the period (a draft's, or one deleted since).
  const perChallenge = new Map(of(store.SETS.challenge).map((r) => [r.challenge_id, r]));
  const titles = new Map(own.map((c) => [c.id, localized(c.title)]));
  const ids = new Set<string | null>([
    ...own.filter((c) => c.status !== 'draft' || challengeId !== undefined).map((c) => c.id),
    ...perChallenge.keys(),
  ]);
  const storyCounts = await store.storiesPerChallenge(
    db,
    q,
    [...ids].filter((id): id is string => id !== null),
  );
  const told = await store.stories(db, q);

  return {
    orgId,
    challengeId: challengeId ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
    total,
    byKind: of(store.SETS.kind)
      .map((r) => ({ kind: r.kind ?? 'unknown', ...counts(r) }))
      .sort(byReceived((r) => r.kind)),
    byVia: viaRows
      .map((r) => ({ via: r.via, name: r.via ? (names.get(r.via) ?? null) : null, ...counts(r) }))
      .sort(byReceived((r) => r.via)),
    byCountry: of(store.SETS.country)
      .map((r) => ({ country: r.country, ...counts(r) }))
      .sort(byReceived((r) => r.country)),
    challenges: [...ids]
      .map((id) => ({
        challengeId: id,
        title: id === null ? null : (titles.get(id) ?? null),
        stories: id === null ? 0 : (storyCounts.get(id) ?? 0),
        ...counts(perChallenge.get(id) ?? ZERO),
      }))
      .sort(byReceived((r) => r.challengeId)),
    stories: {
      count: told.count,
      items: told.rows.map((s) => ({
        id: s.id,
        orgId: s.org_id,
        title: localized(s.title) ?? {},
        publishedAt: s.published_at.toISOString(),
      })),
    },
    openedDoors: opened
      ? {
          total: counts(opened.find((r) => r.set === store.SETS.total) ?? ZERO),
          byReceiver: receivers
            .map((r) => ({ orgId: r.via!, name: names.get(r.via!) ?? null, ...counts(r) }))
            .sort(byReceived((r) => r.orgId)),
        }
      : null,
  };
}

// ---------------------------------------------------------------------------
// CSV

/** A localized text in `lang`, else English, else the first there is. */
export function inLanguage(text: Localized | null, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

const cell = (value: string | number | null): string =>
  `"${neutralise(value === null ? '' : String(value)).replace(/"/g, '""')}"`;

export const CSV_HEADER = [
  'section',
  'key',
  'name',
  'received',
  'in dialogue',
  'forwarded',
  'accepted',
  'declined',
  'answered',
  'unanswered',
  'median days to first answer',
  'stories told',
];

/**
 * The same numbers as CSV (RFC 4180, UTF-8 with a byte-order mark, formula
 * cells neutralised as the inbox export does): one row per total, kind, via,
 * country and challenge, and (when there are any) the doors opened, in all
 * and per receiver; names in `lang`. `stories told` is given on the
 * total and challenge rows.
 */
export function resultsCsv(r: Results, lang: string): string {
  const line = (
    section: string,
    key: string | null,
    name: string,
    c: Counts,
    stories: number | null,
  ) =>
    [
      section,
      key,
      name,
      c.received,
      c.inDialogue,
      c.forwarded,
      c.accepted,
      c.declined,
      c.answered,
      c.unanswered,
      c.medianDays,
      stories,
    ]
      .map(cell)
      .join(',');
  const lines = [CSV_HEADER.map(cell).join(',')];
  lines.push(line('total', r.challengeId, '', r.total, r.stories.count));
  for (const k of r.byKind) lines.push(line('kind', k.kind, '', k, null));
  for (const v of r.byVia) lines.push(line('via', v.via, inLanguage(v.name, lang), v, null));
  for (const c of r.byCountry) lines.push(line('country', c.country, '', c, null));
  for (const c of r.challenges) {
    lines.push(line('challenge', c.challengeId, inLanguage(c.title, lang), c, c.stories));
  }
  if (r.openedDoors && r.openedDoors.total.received > 0) {
    lines.push(line('doors opened', '', '', r.openedDoors.total, null));
    for (const d of r.openedDoors.byReceiver) {
      lines.push(line('doors opened at', d.orgId, inLanguage(d.name, lang), d, null));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
