import { describe, expect, test } from 'vitest';
import { challenge } from '../../../sdk/test/factories.js';
import { filterChallenges } from '../../src/internal/filter.js';

const none = { theme: '', status: '', owner: '' };
const all = [
  challenge({ id: 'a', orgId: 'norrhamn', status: 'open', themes: ['mobility', 'energy'] }),
  challenge({ id: 'b', orgId: 'norrhamn', status: 'closed', themes: ['mobility'] }),
  challenge({ id: 'c', orgId: 'fjordvik', status: 'open', themes: ['water'] }),
];
const ids = (f: typeof none) => filterChallenges(all, f).items.map((c) => c.id);

describe('filterChallenges', () => {
  test('keeps everything when no filter is set', () => {
    expect(ids(none)).toEqual(['a', 'b', 'c']);
  });

  test('keeps the challenges that pass every filter', () => {
    expect(ids({ ...none, theme: 'mobility' })).toEqual(['a', 'b']);
    expect(ids({ ...none, theme: 'mobility', status: 'open' })).toEqual(['a']);
    expect(ids({ ...none, owner: 'fjordvik' })).toEqual(['c']);
    expect(ids({ theme: 'water', status: 'closed', owner: '' })).toEqual([]);
  });

  test('counts each facet given the other two filters, not its own', () => {
    const { counts } = filterChallenges(all, { ...none, theme: 'mobility', status: 'open' });
    // Themes are counted under status=open alone: a (mobility, energy) and c (water).
    expect(Object.fromEntries(counts.theme)).toEqual({ mobility: 1, energy: 1, water: 1 });
    // Statuses under theme=mobility alone: a open, b closed.
    expect(Object.fromEntries(counts.status)).toEqual({ open: 1, closed: 1 });
    // Owners under both.
    expect(Object.fromEntries(counts.owner)).toEqual({ norrhamn: 1 });
  });
});
