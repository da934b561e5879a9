import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/analysis/index.ts';

describe('compareIds', () => {
  it('orders plain ids like the alphabet, shorter prefixes first', () => {
    expect(['pay', 'api', 'pa', 'Zeta'].sort(compareIds)).toEqual(['Zeta', 'api', 'pa', 'pay']);
  });

  it('orders by code point where UTF-16 order differs: astral characters after U+FFxx', () => {
    // '😀' is U+1F600, stored as surrogates 0xD83D 0xDE00, which `<` puts before '！' (U+FF01).
    expect('😀' < '！').toBe(true);
    expect(['😀', '！', 'a'].sort(compareIds)).toEqual(['a', '！', '😀']);
  });

  it('returns 0 only for equal ids', () => {
    expect(compareIds('x', 'x')).toBe(0);
    expect(compareIds('x', 'y')).toBeLessThan(0);
    expect(compareIds('y', 'x')).toBeGreaterThan(0);
  });
});
