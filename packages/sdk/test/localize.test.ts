import { describe, expect, it } from 'vitest';
import { localize } from '../src/index.js';

// The fall-back order (docs/architecture.md, "Domain model"): the language
// asked for, then the owner's default language, then `en`, then the first
// entry present; and say which was used.
describe('localize', () => {
  const title = {
    sv: 'Hållbar kollektivtrafik',
    en: 'Sustainable public transport',
    fi: 'Kestävä joukkoliikenne',
  };

  it('gives the language asked for when the text has it', () => {
    expect(localize(title, 'fi', ['sv'])).toEqual({
      text: 'Kestävä joukkoliikenne',
      lang: 'fi',
      fallback: false,
    });
  });

  it("falls back to the owner's default language before English", () => {
    expect(localize(title, 'nb', ['sv'])).toEqual({
      text: 'Hållbar kollektivtrafik',
      lang: 'sv',
      fallback: true,
    });
  });

  it('falls back to English when the text lacks both the language and the default', () => {
    expect(localize({ fi: 'Vesi', en: 'Water' }, 'da', ['sv'])).toEqual({
      text: 'Water',
      lang: 'en',
      fallback: true,
    });
  });

  it('falls back to the first entry present when there is no English either', () => {
    expect(localize({ lt: 'Vanduo', lv: 'Ūdens' }, 'de', ['sv'])).toEqual({
      text: 'Vanduo',
      lang: 'lt',
      fallback: true,
    });
  });

  it('accepts the default language as a single string', () => {
    expect(localize(title, 'de', 'fi')).toEqual({
      text: 'Kestävä joukkoliikenne',
      lang: 'fi',
      fallback: true,
    });
  });

  it('treats a region subtag as its language, both ways', () => {
    expect(localize(title, 'sv-FI')).toEqual({
      text: 'Hållbar kollektivtrafik',
      lang: 'sv',
      fallback: true,
    });
    expect(localize({ 'en-GB': 'Colour', sv: 'Färg' }, 'en')).toEqual({
      text: 'Colour',
      lang: 'en-GB',
      fallback: true,
    });
    expect(localize({ 'en-GB': 'Colour' }, 'EN-gb')).toEqual({
      text: 'Colour',
      lang: 'en-GB',
      fallback: false,
    });
  });

  it('skips fallbacks that are not given', () => {
    expect(localize({ fi: 'Vesi' }, undefined, [undefined])).toEqual({
      text: 'Vesi',
      lang: 'fi',
      fallback: true,
    });
  });

  it('gives undefined for missing or empty text', () => {
    expect(localize(undefined, 'sv')).toBeUndefined();
    expect(localize(null, 'sv')).toBeUndefined();
    expect(localize({}, 'sv')).toBeUndefined();
  });
});
