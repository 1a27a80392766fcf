import { render } from 'lit';
import { describe, expect, test } from 'vitest';
import { formatBudget, paragraphs } from '../../src/internal/board-format.js';
import { content, formatDate, plain, sameLanguage } from '../../src/internal/format.js';

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
