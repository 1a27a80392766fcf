import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../src/themes.js';

interface Manifest {
  schemaVersion: string;
  modules: {
    kind: string;
    path: string;
    declarations?: {
      kind: string;
      name: string;
      tagName?: string;
      cssProperties?: { name: string }[];
    }[];
  }[];
}

const manifest = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('@entrypoint/elements/custom-elements.json'),
    'utf8',
  ),
) as Manifest;

const documented = new Set(
  manifest.modules.flatMap((m) =>
    (m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
  ),
);

describe('the toolbar themes', () => {
  it('are made only of --ep-* tokens that the elements document', () => {
    for (const [name, theme] of Object.entries(THEMES)) {
      for (const token of Object.keys(theme.tokens)) {
        expect(token, `${name} uses ${token}`).toMatch(/^--ep-/);
        expect(documented, `${name}: ${token} is not a documented CSS property`).toContain(token);
      }
    }
  });

  it('include two city brands', () => {
    const brands = Object.values(THEMES).filter((t) => Object.keys(t.tokens).length > 0);
    expect(brands.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the manifest the autodocs read', () => {
  it('describes every element of the embed', () => {
    const tags = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
    );
    expect(tags).toEqual(
      expect.arrayContaining(['ep-challenge-board', 'ep-entry-form', 'ep-story-feed']),
    );
  });
});
