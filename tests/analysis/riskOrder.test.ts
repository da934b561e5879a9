import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskOrder } from '../../src/analysis/riskOrder.ts';

describe('riskOrder', () => {
  it('orders nodes that strand something by value at risk, then stranded count, then index', () => {
    const count = Int32Array.from([0, 2, 5, 2, 1]);
    const value = Float64Array.from([0, 10, 10, 10, 40]);
    expect(Array.from(riskOrder(count, value))).toEqual([4, 2, 1, 3]);
  });

  it('agrees with a comparator sort on long lists, where runs are merged', () => {
    const entry = fc.record({ count: fc.integer({ min: 0, max: 6 }), value: fc.constantFrom(0, 0.5, 1, 2, 1e9, 3.25) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 400 }), (entries) => {
        const count = Int32Array.from(entries.map((e) => e.count));
        const value = Float64Array.from(entries.map((e) => (e.count ? e.value : 0)));
        const expected = entries
          .map((_, i) => i)
          .filter((i) => count[i])
          .sort((a, b) => value[b]! - value[a]! || count[b]! - count[a]! || a - b);
        expect(Array.from(riskOrder(count, value))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
