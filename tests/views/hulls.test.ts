import { polygonHull } from 'd3-polygon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hullBox, hullPath, siloLabels } from '../../src/views/hulls.ts';
import type { Circle, SiloLabelInput } from '../../src/views/hulls.ts';
import type { Box } from '../../src/views/bounds.ts';
import { inside, pathPoints } from './svgQuery.ts';

/** Points around every circle (a ring just inside its edge, and its centre) that fall outside the hull. */
function escapees(circles: readonly Circle[], d: string): [number, number][] {
  const polygon = pathPoints(d);
  const out: [number, number][] = [];
  for (const { x, y, r } of circles) {
    for (let i = 0; i < 48; i++) {
      const a = (2 * Math.PI * i) / 48;
      const p: [number, number] = [x + r * Math.cos(a), y + r * Math.sin(a)];
      if (!inside(polygon, ...p)) out.push(p);
    }
    if (!inside(polygon, x, y)) out.push([x, y]);
  }
  return out;
}

/** Hull points that stray outside the convex hull of the circles grown by `grow`: a loose hull. */
function strays(circles: readonly Circle[], d: string, grow: number): [number, number][] {
  const ring = circles.flatMap(({ x, y, r }) =>
    Array.from({ length: 64 }, (_, i): [number, number] => [x + (r + grow) * Math.cos((i * Math.PI) / 32), y + (r + grow) * Math.sin((i * Math.PI) / 32)]),
  );
  const outer = polygonHull(ring)!;
  return pathPoints(d).filter(([x, y]) => !inside(outer, x, y));
}

const circle = fc.record({
  x: fc.double({ min: -500, max: 500, noNaN: true }),
  y: fc.double({ min: -500, max: 500, noNaN: true }),
  r: fc.double({ min: 0, max: 60, noNaN: true }),
});

describe('hullPath', () => {
  it('draws one circle as a circle padded all round', () => {
    const d = hullPath([{ x: 10, y: 20, r: 14 }], 6);
    expect(d).toMatch(/^M[^A]+(A20,20 [^A]+){4}Z$/);
    for (const [x, y] of pathPoints(d)) expect(Math.hypot(x - 10, y - 20)).toBeCloseTo(20, 0);
  });

  it('draws two circles as a capsule around both', () => {
    const circles = [{ x: 0, y: 0, r: 20 }, { x: 120, y: 30, r: 10 }];
    const d = hullPath(circles, 8);
    expect(d).not.toContain('Q');
    expect(escapees(circles, d)).toEqual([]);
    expect(strays(circles, d, 8.3)).toEqual([]);
  });

  it('draws a circle holding the other as that circle alone', () => {
    expect(hullPath([{ x: 0, y: 0, r: 40 }, { x: 5, y: 5, r: 10 }], 5)).toBe(hullPath([{ x: 0, y: 0, r: 40 }], 5));
  });

  it('wraps collinear circles in a rounded band, not a line', () => {
    const circles = [0, 1, 2, 3].map((i) => ({ x: 50 * i, y: 25 * i, r: 14 }));
    const d = hullPath(circles, 10);
    expect(escapees(circles, d)).toEqual([]);
    expect(hullBox(circles, 10)).toEqual({ x: -24, y: -24, width: 198, height: 123 });
  });

  it('contains every circle, padding clear, and hugs them, for any set of circles', () => {
    fc.assert(
      fc.property(fc.array(circle, { minLength: 1, maxLength: 12 }), fc.double({ min: 1, max: 30, noNaN: true }), (circles, padding) => {
        const d = hullPath(circles, padding);
        // A big circle's rounded corner may shave up to 1 % of its radius off a small circle's
        // padding where the two nearly touch; that and rounding to one decimal aside, all is inside.
        const slack = 0.2 + 0.01 * Math.max(...circles.map((c) => c.r + padding));
        const grown = circles.map((c) => ({ ...c, r: c.r + padding - slack }));
        expect(escapees(grown, d)).toEqual([]);
        // The hull hugs them: no point strays past the padding by more than the sampling's 2 %.
        expect(strays(circles, d, Math.max(1, padding) * 1.03 + 0.03 * 60 + 0.2)).toEqual([]);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('contains every circle of a large silo too, where inner circles are skipped', () => {
    fc.assert(
      fc.property(fc.array(circle, { minLength: 64, maxLength: 300 }), (circles) => {
        const d = hullPath(circles, 10);
        const slack = 0.2 + 0.01 * Math.max(...circles.map((c) => c.r + 10));
        expect(escapees(circles.map((c) => ({ ...c, r: c.r + 10 - slack })), d)).toEqual([]);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('rounds numbers to one decimal, so the same circles give the same string', () => {
    const circles = [{ x: 1 / 3, y: 2 / 3, r: 10.123 }, { x: 40.55, y: 7.77, r: 9 }, { x: 20, y: 50, r: 12 }];
    const d = hullPath(circles, 7.3);
    expect(d).toBe(hullPath(circles.map((c) => ({ ...c })), 7.3));
    for (const n of d.match(/-?\d+\.?\d*/g)!) expect(n).toMatch(/^-?\d+(\.\d)?$/);
  });

  it('gives an empty path for no circles', () => {
    expect(hullPath([], 10)).toBe('');
    expect(hullBox([], 10)).toBeUndefined();
  });

  it('skips circles without a finite position', () => {
    const good = [{ x: 0, y: 0, r: 10 }, { x: 60, y: 0, r: 10 }];
    const bad = [{ x: Number.NaN, y: 0, r: 10 }, { x: 0, y: Infinity, r: 10 }];
    expect(hullPath([...bad, ...good], 5)).toBe(hullPath(good, 5));
    expect(hullPath(bad, 5)).toBe('');
    expect(hullBox([...bad, ...good], 5)).toEqual(hullBox(good, 5));
  });

  it('treats a radius that is not a number as zero', () => {
    expect(hullPath([{ x: 0, y: 0, r: Number.NaN }], 5)).toBe(hullPath([{ x: 0, y: 0, r: 0 }], 5));
    expect(hullPath([{ x: 0, y: 0, r: Number.NaN }], 5)).not.toContain('NaN');
  });
});

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('siloLabels', () => {
  it('puts a lone label centred just above its hull', () => {
    const [place] = siloLabels([{ id: 'a', box: { x: 0, y: 100, width: 200, height: 80 }, lines: ['Silo 1'] }]);
    expect(place).toMatchObject({ id: 'a', x: 100, anchor: 'middle' });
    expect(place!.box.y + place!.box.height).toBeLessThanOrEqual(100);
    expect(place!.box.y + place!.box.height).toBeGreaterThan(90);
  });

  it('keeps labels on a crowded map from overlapping, each above its own hull', () => {
    const silos: SiloLabelInput[] = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i}`,
      box: { x: (i * 37) % 300, y: (i * 53) % 200, width: 40 + (i % 5) * 20, height: 40 },
      lines: i % 3 === 0 ? ['Silo with a long label', 'and a second line'] : [`Silo ${i} · 3 services`],
    }));
    const places = siloLabels(silos);
    expect(places).toHaveLength(40);
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) expect(overlap(places[i]!.box, places[j]!.box), `${places[i]!.id} and ${places[j]!.id}`).toBe(false);
      expect(places[i]!.box.y + places[i]!.box.height).toBeLessThanOrEqual(silos[i]!.box.y);
    }
  });

  it('moves a label aside before lifting it', () => {
    const places = siloLabels([
      { id: 'a', box: { x: 0, y: 100, width: 100, height: 50 }, lines: ['aaaaaaaa'] },
      { id: 'b', box: { x: 10, y: 100, width: 200, height: 50 }, lines: ['bbbbbbbb'] },
    ]);
    expect(places[1]).toMatchObject({ anchor: 'end', x: 210 });
    expect(places[1]!.y).toBe(places[0]!.y);
  });

  it('places the same labels the same way every time', () => {
    const silos: SiloLabelInput[] = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, box: { x: i * 7, y: 50, width: 60, height: 30 }, lines: ['Silo'] }));
    expect(siloLabels(silos)).toEqual(siloLabels(silos.map((s) => ({ ...s }))));
  });

  it('keeps labels inside the given bounds from side to side', () => {
    const [place] = siloLabels([{ id: 'a', box: { x: 0, y: 100, width: 40, height: 40 }, lines: ['a rather long label for a small silo'] }], { within: { x: -10, y: 0, width: 500, height: 500 } });
    expect(place!.box.x).toBe(-10);
  });

  it('leaves out silos without a finite box or without text', () => {
    const places = siloLabels([
      { id: 'nan', box: { x: Number.NaN, y: 0, width: 10, height: 10 }, lines: ['x'] },
      { id: 'empty', box: { x: 0, y: 0, width: 10, height: 10 }, lines: [] },
      { id: 'ok', box: { x: 0, y: 0, width: 10, height: 10 }, lines: ['ok'] },
    ]);
    expect(places.map((p) => p.id)).toEqual(['ok']);
  });
});
