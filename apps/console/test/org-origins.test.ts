/** The console's check of a site allowed to embed the form (src/views/org-origins.ts). */
import { describe, expect, test } from 'vitest';
import { checkOrigin, MAX_ORIGINS } from '../src/views/org-origins.js';

const kind = (raw: string, existing: string[] = []) => {
  const r = checkOrigin(raw, existing);
  return 'origin' in r ? r.origin : r.problem;
};

describe('checkOrigin', () => {
  test('takes origins as browsers send them, normalised', () => {
    expect(kind('https://www.city.example')).toBe('https://www.city.example');
    expect(kind('  HTTPS://WWW.City.Example  ')).toBe('https://www.city.example');
    expect(kind('https://www.city.example:443')).toBe('https://www.city.example');
    expect(kind('https://forms.city.example:8443')).toBe('https://forms.city.example:8443');
    expect(kind('http://localhost:8080')).toBe('http://localhost:8080');
    expect(kind('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(kind('http://partner.localhost:3000')).toBe('http://partner.localhost:3000');
  });

  test('names what is wrong, with a suggestion where there is one', () => {
    expect(kind('')).toEqual({ kind: 'empty' });
    expect(kind('www.city.example')).toEqual({
      kind: 'noScheme',
      suggestion: 'https://www.city.example',
    });
    expect(kind('www.city.example/form')).toEqual({
      kind: 'noScheme',
      suggestion: 'https://www.city.example',
    });
    for (const typo of [
      'htps://www.city.example',
      'https//www.city.example',
      'https:/www.city.example',
      'ftp://city.example',
    ])
      expect(kind(typo), typo).toEqual({ kind: 'scheme' });
    for (const [raw, suggestion] of [
      ['https://www.city.example/', 'https://www.city.example'],
      ['https://www.city.example/business/contact', 'https://www.city.example'],
      ['https://www.city.example?x=1', 'https://www.city.example'],
      ['https://www.city.example#form', 'https://www.city.example'],
    ] as const)
      expect(kind(raw), raw).toEqual({ kind: 'path', suggestion });
    expect(kind('http://www.city.example')).toEqual({ kind: 'http' });
    expect(kind('https://www city.example')).toEqual({ kind: 'host' });
    expect(kind('https://user@www.city.example')).toEqual({ kind: 'host' });
    expect(kind('https://www.city.example', ['https://www.city.example'])).toEqual({
      kind: 'duplicate',
    });
    const full = Array.from({ length: MAX_ORIGINS }, (_, i) => `https://s${i}.example`);
    expect(kind('https://one-more.example', full)).toEqual({ kind: 'tooMany' });
  });

  test('everything it accepts, the server’s Origin pattern accepts', () => {
    const serverPattern = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
    for (const raw of [
      'https://www.city.example',
      'http://localhost:8080',
      'https://a-b.example:8443',
    ])
      expect(kind(raw)).toMatch(serverPattern);
  });
});
