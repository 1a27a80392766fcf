// Every schema of the domain, with passing and failing input in several
// languages: one file, so one helper set checks every entity the same way.
import { describe, expect, it } from 'vitest';
import { safeParse, toJSONSchema } from 'zod/mini';
import { regexes } from 'zod/v4/core';
import {
  Challenge,
  isLang,
  isSlug,
  LanguageTag,
  Slug,
  Email,
  HttpUrl,
  IsoDate,
  ChallengeInput,
  ChallengePatch,
  Cluster,
  ClusterPatch,
  listOf,
  Localized,
  LocalizedTitle,
  Organization,
  OrganizationAdmin,
  Problem,
  Sdg,
  Story,
  StoryPatch,
  Submission,
  SubmissionInput,
  Timestamp,
  SubmissionReceipt,
  toFieldErrors,
} from '../src/index.js';
import {
  challenge,
  cluster,
  organization,
  problem,
  receipt,
  story,
  submission,
  submissionInput,
} from './factories.js';

/** The paths a schema reports for a value; empty when the value is valid. */
function failingPaths(schema: Parameters<typeof safeParse>[0], value: unknown): string[] {
  const result = safeParse(schema, value);
  return result.success ? [] : toFieldErrors(result.error.issues).map((e) => e.path);
}

// Texts in the languages that meet in the region.
const TEXTS: Record<string, string> = {
  sv: 'Hållbar kollektivtrafik',
  nb: 'Bærekraftig kollektivtransport',
  da: 'Bæredygtig kollektiv trafik',
  fi: 'Kestävä joukkoliikenne',
  et: 'Säästev ühistransport',
  lv: 'Ilgtspējīgs sabiedriskais transports',
  lt: 'Tvarus viešasis transportas',
  de: 'Nachhaltiger Nahverkehr',
  se: 'Guoddevaš almmolaš johtalus',
  'en-GB': 'Sustainable public transport',
};

describe('dates', () => {
  it("check what zod's ISO date and datetime (with offset) check", () => {
    expect(Timestamp._zod.def.pattern?.source).toBe(regexes.datetime({ offset: true }).source);
    expect(IsoDate._zod.def.pattern?.source).toBe(regexes.date.source);
    expect(failingPaths(Timestamp, '2026-02-29T10:00:00Z')).toEqual(['']);
    expect(failingPaths(Timestamp, '2028-02-29T10:00:00.123+01:00')).toEqual([]);
    expect(failingPaths(IsoDate, '2026-13-01')).toEqual(['']);
  });
  it('say date-time and date in JSON Schema', () => {
    expect(toJSONSchema(Timestamp)).toMatchObject({ type: 'string', format: 'date-time' });
    expect(toJSONSchema(IsoDate)).toMatchObject({ type: 'string', format: 'date' });
  });
});

describe('the privacy consent', () => {
  it('must be true, and says so in JSON Schema', () => {
    for (const privacy of [false, undefined, 'yes']) {
      expect(
        toFieldErrors(
          safeParse(SubmissionInput, submissionInput({ consent: { privacy } as never })).error!
            .issues,
        ),
      ).toEqual([
        {
          path: 'consent.privacy',
          message: 'Please confirm that you have read the privacy notice',
        },
      ]);
    }
    expect(toJSONSchema(SubmissionInput)).toMatchObject({
      properties: { consent: { properties: { privacy: { type: 'boolean', const: true } } } },
    });
  });
});

describe('Email', () => {
  it("checks zod's email pattern, and says email in JSON Schema", () => {
    expect(Email._zod.def.pattern?.source).toBe(regexes.email.source);
    expect(failingPaths(Email, 'anna.berg@norrhamn.example.org')).toEqual([]);
    expect(failingPaths(Email, 'anna@localhost')).toEqual(['']);
    expect(toJSONSchema(Email)).toMatchObject({ type: 'string', format: 'email' });
  });
});

describe('whole numbers', () => {
  it('takes a whole number in range, and says what is wrong otherwise', () => {
    expect(failingPaths(Sdg, 17)).toEqual([]);
    for (const bad of [1.5, '3', Number.NaN, 0, 18]) expect(failingPaths(Sdg, bad)).toEqual(['']);
    expect(toFieldErrors(safeParse(Sdg, 2.5).error!.issues)).toEqual([
      { path: '', message: 'Expected int' },
    ]);
    expect(safeParse(Problem, { ...problem(), status: 2 ** 53 }).success).toBe(false);
  });
  it('are integers in JSON Schema', () => {
    expect(toJSONSchema(Sdg)).toMatchObject({ type: 'integer', minimum: 1, maximum: 17 });
    expect(toJSONSchema(Problem)).toMatchObject({ properties: { status: { type: 'integer' } } });
  });
});

describe('HttpUrl', () => {
  it.each(['https://norrhamn.example.org', 'http://127.0.0.1:8787/a/b?c=d#e', 'HTTPS://X.org'])(
    'takes %s',
    (url) => expect(failingPaths(HttpUrl, url)).toEqual([]),
  );
  it.each([
    'ftp://norrhamn.example.org',
    'javascript:alert(1)',
    'http:example.org',
    'https://exa mple.org',
    ' https://example.org',
    'https://',
    'https://[::1',
    'example.org',
  ])('refuses %j', (url) => expect(failingPaths(HttpUrl, url)).toEqual(['']));
  it('is a URI in JSON Schema', () => {
    expect(toJSONSchema(HttpUrl)).toMatchObject({ type: 'string', format: 'uri' });
  });
});

describe('Localized', () => {
  it('says in JSON Schema what it checks', () => {
    expect(toJSONSchema(LocalizedTitle)).toMatchObject({
      type: 'object',
      propertyNames: {
        type: 'string',
        maxLength: 35,
        pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$',
      },
      additionalProperties: { type: 'string', minLength: 1, maxLength: 200 },
      minProperties: 1,
    });
  });

  it('refuses a key longer than a language tag may be', () => {
    expect(failingPaths(Localized, { [`en-${'x1234567-'.repeat(4)}x`]: 'x' })).toHaveLength(1);
  });

  it.each(Object.entries(TEXTS))('accepts text in %s', (lang, text) => {
    expect(failingPaths(Localized, { [lang]: text })).toEqual([]);
  });

  it('accepts several languages at once', () => {
    expect(failingPaths(Localized, TEXTS)).toEqual([]);
  });

  it('refuses an empty object', () => {
    const result = safeParse(Localized, {});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Needs text in at least one language');
  });

  it('refuses a key that is not a language tag, naming it', () => {
    expect(failingPaths(Localized, { sv: 'ok', 'not a tag': 'x' })).toEqual(['not a tag']);
  });

  it('refuses blank text, naming the language', () => {
    expect(failingPaths(Localized, { sv: 'ok', fi: '   ' })).toEqual(['fi']);
  });
});

describe('Organization', () => {
  it.each([
    ['a Swedish city', organization()],
    [
      'a Norwegian city',
      organization({
        id: 'fjordvik',
        name: { nb: 'Fjordvik kommune' },
        country: 'NO',
        defaultLanguage: 'nb',
      }),
    ],
    [
      'a Finnish region',
      organization({
        id: 'kustlanda',
        kind: 'region',
        name: { fi: 'Rannikkomaa', sv: 'Kustlanda' },
        country: 'FI',
        defaultLanguage: 'fi',
      }),
    ],
    [
      'an Estonian agency',
      organization({
        id: 'innovatsioon',
        kind: 'agency',
        name: { et: 'Innovatsiooniagentuur' },
        country: 'EE',
        defaultLanguage: 'et',
      }),
    ],
  ])('accepts %s', (_name, value) => {
    expect(failingPaths(Organization, value)).toEqual([]);
  });

  it.each([
    ['id', { id: 'Not A Slug' }],
    ['kind', { kind: 'village' }],
    ['country', { country: 'Sweden' }],
    ['defaultLanguage', { defaultLanguage: 'swedish!' }],
    ['website', { website: 'ftp://norrhamn.example.org' }],
    ['entryPoint.email', { entryPoint: { name: 'Åsa', email: 'not-an-email' } }],
    ['name', { name: {} }],
  ])('names %s when it is wrong', (path, overrides) => {
    expect(failingPaths(Organization, organization(overrides as Partial<Organization>))).toEqual([
      path,
    ]);
  });

  it('keeps allowedOrigins only in the admin view, and checks they are origins', () => {
    const admin = { ...organization(), allowedOrigins: ['https://norrhamn.example.org'] };
    expect(failingPaths(OrganizationAdmin, admin)).toEqual([]);
    expect('allowedOrigins' in safeParse(Organization, admin).data!).toBe(false);
    expect(
      failingPaths(OrganizationAdmin, {
        ...admin,
        allowedOrigins: ['https://norrhamn.example.org/page'],
      }),
    ).toEqual(['allowedOrigins.0']);
  });
});

describe('Challenge', () => {
  it.each([
    ['Swedish and English', challenge()],
    [
      'Finnish only',
      challenge({
        title: { fi: 'Puhdas vesi' },
        summary: { fi: 'Miten?' },
        need: { fi: 'Tarve.' },
        vision: { fi: 'Visio.' },
        opportunity: { fi: 'Mahdollisuus.' },
      }),
    ],
    ['Norwegian and Sami', challenge({ title: { nb: 'Rent vann', se: 'Čielga čáhci' } })],
    [
      'Lithuanian, not yet published',
      challenge({ title: { lt: 'Švarus vanduo' }, publishedAt: null }),
    ],
  ])('accepts a challenge in %s', (_name, value) => {
    expect(failingPaths(Challenge, value)).toEqual([]);
  });

  it.each([
    ['title', { title: {} }],
    ['title.sv', { title: { sv: 'x'.repeat(201) } }],
    ['horizonYear', { horizonYear: 1999 }],
    ['themes.1', { themes: ['mobility', 'space-travel'] }],
    ['sdgs.0', { sdgs: [18] }],
    ['status', { status: 'pending' }],
    ['budget.max', { budget: { min: 10, max: 5, currency: 'EUR' } }],
    ['budget.currency', { budget: { currency: 'euro' } }],
    ['deadline', { deadline: '30.09.2026' }],
    ['location.lat', { location: { name: 'Nowhere', lat: 91, lon: 0 } }],
    ['region', { region: 'Skåne' }],
    ['cpvCodes.0', { cpvCodes: ['3414'] }],
    ['ocid', { ocid: 'tender-1' }],
    ['links.0.url', { links: [{ url: 'javascript:alert(1)' }] }],
    ['updatedAt', { updatedAt: 'yesterday' }],
  ])('names %s when it is wrong', (path, overrides) => {
    expect(failingPaths(Challenge, challenge(overrides as Partial<Challenge>))).toEqual([path]);
  });

  it('fills defaults for an input that gives only the content', () => {
    const { id: _id, orgId: _org, publishedAt: _p, updatedAt: _u, ...content } = challenge();
    const {
      offers: _o,
      themes: _t,
      sdgs: _s,
      status: _st,
      cpvCodes: _c,
      links: _l,
      ...minimal
    } = content;
    const result = safeParse(ChallengeInput, minimal);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ status: 'draft', themes: [], offers: [], links: [] });
  });
});

describe('Cluster', () => {
  it.each([
    ['Norwegian and English', cluster()],
    [
      'Danish',
      cluster({
        id: 'blue-energy-cluster',
        name: { da: 'Blå energi' },
        description: { da: 'Havvind og bølgekraft.' },
        country: 'DK',
        defaultLanguage: 'da',
        relations: [],
      }),
    ],
    [
      'German',
      cluster({
        id: 'health-tech-cluster',
        name: { de: 'Gesundheitstechnik' },
        description: { de: 'Medizintechnik.' },
        country: 'DE',
        defaultLanguage: 'de',
      }),
    ],
  ])('accepts a cluster in %s', (_name, value) => {
    expect(failingPaths(Cluster, value)).toEqual([]);
  });

  it.each([
    ['kind', { kind: 'city' }],
    ['sectors.0', { sectors: ['rockets'] }],
    ['memberCount', { memberCount: -1 }],
    ['relations.0.kind', { relations: [{ clusterId: 'blue-energy-cluster', kind: 'rival' }] }],
    ['description', { description: {} }],
  ])('names %s when it is wrong', (path, overrides) => {
    expect(failingPaths(Cluster, cluster(overrides as Partial<Cluster>))).toEqual([path]);
  });
});

describe('Story', () => {
  it.each([
    ['Norwegian and English', story()],
    [
      'Estonian, without image or author',
      story({
        title: { et: 'Elektriline parvlaev' },
        summary: { et: 'Lugu.' },
        body: { et: 'Tekst.' },
        bodyHtml: { et: '<p>Tekst.</p>' },
        image: undefined,
        author: undefined,
      }),
    ],
    ['Latvian', story({ title: { lv: 'Elektriskais prāmis' } })],
  ])('accepts a story in %s', (_name, value) => {
    expect(failingPaths(Story, value)).toEqual([]);
  });

  it.each([
    ['image.alt', { image: { url: 'https://fjordvik.example.org/ferry.jpg', alt: {} } }],
    ['image.url', { image: { url: 'not a url', alt: { en: 'A ferry' } } }],
    ['clusterIds.0', { clusterIds: ['Blue Energy'] }],
    ['publishedAt', { publishedAt: '2026-03-01' }],
    ['author.name', { author: { name: '' } }],
  ])('names %s when it is wrong', (path, overrides) => {
    expect(failingPaths(Story, story(overrides as Partial<Story>))).toEqual([path]);
  });
});

describe('patch schemas (PATCH bodies)', () => {
  // Each patch schema against the entity it changes: a field optional in the
  // entity may be null (remove it); a required one may not.
  const patches = [
    ['ChallengePatch', ChallengePatch, Challenge],
    ['StoryPatch', StoryPatch, Story],
    ['ClusterPatch', ClusterPatch, Cluster],
  ] as const;
  const optionalIn =
    (entity: { shape: Record<string, { _zod: { optin?: string } }> }) => (key: string) =>
      entity.shape[key]!._zod.optin === 'optional';

  it.each(patches)(
    '%s takes null for exactly the fields optional in the entity',
    (_n, patch, entity) => {
      const keys = Object.keys(patch.shape);
      const optional = keys.filter(optionalIn(entity));
      const required = keys.filter((k) => !optionalIn(entity)(k));
      expect(optional.length).toBeGreaterThan(0);
      expect(required.length).toBeGreaterThan(0);
      const cleared = Object.fromEntries(optional.map((k) => [k, null]));
      expect(safeParse(patch, cleared)).toEqual({ success: true, data: cleared });
      expect(failingPaths(patch, Object.fromEntries(required.map((k) => [k, null])))).toEqual(
        required,
      );
    },
  );

  it('names the optional fields a PATCH can remove', () => {
    const nullable = (patch: { shape: object }, entity: Parameters<typeof optionalIn>[0]) =>
      Object.keys(patch.shape).filter(optionalIn(entity));
    expect(nullable(ChallengePatch, Challenge)).toEqual([
      'procurementRoute',
      'budget',
      'deadline',
      'location',
      'region',
      'ocid',
      'contact',
    ]);
    expect(nullable(StoryPatch, Story)).toEqual(['image', 'author']);
    expect(nullable(ClusterPatch, Cluster)).toEqual(['memberCount', 'region']);
  });

  it('leaves out what is left out, and checks what is given as the entity does', () => {
    expect(safeParse(ChallengePatch, {})).toEqual({ success: true, data: {} });
    expect(safeParse(ChallengePatch, { budget: { currency: 'EUR' } }).data).toEqual({
      budget: { currency: 'EUR' },
    });
    expect(
      failingPaths(ChallengePatch, {
        title: {},
        budget: { min: 9, max: 1, currency: 'SEK' },
        deadline: '30.09.2026',
        memberCount: null, // not a challenge field: dropped, as unknown keys are
      }),
    ).toEqual(['title', 'budget.max', 'deadline']);
    expect(failingPaths(ClusterPatch, { memberCount: -1, region: 'Skåne' })).toEqual([
      'memberCount',
      'region',
    ]);
  });

  it('says why null is refused for a required field', () => {
    const result = safeParse(ChallengePatch, { title: null, themes: null, horizonYear: null });
    expect(toFieldErrors(result.error!.issues)).toEqual([
      { path: 'title', message: 'Cannot be null: the field is required and cannot be removed' },
      {
        path: 'horizonYear',
        message: 'Cannot be null: the field is required and cannot be removed',
      },
      { path: 'themes', message: 'Cannot be null: the list is required (send [] to empty it)' },
    ]);
    // The entity's own schemas keep their words: only the patch says "cannot be null".
    const entity = safeParse(Challenge, challenge({ title: null as never }));
    expect(entity.error!.issues.map((i) => i.message)).toEqual(['Invalid input']);
    expect(failingPaths(Challenge, challenge({ budget: null as never }))).toEqual(['budget']);
  });

  it('says in JSON Schema which fields may be null, and that none is required', () => {
    const schema = toJSONSchema(ChallengePatch, { io: 'input' }) as {
      required?: string[];
      properties: Record<string, { anyOf?: object[]; type?: string }>;
    };
    expect(schema.required).toBeUndefined();
    expect(schema.properties.budget!.anyOf).toEqual([
      expect.objectContaining({ type: 'object', required: ['currency'] }),
      { type: 'null' },
    ]);
    expect(schema.properties.deadline!.anyOf).toContainEqual({ type: 'null' });
    // Required fields describe exactly what the entity says, with no null.
    const entity = toJSONSchema(Challenge, { io: 'input' }) as { properties: object };
    for (const key of ['title', 'horizonYear', 'themes', 'status'] as const) {
      expect(schema.properties[key]).toEqual((entity.properties as Record<string, unknown>)[key]);
    }
  });

  it('types null as "remove" for optional fields only', () => {
    const clear: ChallengePatch = { budget: null, deadline: null, location: null };
    const story: StoryPatch = { image: null, author: null };
    const profile: ClusterPatch = { memberCount: null, region: null };
    // @ts-expect-error a required field cannot be null
    const title: ChallengePatch = { title: null };
    // @ts-expect-error a list is emptied with [], not null
    const relations: ClusterPatch = { relations: null };
    expect([clear, story, profile, title, relations]).toHaveLength(5);
  });
});

describe('SubmissionInput', () => {
  it.each([
    ['Finnish', submissionInput()],
    [
      'Swedish, without a challenge',
      submissionInput({
        language: 'sv',
        challengeId: undefined,
        via: undefined,
        title: 'Solcellsfärja',
        description: 'Vi föreslår en solcellsdriven färja.',
      }),
    ],
    [
      'Norwegian, confidential',
      submissionInput({ language: 'nb', confidential: true, kind: 'testbed-request' }),
    ],
    [
      'English with a newsletter opt-in',
      submissionInput({ language: 'en', consent: { privacy: true, newsletter: true } }),
    ],
  ])('accepts a submission in %s', (_name, value) => {
    expect(failingPaths(SubmissionInput, value)).toEqual([]);
  });

  it.each([
    ['consent.privacy', { consent: { privacy: false } }],
    ['contact.email', { contact: { name: 'Aino', email: 'aino@' } }],
    [
      'contact.phone',
      { contact: { name: 'Aino', email: 'aino@saaristo.example.fi', phone: 'call me' } },
    ],
    ['company.name', { company: { name: '  ', country: 'FI', size: 'small' } }],
    ['company.size', { company: { name: 'Saaristo Oy', country: 'FI', size: 'huge' } }],
    ['description', { description: 'Too short' }],
    ['maturity', { maturity: 10 }],
    ['kind', { kind: 'complaint' }],
    ['language', { language: '' }],
  ])('names %s when it is wrong', (path, overrides) => {
    expect(
      failingPaths(SubmissionInput, submissionInput(overrides as Partial<SubmissionInput>)),
    ).toEqual([path]);
  });

  it('says what to do in the words a person reads', () => {
    const result = safeParse(
      SubmissionInput,
      submissionInput({ consent: { privacy: false } as never }),
    );
    expect(toFieldErrors(result.error!.issues)).toEqual([
      { path: 'consent.privacy', message: 'Please confirm that you have read the privacy notice' },
    ]);
  });
});

describe('field error messages', () => {
  it('says what is expected where zod/mini would say only "Invalid input"', () => {
    const result = safeParse(
      SubmissionInput,
      submissionInput({
        kind: 'complaint',
        title: 'x'.repeat(201),
        description: 42,
        maturity: 0,
        company: { name: 'Saaristo Oy', country: 'FI', size: 'small', website: 'ftp://x' },
      } as unknown as Partial<SubmissionInput>),
    );
    expect(toFieldErrors(result.error!.issues)).toEqual([
      {
        path: 'kind',
        message:
          'Must be one of "idea", "proposal", "question", "meeting-request", "testbed-request"',
      },
      { path: 'title', message: 'At most 200 characters' },
      { path: 'description', message: 'Expected string' },
      {
        path: 'company.website',
        message: 'Must be a web address starting with https:// or http://',
      },
      { path: 'maturity', message: 'At least 1' },
    ]);
  });

  it('keeps the words a schema gives', () => {
    const result = safeParse(Challenge, challenge({ title: {} }));
    expect(toFieldErrors(result.error!.issues)).toEqual([
      { path: 'title', message: 'Needs text in at least one language' },
    ]);
  });
});

describe('Submission and its receipt', () => {
  it('accepts a submission as it sits in the inbox, and its receipt', () => {
    expect(failingPaths(Submission, submission())).toEqual([]);
    expect(failingPaths(Submission, submission({ source: { origin: null, page: null } }))).toEqual(
      [],
    );
    expect(failingPaths(SubmissionReceipt, receipt())).toEqual([]);
  });

  it.each([
    ['reference', { reference: 'forty-two' }],
    ['status', { status: 'lost' as never }],
    ['source.origin', { source: { page: null } as never }],
  ])('names %s when it is wrong', (path, overrides) => {
    expect(failingPaths(Submission, submission(overrides))).toEqual([path]);
  });
});

describe('the list envelope and the problem document', () => {
  it('checks every item of a list, naming its index', () => {
    const list = listOf(Challenge);
    expect(failingPaths(list, { data: [challenge(), challenge()], nextCursor: 'abc' })).toEqual([]);
    expect(
      failingPaths(list, {
        data: [challenge(), challenge({ status: 'gone' as never })],
        nextCursor: null,
      }),
    ).toEqual(['data.1.status']);
    expect(failingPaths(list, { data: [] })).toEqual(['nextCursor']);
  });

  it('reads a problem document and keeps extension members', () => {
    const result = safeParse(Problem, { ...problem(), traceId: 'abc' });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ status: 422, traceId: 'abc' });
    expect(failingPaths(Problem, { ...problem(), errors: [{ path: 'x' }] })).toEqual([
      'errors.0.message',
    ]);
  });
});

describe('Content Security Policy', () => {
  it('checks data without eval or new Function, so it runs without unsafe-eval', () => {
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        compiled += 1;
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        compiled += 1;
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      for (let i = 0; i < 3; i++) {
        safeParse(Challenge, challenge());
        safeParse(Cluster, cluster());
        safeParse(Story, story());
        safeParse(Submission, submission());
        safeParse(SubmissionInput, submissionInput({ title: '' }));
      }
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).toBe(0);
  });
});

describe('isSlug and isLang', () => {
  it('agree with the Slug and LanguageTag schemas', () => {
    for (const value of [
      'a',
      'ab',
      'malmo',
      'smart-mobility',
      'a-',
      '-a',
      'A',
      'a--b',
      'x'.repeat(64),
      'x'.repeat(65),
    ]) {
      expect(isSlug(value), value).toBe(safeParse(Slug, value).success);
    }
    for (const value of [
      'sv',
      'en-GB',
      'se',
      'x',
      'e1',
      'en-',
      'sr-Latn-RS',
      `en-${'a'.repeat(40)}`,
    ]) {
      expect(isLang(value), value).toBe(safeParse(LanguageTag, value).success);
    }
    expect(isSlug('a')).toBe(false);
  });
});

describe('safeParse from the SDK', () => {
  it('checks data with the schemas without importing zod', async () => {
    const { safeParse: fromSchemas, Slug: SlugSchema } = await import('../src/schemas.js');
    expect(fromSchemas(SlugSchema, 'malmo').success).toBe(true);
    expect(fromSchemas(SlugSchema, 'M').success).toBe(false);
  });
});
