/**
 * The challenge coach: while staff write a challenge, it points out what
 * makes a challenge hard to answer — a solution instead of a need, a vision
 * with no horizon or nothing measurable, an opportunity that does not say who
 * could deliver what or what the owner offers, long sentences and jargon, and
 * what is missing (a translation, the deadline, the contact). Each hint says
 * why and shows a good example from the demo challenges. It runs offline, on
 * word lists and a readability measure (lexicon.ts, readability.ts), and
 * blocks nothing: a hint is advice.
 */
import { demoChallenges } from '../../demo/data.js';
import { COACH_LANGUAGES, type CoachLanguage, isCoachLanguage, LEXICON } from './lexicon.js';
import { HARD_LIX, plainText, readability } from './readability.js';
import { MESSAGES, type HintId } from './messages.js';

type Localized = Record<string, string>;

/** A challenge as it is being written: every field may still be missing. */
export interface ChallengeDraft {
  title?: Localized | undefined;
  summary?: Localized | undefined;
  need?: Localized | undefined;
  vision?: Localized | undefined;
  horizonYear?: number | null | undefined;
  opportunity?: Localized | undefined;
  offers?: readonly string[] | undefined;
  deadline?: string | null | undefined;
  contact?: { name?: string; email?: string } | null | undefined;
}

export interface CoachExample {
  /** The demo challenge the example is taken from. */
  challengeId: string;
  title: string;
  field: string;
  text: string;
}

export interface CoachHint {
  id: HintId;
  /** The field it is about, e.g. `need`. */
  field: string;
  /** The language of the text it is about, when it is about one. */
  lang?: string;
  message: string;
  why: string;
  /** The words that made the hint, e.g. the product named. */
  found?: string[];
  example?: CoachExample;
}

export interface CoachOptions {
  /** The language the hints are written in (en, sv, nb, fi; else en). */
  lang?: string | undefined;
  /** The languages the organisation publishes in: each text should exist in each. */
  languages?: readonly string[] | undefined;
}

const TEXT_FIELDS = ['title', 'summary', 'need', 'vision', 'opportunity'] as const;
/** Where a missing translation matters: what every reader sees first. */
const MUST_TRANSLATE = ['title', 'summary', 'need'] as const;

/** The good examples: fields of the demo challenges, which are written as needs. */
const EXAMPLES: Partial<
  Record<HintId, { challengeId: string; field: keyof ChallengeDraft; paragraph?: number }>
> = {
  // The need's last paragraph: "… That is why we describe the need, not the solution."
  solution: { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'need', paragraph: -1 },
  'vision-horizon': { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'vision' },
  'vision-measurable': { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'vision' },
  'opportunity-who': { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'opportunity' },
  offers: { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'opportunity' },
  readability: { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'summary' },
  'long-sentence': { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'summary' },
  jargon: { challengeId: 'norrhamn-hallbar-kollektivtrafik-2035', field: 'summary' },
};

function example(id: HintId, lang: string): CoachExample | undefined {
  const where = EXAMPLES[id];
  if (!where) return undefined;
  const challenge = demoChallenges.find((c) => c.id === where.challengeId);
  const texts = challenge?.[where.field] as Localized | undefined;
  if (!challenge || !texts) return undefined;
  const pick = (l: Localized) => l[lang] ?? l.en ?? Object.values(l)[0] ?? '';
  const paragraphs = pick(texts).split(/\n\s*\n/);
  const chosen =
    where.paragraph === undefined ? pick(texts) : (paragraphs.at(where.paragraph) ?? pick(texts));
  const text = plainText(chosen);
  return {
    challengeId: challenge.id!,
    title: pick(challenge.title),
    field: where.field,
    text: text.length > 400 ? `${text.slice(0, 400).replace(/\s+\S*$/, '')} …` : text,
  };
}

const present = (l: Localized | undefined, lang: string) => Boolean(l?.[lang]?.trim());

function matches(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...new Set([...text.matchAll(global)].map((m) => m[0].trim()))];
}

/** The hints for a draft, most important first. */
export function coachChallenge(draft: ChallengeDraft, options: CoachOptions = {}): CoachHint[] {
  const ui: CoachLanguage = options.lang && isCoachLanguage(options.lang) ? options.lang : 'en';
  const hints: CoachHint[] = [];
  const add = (id: HintId, field: string, extra: Partial<CoachHint> = {}) => {
    const text = MESSAGES[id][ui];
    const hint: CoachHint = { id, field, message: text.message, why: text.why, ...extra };
    const ex = example(id, ui);
    if (ex) hint.example = ex;
    hints.push(hint);
  };

  // The languages written so far, and those the organisation asks for.
  const written = new Set<string>();
  for (const f of TEXT_FIELDS) for (const l of Object.keys(draft[f] ?? {})) written.add(l);
  const wanted = new Set(options.languages?.length ? options.languages : [...written]);

  // A solution instead of a need: per language the text is in.
  for (const lang of written) {
    if (!isCoachLanguage(lang)) continue;
    const lex = LEXICON[lang];
    const title = draft.title?.[lang] ?? '';
    const summary = draft.summary?.[lang] ?? '';
    const need = draft.need?.[lang] ?? '';
    const bought = [title, summary, need].flatMap((t) => matches(lex.acquire, t));
    const namedInTitle = matches(lex.products, title);
    const framed = lex.needMarkers.test(`${title} ${summary}`);
    if (bought.length || (namedInTitle.length && !framed)) {
      const field = matches(lex.acquire, need).length ? 'need' : 'title';
      add('solution', field, { lang, found: bought.length ? bought : namedInTitle });
    }
  }

  // The vision: a horizon year, and something to measure.
  const visionLangs = Object.keys(draft.vision ?? {}).filter((l) => present(draft.vision, l));
  if (!draft.horizonYear) add('vision-horizon', 'horizonYear');
  for (const lang of visionLangs) {
    if (!isCoachLanguage(lang)) continue;
    if (!LEXICON[lang].measurable.test(plainText(draft.vision![lang]!))) {
      add('vision-measurable', 'vision', { lang });
      break;
    }
  }
  if (!visionLangs.length) add('vision-measurable', 'vision');

  // The opportunity: who could deliver what; and what the owner offers.
  const oppLangs = Object.keys(draft.opportunity ?? {}).filter((l) =>
    present(draft.opportunity, l),
  );
  const saysWho = oppLangs.some(
    (l) => isCoachLanguage(l) && LEXICON[l].deliverers.test(draft.opportunity![l]!),
  );
  if (!oppLangs.length || !saysWho) add('opportunity-who', 'opportunity');
  if (!draft.offers?.length) add('offers', 'offers');

  // Plain language: readability, long sentences, jargon.
  for (const lang of written) {
    if (!isCoachLanguage(lang)) continue;
    const prose = ['summary', 'need', 'vision', 'opportunity']
      .map((f) => (draft[f as keyof ChallengeDraft] as Localized | undefined)?.[lang] ?? '')
      .join('\n');
    if (!prose.trim()) continue;
    const r = readability(prose, lang);
    if (r.words >= 40 && r.lix > (HARD_LIX[lang] ?? 50)) {
      add('readability', 'need', { lang, found: [`LIX ${Math.round(r.lix)}`] });
    }
    if (r.longSentences.length) {
      add('long-sentence', 'need', {
        lang,
        found: r.longSentences.map((s) => (s.length > 120 ? `${s.slice(0, 117)}…` : s)),
      });
    }
    const jargon = matches(LEXICON[lang].jargon, `${draft.title?.[lang] ?? ''}\n${prose}`);
    if (jargon.length) add('jargon', 'need', { lang, found: jargon });
  }

  // What is missing.
  if (written.size) {
    for (const lang of wanted) {
      const missing = MUST_TRANSLATE.filter((f) => !present(draft[f], lang));
      if (missing.length) add('translation', missing[0]!, { lang, found: [...missing] });
    }
  }
  if (!draft.deadline) add('deadline', 'deadline');
  if (!draft.contact?.email) add('contact', 'contact');
  return hints;
}

export { COACH_LANGUAGES };
