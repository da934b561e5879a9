import { describe, expect, it } from 'vitest';
import { componentsOf, siloDelta } from '../../src/analysis/index.ts';
import { mapOf } from '../builders.ts';

describe('componentsOf', () => {
  it('joins nodes over links of both kinds', () => {
    expect(componentsOf(mapOf('pay>checkout', 'checkout~partner', 'solo'))).toEqual([['checkout', 'partner', 'pay'], ['solo']]);
  });

  it('sorts pieces by size, then by their smallest id', () => {
    expect(componentsOf(mapOf('x>y', 'c', 'b', 'p>q', 'p>r'))).toEqual([['p', 'q', 'r'], ['x', 'y'], ['b'], ['c']]);
  });

  it('leaves out removed nodes and the links that touch them', () => {
    expect(componentsOf(mapOf('pay>checkout', 'pay>search'), ['pay'])).toEqual([['checkout'], ['search']]);
  });

  it('ignores removed ids the map does not hold', () => {
    expect(componentsOf(mapOf('pay>checkout'), ['nope'])).toEqual([['checkout', 'pay']]);
  });
});

describe('siloDelta', () => {
  it('counts the extra pieces a knock-out leaves', () => {
    const map = mapOf('pay>checkout', 'pay>search', 'pay>maps');
    expect(siloDelta(map, ['pay'])).toBe(2);
  });

  it('is negative when a whole component disappears', () => {
    expect(siloDelta(mapOf('pay>checkout', 'lonely'), ['lonely'])).toBe(-1);
  });

  it('is zero when partners still hold the pieces together', () => {
    expect(siloDelta(mapOf('pay>checkout', 'pay>search', 'checkout~search'), ['pay'])).toBe(0);
  });
});
