import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/views/bounds.ts';
import { createBoxIndex } from '../../src/views/boxIndex.ts';

const meets = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

const coordinate = fc.oneof(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.constantFrom(0, 64, -64, 127.99999999, 1e9, Infinity, -Infinity, NaN));
const box = fc.record({ x: coordinate, y: coordinate, width: fc.oneof(fc.double({ min: 0, max: 600, noNaN: true }), fc.constant(Infinity)), height: fc.double({ min: 0, max: 80, noNaN: true }) });

describe('createBoxIndex', () => {
  it('finds the earliest added box that meets the one asked about, as a scan in order would', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), fc.array(box, { minLength: 1, maxLength: 10 }), fc.double({ min: -10, max: 10, noNaN: true }), (added, asked, gap) => {
        const index = createBoxIndex<{ box: Box; n: number }>(64, gap);
        const items = added.map((b, n) => ({ box: b, n }));
        items.forEach((item) => index.add(item));
        for (const b of asked) {
          const scan = items.find((item) => meets(b, item.box, gap));
          expect(index.first(b, (item) => meets(b, item.box, gap))).toBe(scan);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in an empty index', () => {
    const index = createBoxIndex<{ box: Box }>(64, 4);
    expect(index.first({ x: 0, y: 0, width: 10, height: 10 }, () => true)).toBeUndefined();
  });

  it('passes over boxes that `hit` turns down, even when they lie under the box asked about', () => {
    const index = createBoxIndex<{ box: Box; name: string }>(64, 0);
    index.add({ box: { x: 0, y: 0, width: 10, height: 10 }, name: 'first' });
    index.add({ box: { x: 5, y: 5, width: 10, height: 10 }, name: 'second' });
    expect(index.first({ x: 0, y: 0, width: 20, height: 20 }, (item) => item.name !== 'first')?.name).toBe('second');
  });
});
