import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeBounds } from '../../../src/io/export/treeBounds.ts';
import type { Box } from '../../../src/views/bounds.ts';
import { el } from '../../../src/views/element.ts';

const pathBox = (d: string, transform?: string): Box | undefined =>
  treeBounds(el('g', transform === undefined ? {} : { transform }, [el('path', { d, stroke: 'none' })]));

/** The box around points, as treeBounds reports it. */
function boxOf(points: readonly [number, number][]): Box | undefined {
  const finite = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (finite.length === 0) return undefined;
  const xs = finite.map(([x]) => x), ys = finite.map(([, y]) => y);
  const x = Math.min(...xs), y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const coordinate = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5000, max: 5000 }).map((n) => n / 10));

describe('treeBounds', () => {
  it('covers every point of a path, its numbers read as Number() reads them however JavaScript wrote them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ' ', ' , '), (points, comma) => {
        const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x}${comma}${y}`).join(' ');
        // What was written, read back: -0 is written "0".
        expect(pathBox(d)).toEqual(boxOf(points.map(([x, y]) => [Number(String(x)), Number(String(y))])));
      }),
    );
  });

  it('reads the H, V and Q commands and lower-case letters alike', () => {
    expect(pathBox('m1,2h5v-7q3,4 10,20z')).toEqual({ x: 1, y: -7, width: 9, height: 27 });
  });

  it('splits numbers run together as SVG does: 1.5.5 is 1.5 then .5, -1-2 is -1 then -2', () => {
    expect(pathBox('M1.5.5L-1-2')).toEqual({ x: -1, y: -2, width: 2.5, height: 2.5 });
  });

  it('reads exponents, and an e without digits as the end of a number', () => {
    expect(pathBox('M1e2,2E-1L3e,4')).toEqual({ x: 3, y: 0.2, width: 97, height: 3.8 });
  });

  it('ends on a path with numbers after its Z', () => {
    expect(pathBox('M0,0L10,10Z 5 5 5')).toEqual({ x: 0, y: 0, width: 10, height: 10 });
  });

  it('covers every point of a polygon, its numbers read as Number() reads them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ' ', ' , ', '\n'), (points, comma) => {
        const tree = el('polygon', { points: ` ${points.map(([x, y]) => `${x}${comma}${y}`).join(' ')} `, stroke: 'none' });
        expect(treeBounds(tree)).toEqual(boxOf(points.map(([x, y]) => [Number(String(x)), Number(String(y))])));
      }),
    );
  });

  it('moves a path by its group translate(x,y), read exactly', () => {
    expect(pathBox('M0,0L1,1', 'translate(-725.4,0.1)')).toEqual({ x: -725.4, y: 0.1, width: 1, height: 1 });
    expect(pathBox('M0,0', 'translate(1e3, 2)')).toEqual({ x: 1000, y: 2, width: 0, height: 0 });
  });
});
