import { render } from 'lit';
import { describe, expect, test, vi } from 'vitest';
import { formatBudget, paragraphs } from '../../src/internal/board-format.js';
import { loadCatalogue } from '../../src/i18n/index.js';
import {
  content,
  formatCount,
  formatDate,
  plain,
  sameLanguage,
} from '../../src/internal/format.js';

/** Renders a template into a fresh element and returns it. */
function rendered(value: unknown): HTMLElement {
  const host = document.createElement('div');
  render(value, host);
  return host;
}

describe('formatDate', () => {
  test('writes a calendar day as the language does, without shifting it by time zone', () => {
    expect(formatDate('2026-09-30', 'en')).toBe('Sep 30, 2026');
    expect(formatDate('2026-09-30', 'sv')).toBe('30 sep. 2026');
    expect(formatDate('2026-03-01T23:30:00Z', 'en')).toBe('Mar 1, 2026');
  });

  test('leaves a value that is not a date as it is', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  const loadCatalogues = () =>
    Promise.all((['sv', 'nb', 'fi'] as const).map((l) => loadCatalogue(l) ?? Promise.resolve()));
  // The languages whose catalogues write a day themselves, in the tags that write it as they do.
  const PLAIN = ['en', 'en-US', 'sv', 'sv-SE', 'sv-FI', 'nb', 'nb-NO', 'no', 'fi', 'fi-FI'];
  const intl = (tag: string, value: string) =>
    new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(value.length === 10 ? `${value}T00:00:00Z` : value),
    );

  test('writes every month as Intl does in the languages whose catalogue writes it', async () => {
    await loadCatalogues();
    const values = [];
    for (const year of [1999, 2026, 2031])
      for (let month = 1; month <= 12; month++)
        for (const day of [1, 9, 10, 28])
          values.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    values.push('2026-03-01T23:30:00Z', '2026-12-31T23:59:59.999Z', '0999-01-05');
    for (const tag of PLAIN)
      for (const value of values)
        expect(formatDate(value, tag), `${tag} ${value}`).toBe(intl(tag, value));
  });

  test('asks Intl only in the other languages', async () => {
    await loadCatalogues();
    const asked = vi.spyOn(Date.prototype, 'toLocaleDateString');
    try {
      for (const tag of PLAIN) formatDate('2026-09-30', tag);
      expect(asked).not.toHaveBeenCalled();
      // British English writes `Sept`; Nynorsk, German are not written here.
      for (const tag of ['en-GB', 'nn', 'de-AT'])
        expect(formatDate('2026-09-30', tag)).toBe(intl(tag, '2026-09-30'));
      expect(asked.mock.calls.map(([tag]) => tag)).toEqual(['en-GB', 'nn', 'de-AT']);
    } finally {
      asked.mockRestore();
    }
  });
});

describe('formatCount', () => {
  test('writes a count as the language does', () => {
    for (const tag of ['en', 'sv', 'nb', 'fi', 'en-GB', 'de', 'ar', 'fa'])
      for (const n of [0, 7, 13, 999, 1000, 12345])
        expect(formatCount(n, tag), `${tag} ${n}`).toBe(n.toLocaleString(tag));
  });

  test('writes a count under 1,000 without Intl in the languages whose catalogue writes dates', () => {
    const asked = vi.spyOn(Number.prototype, 'toLocaleString');
    try {
      expect([formatCount(13, 'sv-SE'), formatCount(999, 'en')]).toEqual(['13', '999']);
      expect(asked).not.toHaveBeenCalled();
      formatCount(1000, 'sv');
      formatCount(13, 'ar');
      expect(asked.mock.calls.map(([tag]) => tag)).toEqual(['sv', 'ar']);
    } finally {
      asked.mockRestore();
    }
  });
});

describe('formatBudget', () => {
  // Intl puts a no-break space between the currency code and the amount.
  const budget = (...args: Parameters<typeof formatBudget>) =>
    formatBudget(...args).replace(/\s/g, ' ');

  test('writes a range, an upper or lower bound, in the currency and language', () => {
    expect(budget({ min: 100000, max: 500000, currency: 'SEK' }, 'en')).toBe('SEK 100,000–500,000');
    expect(budget({ max: 500000, currency: 'EUR' }, 'en')).toBe('≤ €500,000');
    expect(budget({ min: 1000, currency: 'EUR' }, 'en')).toBe('≥ €1,000');
    expect(budget({ currency: 'NOK' }, 'en')).toBe('NOK');
  });
});

describe('content', () => {
  test('gives the text in the language asked for, isolated, without a lang of its own', () => {
    const el = rendered(content({ en: 'Ferries', sv: 'Färjor' }, 'sv'));
    const bdi = el.querySelector('bdi')!;
    expect(bdi.textContent).toBe('Färjor');
    expect(bdi.hasAttribute('lang')).toBe(false);
  });

  test('falls back to the owner’s language, and marks it', () => {
    const bdi = rendered(content({ nb: 'Ferjer', en: 'Ferries' }, 'fi', 'nb')).querySelector(
      'bdi',
    )!;
    expect([bdi.textContent, bdi.getAttribute('lang')]).toEqual(['Ferjer', 'nb']);
  });

  test('marks text in the page language when the UI around it is English (no catalogue for it)', () => {
    // The element's root says `lang="en"` there (its UI strings), so German text needs its own.
    const bdi = rendered(content({ de: 'Fähren', en: 'Ferries' }, 'de')).querySelector('bdi')!;
    expect([bdi.textContent, bdi.getAttribute('lang')]).toEqual(['Fähren', 'de']);
    expect(
      rendered(content({ de: 'Fähren', en: 'Ferries' }, 'en-GB'))
        .querySelector('bdi')!
        .hasAttribute('lang'),
    ).toBe(false);
  });

  test('renders nothing for missing text', () => {
    expect(rendered(content(undefined, 'en')).textContent).toBe('');
  });
});

describe('paragraphs', () => {
  test('renders Markdown in a block of its own direction, marked when in another language', () => {
    const prose = rendered(paragraphs({ sv: '- ett\n- två' }, 'en')).querySelector('.prose')!;
    expect(prose.getAttribute('dir')).toBe('auto');
    expect(prose.getAttribute('lang')).toBe('sv');
    expect([...prose.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['ett', 'två']);
  });
});

describe('plain', () => {
  test('isolates the text between FSI and PDI, to go inside a sentence', () => {
    expect(plain({ en: 'City of Norrhamn' }, 'en')).toBe('\u2068City of Norrhamn\u2069');
    expect(plain(undefined, 'en')).toBe('');
  });
});

describe('sameLanguage', () => {
  test('compares the language, not the region', () => {
    expect(sameLanguage('sv-FI', 'sv')).toBe(true);
    expect(sameLanguage('NB', 'nb-NO')).toBe(true);
    expect(sameLanguage('nb', 'nn')).toBe(false);
  });
});
