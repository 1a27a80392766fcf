// The form checks its input with code generated from the SDK's SubmissionInput
// schema (scripts/gen-submission-check.mjs), not with zod. Here both run side
// by side, over hand-picked edge cases and over seeded random inputs: the same
// issues (path, code, message) in the same order, or the generated check is
// wrong.
import { SubmissionInput } from '@entrypoint/sdk';
import { describe, expect, test } from 'vitest';
import { checkSubmissionInput } from '../../src/internal/generated/submission-check.js';
import { toSubmissionInput } from '../../src/internal/submission-input.js';

const zodIssues = (input: unknown) => {
  const result = SubmissionInput.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({
        path: i.path.join('.'),
        code: i.code,
        message: i.message,
      }));
};

const valid = {
  orgId: 'norrhamn',
  challengeId: 'ferries',
  via: 'nordic-mobility',
  kind: 'idea',
  title: 'Ferry charging',
  description: 'Charging for electric ferries.',
  company: {
    name: 'Voltfjord AB',
    orgNumber: '556000-0000',
    country: 'SE',
    size: 'small',
    website: 'https://voltfjord.example',
  },
  contact: { name: 'Alex Berg', email: 'alex@voltfjord.example', phone: '+46 (0)70-123 45 67' },
  maturity: 6,
  confidential: true,
  language: 'sv',
  consent: { privacy: true, newsletter: false, forwarding: true },
};

type Input = Record<string, unknown> & {
  company: Record<string, unknown>;
  contact: Record<string, unknown>;
  consent: Record<string, unknown>;
};
const copy = (): Input => structuredClone(valid);

/** A small seeded generator (mulberry32), so a failure can be run again. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

// Pieces that sit on the edges of the rules: case, dashes, separators, white
// space the trim removes (and one it does not: U+200B), surrogate pairs and a
// lone surrogate (lengths count code points), URL and email parts.
const PIECES = [
  'a',
  'z',
  'A',
  'Z',
  'm',
  '0',
  '9',
  '5',
  '-',
  '_',
  '.',
  '+',
  '(',
  ')',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u200b',
  '@',
  ':',
  '/',
  '//',
  'http://',
  'https://',
  'HTTPS://',
  'ftp://',
  'ex.com',
  '.se',
  'ä',
  'ø',
  '😀',
  '\ud83d',
  ',',
  "'",
  '%',
  'xn--',
  '[::1]',
  '#',
  '?',
  'sv',
  'en-GB',
  'SE',
] as const;

function randomString(r: ReturnType<typeof random>): string {
  const shape = r.int(10);
  // Lengths around the limits (1, 2, 3, 10, 35, 40, 64, 100, 200, 10,000).
  if (shape === 0) return 'a'.repeat(r.pick([0, 1, 2, 3, 9, 10, 11, 34, 35, 36, 39, 40, 41]));
  if (shape === 1)
    return r.pick(['x', '😀', ' ']).repeat(r.pick([63, 64, 65, 99, 100, 101, 199, 200, 201]));
  if (shape === 2) return 'ab'.repeat(r.pick([4999, 5000, 5001])) + r.pick(['', ' ', '😀']);
  let s = '';
  const n = r.int(12);
  for (let i = 0; i < n; i++) s += r.pick(PIECES);
  return s;
}

/** Mostly a value of the field's type; now and then missing, or of another type (with no length). */
function randomValue(r: ReturnType<typeof random>, type: 'string' | 'number' | 'boolean') {
  const roll = r.int(20);
  if (roll === 0) return undefined;
  if (roll === 1)
    return r.pick([null, 0, 1, false, true, {}, -0.5, 'x'].filter((x) => typeof x !== type));
  if (type === 'boolean') return r.next() < 0.5;
  if (type === 'number')
    return r.pick([
      0,
      1,
      2,
      5,
      9,
      10,
      -1,
      1.5,
      8.999,
      NaN,
      Infinity,
      -Infinity,
      2 ** 53,
      1e-9,
      r.int(12),
    ]);
  return randomString(r);
}

function randomInput(seed: number): Input {
  const r = random(seed);
  const input = copy();
  // Change a few fields at a time, so that most inputs are near valid ones.
  const changes = 1 + r.int(4);
  for (let i = 0; i < changes; i++) {
    const field = r.pick([
      'orgId',
      'challengeId',
      'via',
      'kind',
      'title',
      'description',
      'maturity',
      'confidential',
      'language',
      'company.name',
      'company.orgNumber',
      'company.country',
      'company.size',
      'company.website',
      'contact.name',
      'contact.email',
      'contact.phone',
      'consent.privacy',
      'consent.newsletter',
      'consent.forwarding',
      'company',
      'contact',
      'consent',
    ] as const);
    const [a, b] = field.split('.') as [string, string | undefined];
    const type =
      field === 'maturity'
        ? 'number'
        : field === 'confidential' || a === 'consent'
          ? 'boolean'
          : 'string';
    let value: unknown = randomValue(r, type);
    if (field === 'kind' || field === 'company.size')
      value = r.pick([
        'idea',
        'question',
        'testbed-request',
        'micro',
        'large',
        'Idea',
        '',
        'other',
        value,
      ]);
    const parent = input[a];
    if (b) {
      // A field of an object an earlier change replaced: set it when there is an object to set it on.
      if (parent && typeof parent === 'object') (parent as Record<string, unknown>)[b] = value;
    } else if (a === 'company' || a === 'contact' || a === 'consent')
      input[a] = r.pick([undefined, null, [], 'x', {}]) as Record<string, unknown>;
    else input[a] = value;
  }
  return input;
}

describe('the generated check of SubmissionInput', () => {
  const edge: [string, (i: Input) => void][] = [
    ['valid', () => {}],
    [
      'everything optional left out',
      (i) => {
        for (const k of ['challengeId', 'via', 'maturity', 'confidential']) delete i[k];
        delete i.company.orgNumber;
        delete i.company.website;
        delete i.contact.phone;
        delete i.consent.newsletter;
        delete i.consent.forwarding;
      },
    ],
    [
      'empty form',
      (i) => Object.assign(i, toSubmissionInput({}, { org: 'norrhamn', language: 'en' })),
    ],
    ['privacy not given', (i) => (i.consent.privacy = false)],
    ['privacy missing', (i) => delete i.consent.privacy],
    ['title of 2 characters after trim', (i) => (i.title = '  ab  ')],
    ['title of 3 code points in 6 units', (i) => (i.title = '😀😀😀')],
    ['title of 2 code points in 4 units', (i) => (i.title = '😀😀')],
    ['title of lone surrogates', (i) => (i.title = '\ud83d\ud83d\ud83d')],
    ['title of 201 code points', (i) => (i.title = '😀'.repeat(201))],
    ['title of 200 code points', (i) => (i.title = '😀'.repeat(200))],
    ['description of 10,001 characters', (i) => (i.description = 'x'.repeat(10001))],
    ['phone too long and not digits', (i) => (i.contact.phone = 'x'.repeat(41))],
    ['phone with letters', (i) => (i.contact.phone = '070 abc')],
    ['website with another scheme', (i) => (i.company.website = 'ftp://x.example')],
    ['website with white space', (i) => (i.company.website = 'https://x .example')],
    ['website the URL parser refuses', (i) => (i.company.website = 'http://[x')],
    ['website, upper-case scheme', (i) => (i.company.website = 'HTTPS://X.EXAMPLE')],
    ['email without a domain', (i) => (i.contact.email = 'alex@')],
    ['email with a trailing dot before @', (i) => (i.contact.email = "a.'@x.se")],
    ['email with an apostrophe', (i) => (i.contact.email = "o'hara@x.se")],
    ['country in lower case', (i) => (i.company.country = 'se')],
    ['maturity 0', (i) => (i.maturity = 0)],
    ['maturity 10', (i) => (i.maturity = 10)],
    ['maturity 1.5', (i) => (i.maturity = 1.5)],
    ['maturity 0.5 (not whole and too small: one issue)', (i) => (i.maturity = 0.5)],
    ['maturity NaN', (i) => (i.maturity = NaN)],
    ['maturity Infinity', (i) => (i.maturity = Infinity)],
    ['maturity a string', (i) => (i.maturity = '6')],
    ['language too long', (i) => (i.language = `en${'-abcdefgh'.repeat(4)}`)],
    ['language not a tag', (i) => (i.language = 'english')],
    ['orgId of one letter', (i) => (i.orgId = 'a')],
    ['orgId with a double dash', (i) => (i.orgId = 'a--b')],
    ['via empty', (i) => (i.via = '')],
    ['challengeId starting with a dash', (i) => (i.challengeId = '-x')],
    ['kind unknown', (i) => (i.kind = 'other')],
    ['size unknown', (i) => (i.company.size = '')],
    ['company missing', (i) => delete (i as Record<string, unknown>).company],
    ['company an array', (i) => (i.company = [] as unknown as Record<string, unknown>)],
    ['consent null', (i) => (i.consent = null as unknown as Record<string, unknown>)],
    ['newsletter a string', (i) => (i.consent.newsletter = 'yes')],
    ['an unknown key (stripped, not refused)', (i) => (i.homepage = 'bot')],
  ];

  test.each(edge)('%s: the same issues as zod', (_name, change) => {
    const input = copy();
    change(input);
    expect(checkSubmissionInput(input)).toEqual(zodIssues(input));
  });

  test('not an object: the same issue as zod', () => {
    for (const input of [undefined, null, 'x', 1, []])
      expect(checkSubmissionInput(input)).toEqual(zodIssues(input));
  });

  test('5,000 seeded random inputs: the same issues as zod, and both accept and refuse some', () => {
    let accepted = 0;
    const codes = new Set<string>();
    for (let seed = 1; seed <= 5000; seed++) {
      const input = randomInput(seed);
      const expected = zodIssues(input);
      const actual = checkSubmissionInput(input);
      // The seed in the message, so that a failure can be run again.
      expect({ seed, issues: actual }).toEqual({ seed, issues: expected });
      if (!expected.length) accepted++;
      for (const i of expected) codes.add(`${i.path}:${i.code}`);
    }
    // The inputs reach both sides of the rules, and most kinds of issue.
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(4800);
    expect(codes.size).toBeGreaterThan(40);
  });
});
