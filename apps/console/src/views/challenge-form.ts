/**
 * The challenge editor's form model: what the fields hold while staff write
 * (strings as typed, a text per language), made from a challenge and made
 * back into the API's shapes (ChallengeInput for POST, ChallengePatch for
 * PATCH: `null` removes an optional field), checked the way the API checks
 * (packages/sdk/src/schemas/challenge.ts) so a person hears what to fix in
 * plain words before the server says it.
 */
import type {
  Challenge,
  ChallengeInput,
  ChallengePatch,
  ChallengeStatus,
  Link,
  Offer,
  ProcurementRoute,
  Theme,
} from '@entrypoint/sdk';
import type { CoachDraft } from './challenge-api.js';

export const TEXT_FIELDS = ['title', 'summary', 'need', 'vision', 'opportunity'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
type Texts = Record<string, string>;

export interface Form {
  title: Texts;
  summary: Texts;
  need: Texts;
  vision: Texts;
  opportunity: Texts;
  horizonYear: string;
  offers: Offer[];
  themes: Theme[];
  sdgs: number[];
  status: ChallengeStatus;
  procurementRoute: ProcurementRoute | '';
  budgetMin: string;
  budgetMax: string;
  currency: string;
  deadline: string;
  region: string[];
  cpvCodes: string[];
  locationName: string;
  lat: string;
  lon: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
  /** Kept as they are: the editor does not show them. */
  ocid: string | undefined;
  links: Link[];
}

export function emptyForm(currency = 'EUR'): Form {
  return {
    title: {},
    summary: {},
    need: {},
    vision: {},
    opportunity: {},
    horizonYear: '',
    offers: [],
    themes: [],
    sdgs: [],
    status: 'draft',
    procurementRoute: '',
    budgetMin: '',
    budgetMax: '',
    currency,
    deadline: '',
    region: [],
    cpvCodes: [],
    locationName: '',
    lat: '',
    lon: '',
    contactName: '',
    contactRole: '',
    contactEmail: '',
    contactPhone: '',
    ocid: undefined,
    links: [],
  };
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export function fromChallenge(c: Challenge): Form {
  return {
    title: { ...c.title },
    summary: { ...c.summary },
    need: { ...c.need },
    vision: { ...c.vision },
    opportunity: { ...c.opportunity },
    horizonYear: str(c.horizonYear),
    offers: [...c.offers],
    themes: [...c.themes],
    sdgs: [...c.sdgs],
    status: c.status,
    procurementRoute: c.procurementRoute ?? '',
    budgetMin: str(c.budget?.min),
    budgetMax: str(c.budget?.max),
    currency: c.budget?.currency ?? 'EUR',
    deadline: c.deadline ?? '',
    region: c.region ? [c.region] : [],
    cpvCodes: [...c.cpvCodes],
    locationName: c.location?.name ?? '',
    lat: str(c.location?.lat),
    lon: str(c.location?.lon),
    contactName: c.contact?.name ?? '',
    contactRole: c.contact?.role ?? '',
    contactEmail: c.contact?.email ?? '',
    contactPhone: c.contact?.phone ?? '',
    ocid: c.ocid,
    links: c.links.map((l) => ({ ...l })),
  };
}

/** The texts written (trimmed; empty languages left out). */
export function written(texts: Texts): Texts {
  const out: Texts = {};
  for (const [lang, value] of Object.entries(texts)) if (value.trim()) out[lang] = value.trim();
  return out;
}

const number = (s: string): number | undefined => {
  const t = s.trim().replace(/\s/g, '').replace(',', '.');
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** The optional parts, or undefined when left empty. */
function optionals(f: Form) {
  const min = number(f.budgetMin);
  const max = number(f.budgetMax);
  const lat = number(f.lat);
  const lon = number(f.lon);
  const contact =
    f.contactName.trim() || f.contactEmail.trim() || f.contactRole.trim() || f.contactPhone.trim()
      ? {
          name: f.contactName.trim(),
          email: f.contactEmail.trim(),
          ...(f.contactRole.trim() ? { role: f.contactRole.trim() } : {}),
          ...(f.contactPhone.trim() ? { phone: f.contactPhone.trim() } : {}),
        }
      : undefined;
  return {
    procurementRoute: f.procurementRoute || undefined,
    budget:
      min !== undefined || max !== undefined
        ? {
            ...(min !== undefined ? { min } : {}),
            ...(max !== undefined ? { max } : {}),
            currency: f.currency.trim().toUpperCase(),
          }
        : undefined,
    deadline: f.deadline || undefined,
    location:
      f.locationName.trim() || lat !== undefined || lon !== undefined
        ? { name: f.locationName.trim(), lat: lat ?? Number.NaN, lon: lon ?? Number.NaN }
        : undefined,
    region: f.region[0],
    contact,
  };
}

const OPTIONAL = [
  'procurementRoute',
  'budget',
  'deadline',
  'location',
  'region',
  'contact',
] as const;

/** What a POST sends (fields left empty are left out). */
export function toInput(f: Form): ChallengeInput {
  const opt = optionals(f);
  const input: Record<string, unknown> = {
    title: written(f.title),
    summary: written(f.summary),
    need: written(f.need),
    vision: written(f.vision),
    horizonYear: number(f.horizonYear) ?? Number.NaN,
    opportunity: written(f.opportunity),
    offers: [...f.offers],
    themes: [...f.themes],
    sdgs: [...f.sdgs].sort((a, b) => a - b),
    status: f.status,
    cpvCodes: [...f.cpvCodes],
    links: f.links,
  };
  for (const key of OPTIONAL) if (opt[key] !== undefined) input[key] = opt[key];
  if (f.ocid) input.ocid = f.ocid;
  return input as ChallengeInput;
}

/** What a PATCH sends: every field, `null` for an optional one left empty. */
export function toPatch(f: Form): ChallengePatch {
  const input = toInput(f) as Record<string, unknown>;
  for (const key of OPTIONAL) if (!(key in input)) input[key] = null;
  return input;
}

/** The same content, whatever the order of keys. */
export const sameContent = (a: Form, b: Form) => stable(toInput(a)) === stable(toInput(b));

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}

export type Problem =
  | { kind: 'text'; field: TextField }
  | { kind: 'year' }
  | { kind: 'budgetOrder' }
  | { kind: 'currency' }
  | { kind: 'contact' }
  | { kind: 'location' };

/** What must be fixed before the API would take it, first problem first. */
export function check(f: Form): Problem[] {
  const problems: Problem[] = [];
  for (const field of TEXT_FIELDS)
    if (!Object.keys(written(f[field])).length) problems.push({ kind: 'text', field });
  const year = number(f.horizonYear);
  if (year === undefined || !Number.isInteger(year) || year < 2000 || year > 2100)
    problems.push({ kind: 'year' });
  const opt = optionals(f);
  if (opt.budget) {
    const { min, max, currency } = opt.budget;
    if (
      (min !== undefined && (Number.isNaN(min) || min < 0)) ||
      (max !== undefined && (Number.isNaN(max) || max < 0)) ||
      (min !== undefined && max !== undefined && min > max)
    )
      problems.push({ kind: 'budgetOrder' });
    if (!/^[A-Z]{3}$/.test(currency)) problems.push({ kind: 'currency' });
  }
  if (opt.contact && (!opt.contact.name || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(opt.contact.email)))
    problems.push({ kind: 'contact' });
  if (opt.location) {
    const { name, lat, lon } = opt.location;
    if (!name || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))
      problems.push({ kind: 'location' });
  }
  return problems;
}

/** What the coach reads: the draft as written so far. */
export function toCoach(f: Form, languages: string[]): CoachDraft {
  const year = number(f.horizonYear);
  return {
    title: written(f.title),
    summary: written(f.summary),
    need: written(f.need),
    vision: written(f.vision),
    opportunity: written(f.opportunity),
    horizonYear: year !== undefined && Number.isInteger(year) ? year : null,
    offers: [...f.offers],
    deadline: f.deadline || null,
    contact:
      f.contactName.trim() || f.contactEmail.trim()
        ? { name: f.contactName.trim(), email: f.contactEmail.trim() }
        : null,
    languages,
  };
}

/** The fields in which two versions differ (for the stale-edit comparison). */
export const COMPARED = [
  ...TEXT_FIELDS,
  'horizonYear',
  'offers',
  'procurementRoute',
  'budget',
  'deadline',
  'themes',
  'sdgs',
  'region',
  'cpvCodes',
  'location',
  'contact',
  'status',
] as const;
export type Compared = (typeof COMPARED)[number];

export function differences(mine: Form, theirs: Form): Compared[] {
  const a = toInput(mine) as Record<string, unknown>;
  const b = toInput(theirs) as Record<string, unknown>;
  return COMPARED.filter((k) => stable(a[k]) !== stable(b[k]));
}

/** The form fields behind each compared field. */
const FORM_KEYS: Record<Compared, ReadonlyArray<keyof Form>> = {
  title: ['title'],
  summary: ['summary'],
  need: ['need'],
  vision: ['vision'],
  opportunity: ['opportunity'],
  horizonYear: ['horizonYear'],
  offers: ['offers'],
  procurementRoute: ['procurementRoute'],
  budget: ['budgetMin', 'budgetMax', 'currency'],
  deadline: ['deadline'],
  themes: ['themes'],
  sdgs: ['sdgs'],
  region: ['region'],
  cpvCodes: ['cpvCodes'],
  location: ['locationName', 'lat', 'lon'],
  contact: ['contactName', 'contactRole', 'contactEmail', 'contactPhone'],
  status: ['status'],
};

/**
 * Their version with this person's changes put on it: each field the person
 * changed since `base` (the version they started from) takes their words;
 * every other field keeps what the other person saved.
 */
export function reapply(theirs: Form, mine: Form, base: Form): Form {
  const next = structuredClone(theirs) as unknown as Record<keyof Form, unknown>;
  for (const field of differences(mine, base))
    for (const key of FORM_KEYS[field]) next[key] = structuredClone(mine[key]);
  return next as unknown as Form;
}
