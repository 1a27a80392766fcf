import { describe, expect, it } from 'vitest';
import { coachChallenge, type ChallengeDraft } from '../../src/services/coach/index.js';
import { COACH_LANGUAGES } from '../../src/services/coach/lexicon.js';
import { MESSAGES } from '../../src/services/coach/messages.js';
import { readability, sentences } from '../../src/services/coach/readability.js';
import { coachReport } from '../../src/services/coach/report.js';
import { SOLUTION_WRITTEN } from '../../src/services/coach/samples.js';
import { demoChallenges } from '../../src/demo/data.js';

const ids = (draft: ChallengeDraft, options = {}) =>
  coachChallenge(draft, options).map((h) => h.id);

describe('the challenge coach', () => {
  it('flags every solution-written sample as a solution, and no demo challenge', () => {
    for (const s of SOLUTION_WRITTEN) expect(ids(s), s.id).toContain('solution');
    for (const c of demoChallenges) expect(ids(c), c.id).not.toContain('solution');
    const [demo, samples] = coachReport();
    expect(demo!.flagged.solution ?? 0).toBe(0);
    expect(samples!.flagged.solution).toBe(SOLUTION_WRITTEN.length);
  });

  it('says what it found, in the language of the text', () => {
    const [hint] = coachChallenge({
      title: { sv: 'Ny app för felanmälan' },
      need: { sv: 'Vi vill upphandla en app för felanmälan av gatubelysning.' },
    });
    expect(hint).toMatchObject({ id: 'solution', field: 'need', lang: 'sv' });
    expect(hint!.found).toEqual(['upphandla en app']);
  });

  it('does not take a need that weighs possible answers for a solution', () => {
    const need = {
      en: 'We do not know whether the answer is more buses, other vehicles, new charging infrastructure or a different way of planning. That is why we describe the need.',
    };
    expect(ids({ title: { en: 'Getting around in winter' }, need })).not.toContain('solution');
  });

  it('asks for a horizon year and something measurable in the vision', () => {
    const base = { title: { en: 'Clean air near schools' }, offers: ['data'] };
    expect(ids({ ...base, vision: { en: 'The air is better.' } })).toEqual(
      expect.arrayContaining(['vision-horizon', 'vision-measurable']),
    );
    const good = ids({
      ...base,
      horizonYear: 2030,
      vision: { en: 'Half as many days with bad air.' },
    });
    expect(good).not.toContain('vision-horizon');
    expect(good).not.toContain('vision-measurable');
  });

  it('asks who could deliver what, and what the owner offers', () => {
    const vague = ids({ title: { en: 'Water' }, opportunity: { en: 'Great potential.' } });
    expect(vague).toEqual(expect.arrayContaining(['opportunity-who', 'offers']));
    const clear = ids({
      title: { en: 'Water' },
      opportunity: { en: 'Companies that measure water quality and researchers in hydrology.' },
      offers: ['testbed'],
    });
    expect(clear).not.toContain('opportunity-who');
    expect(clear).not.toContain('offers');
  });

  it('finds jargon and long sentences per language', () => {
    const hints = coachChallenge({
      title: { fi: 'Vesi' },
      need: {
        fi: 'Haluamme jalkauttaa uuden toimintamallin ja hyödyntää synergioita kaikkien toimijoiden kesken niin että kaupungin vesihuolto toimii paremmin kuin nykyään ja asukkaat voivat luottaa siihen että vesi on puhdasta ja riittävää myös kuivina kesinä ja rankkasateiden aikaan.',
      },
    });
    const jargon = hints.find((h) => h.id === 'jargon');
    expect(jargon?.lang).toBe('fi');
    expect(jargon?.found).toEqual(expect.arrayContaining(['jalkauttaa']));
    expect(hints.map((h) => h.id)).toContain('long-sentence');
  });

  it('names each missing translation, the deadline and the contact', () => {
    const hints = coachChallenge(
      {
        title: { sv: 'Vatten', en: 'Water' },
        summary: { sv: 'Rent vatten' },
        need: { sv: 'Behov' },
      },
      { languages: ['sv', 'en', 'fi'] },
    );
    const missing = hints.filter((h) => h.id === 'translation');
    expect(missing.map((h) => [h.lang, h.found])).toEqual([
      ['en', ['summary', 'need']],
      ['fi', ['title', 'summary', 'need']],
    ]);
    expect(hints.map((h) => h.id)).toEqual(expect.arrayContaining(['deadline', 'contact']));
    const complete = ids({
      title: { en: 'Water' },
      deadline: '2027-01-31',
      contact: { email: 'a@b.example' },
    });
    expect(complete).not.toContain('deadline');
    expect(complete).not.toContain('contact');
  });

  it('writes every hint in en, sv, nb and fi, with a why, and shows an example in that language', () => {
    for (const [id, byLang] of Object.entries(MESSAGES)) {
      for (const lang of COACH_LANGUAGES) {
        expect(byLang[lang].message, `${id} ${lang}`).toMatch(/\S/);
        expect(byLang[lang].why, `${id} ${lang}`).toMatch(/\S/);
      }
    }
    const sv = coachChallenge({ title: { sv: 'Köpa in drönare' } }, { lang: 'sv' })[0]!;
    expect(sv.message).toBe(MESSAGES.solution.sv.message);
    expect(sv.example?.challengeId).toBe('norrhamn-hallbar-kollektivtrafik-2035');
    expect(sv.example?.text).toMatch(/behovet, inte lösningen/);
    const fi = coachChallenge({ title: { fi: 'Anturit' } }, { lang: 'fi' })[0]!;
    expect(fi.message).toBe(MESSAGES.solution.fi.message);
  });
});

describe('readability', () => {
  it('counts sentences at stops and list items, not at decimals', () => {
    expect(sentences('One 2.5 km path. Two!\n- a list item\n- another')).toHaveLength(4);
  });

  it('gives a plain sentence a low LIX and officialese a high one', () => {
    expect(readability('The bus is late. We need a better way.', 'en').lix).toBeLessThan(30);
    const heavy = readability(
      'Kommunikationsstrategiska implementeringsinsatser förutsätter verksamhetsövergripande samordningsfunktioner.',
      'sv',
    );
    expect(heavy.lix).toBeGreaterThan(60);
  });
});
