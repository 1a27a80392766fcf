import { expect, test } from 'vitest';
import { loadCatalogue, loadedCatalogue } from '../../src/i18n/index.js';

test('a catalogue that has run is there at once, with no import() to wait for', async () => {
  expect(loadedCatalogue('sv')).toBeUndefined();
  // As the embed's entry loads it, beside an element's code, before the element renders.
  const sv = await import('../../src/i18n/sv.js');
  expect(loadCatalogue('sv')).toBeUndefined();
  expect(loadedCatalogue('sv')).toBe(sv.common);
});

test('the catalogues of another copy of the elements (another folder) are not taken for these', async () => {
  const other = { common: { search: 'Another copy' }, board: {} };
  (globalThis as Record<symbol, unknown>)[Symbol.for('https://other.example/embed/chunks/')] = {
    fi: other,
  };
  expect(loadedCatalogue('fi')).toBeUndefined();
  const pending = loadCatalogue('fi');
  expect(pending).toBeInstanceOf(Promise);
  await pending;
  const fi = await import('../../src/i18n/fi.js');
  expect(loadCatalogue('fi')).toBeUndefined();
  expect(loadedCatalogue('fi')).toBe(fi.common);
});
