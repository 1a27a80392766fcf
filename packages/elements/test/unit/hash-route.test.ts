import { describe, expect, test } from 'vitest';
import { challengeIdOf } from '../../src/internal/hash-route.js';

describe('challengeIdOf', () => {
  test('reads the id of #ep-challenge=ID, percent-decoded', () => {
    expect(challengeIdOf('#ep-challenge=ferries')).toBe('ferries');
    expect(challengeIdOf('#ep-challenge=f%C3%A4rjor')).toBe('färjor');
  });

  test('gives no id for another hash', () => {
    expect(challengeIdOf('')).toBe('');
    expect(challengeIdOf('#top')).toBe('');
  });

  test('takes a broken percent-encoding as written instead of throwing', () => {
    expect(challengeIdOf('#ep-challenge=%E0%A4%A')).toBe('%E0%A4%A');
  });
});
