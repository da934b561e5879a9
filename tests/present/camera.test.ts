import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/layout/settle.ts';
import { DEFAULT_CAMERA_OPTIONS, cameraFor, fitBox, visibleNodeIds } from '../../src/present/camera.ts';
import type { Camera } from '../../src/present/camera.ts';

const viewport = { width: 1000, height: 600 };
const all = { camera: { fit: 'all' as const } };
const nodes = (...ids: string[]) => ({ camera: { fit: 'nodes' as const, ids } });
const positions = (entries: Record<string, [number, number]>) => new Map(Object.entries(entries).map(([id, [x, y]]) => [id, { x, y }]));
const toScreen = (c: Camera, p: Point) => ({ x: p.x * c.k + c.x, y: p.y * c.k + c.y });

describe('cameraFor', () => {
  const map = positions({ a: [-100, -50], b: [300, 150], c: [1000, 1000] });

  it('fits every node inside the viewport with the padding, centred', () => {
    const camera = cameraFor(all, map, viewport, { padding: 50, margin: 0 });
    const tl = toScreen(camera, { x: -100, y: -50 });
    const br = toScreen(camera, { x: 1000, y: 1000 });
    // The box is taller than the viewport's shape: it touches the top and bottom padding.
    expect(tl.y).toBeCloseTo(50);
    expect(br.y).toBeCloseTo(550);
    expect((tl.x + br.x) / 2).toBeCloseTo(500);
    expect(tl.x).toBeGreaterThanOrEqual(50);
    expect(br.x).toBeLessThanOrEqual(950);
  });

  it('fits only the chosen nodes, ignoring ids it has no position for', () => {
    const camera = cameraFor(nodes('a', 'b', 'gone'), map, viewport, { padding: 0, margin: 0 });
    expect(camera.k).toBeCloseTo(2); // 400 × 200 units into 1000 × 600 pixels, capped at maxScale 2
    const mid = toScreen(camera, { x: 100, y: 50 });
    expect(mid.x).toBeCloseTo(500);
    expect(mid.y).toBeCloseTo(300);
  });

  it('frames every node when none of the chosen ones is known', () => {
    expect(cameraFor(nodes('gone'), map, viewport)).toEqual(cameraFor(all, map, viewport));
  });

  it('ignores positions that are not finite numbers', () => {
    const withNaN = new Map([...map, ['x', { x: Number.NaN, y: 0 }], ['y', { x: 0, y: Infinity }]]);
    expect(cameraFor(all, withNaN, viewport)).toEqual(cameraFor(all, map, viewport));
  });

  it('puts one node in the middle at the largest scale allowed', () => {
    const camera = cameraFor(all, positions({ solo: [40, -20] }), viewport, { margin: 0, maxScale: 3 });
    expect(camera.k).toBe(3);
    expect(toScreen(camera, { x: 40, y: -20 })).toEqual({ x: 500, y: 300 });
  });

  it('puts the origin in the middle at scale 1 when there is nothing to frame', () => {
    expect(cameraFor(all, new Map(), viewport)).toEqual({ x: 500, y: 300, k: 1 });
    expect(cameraFor(all, new Map(), viewport, { minScale: 1.5 }).k).toBe(1.5);
  });

  it('clamps the scale to minScale and maxScale', () => {
    const huge = positions({ a: [-1e6, -1e6], b: [1e6, 1e6] });
    expect(cameraFor(all, huge, viewport).k).toBe(DEFAULT_CAMERA_OPTIONS.minScale);
    const tiny = positions({ a: [0, 0], b: [1, 1] });
    expect(cameraFor(all, tiny, viewport, { margin: 0 }).k).toBe(DEFAULT_CAMERA_OPTIONS.maxScale);
  });

  it('keeps uneven padding free: a caption bar at the bottom', () => {
    const camera = cameraFor(all, map, viewport, { padding: { top: 20, right: 20, bottom: 120, left: 20 }, margin: 0 });
    expect(toScreen(camera, { x: 0, y: 1000 }).y).toBeCloseTo(480);
    expect(toScreen(camera, { x: 0, y: -50 }).y).toBeCloseTo(20);
  });

  it('stays finite in a viewport smaller than its padding or of no size', () => {
    for (const v of [{ width: 40, height: 30 }, { width: 0, height: 0 }, { width: Number.NaN, height: 10 }]) {
      const c = cameraFor(all, map, v);
      expect([c.x, c.y, c.k].every(Number.isFinite)).toBe(true);
    }
  });

  it('fits any box inside the padded viewport, centred, whenever the scale is not clamped', () => {
    const coord = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 100, max: 4000 }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 0, max: 100 }),
        (points, width, height, padding, margin) => {
          const ps = new Map(points.map(([x, y], i) => [String(i), { x, y }]));
          const opts = { padding, margin, minScale: 1e-9, maxScale: 1e9 };
          const c = cameraFor(all, ps, { width, height }, opts);
          const xs = points.map(([x]) => x), ys = points.map(([, y]) => y);
          const tl = toScreen(c, { x: Math.min(...xs) - margin, y: Math.min(...ys) - margin });
          const br = toScreen(c, { x: Math.max(...xs) + margin, y: Math.max(...ys) + margin });
          const eps = 1e-6 * Math.max(width, height);
          expect(tl.x).toBeGreaterThanOrEqual(padding - eps);
          expect(tl.y).toBeGreaterThanOrEqual(padding - eps);
          expect(br.x).toBeLessThanOrEqual(width - padding + eps);
          expect(br.y).toBeLessThanOrEqual(height - padding + eps);
          expect((tl.x + br.x) / 2).toBeCloseTo(width / 2, 3);
          expect((tl.y + br.y) / 2).toBeCloseTo(height / 2, 3);
          // Fitted, not merely inside: one side reaches the padding (unless the scale hit its cap).
          if (c.k < opts.maxScale) expect(Math.min(tl.x - padding, tl.y - padding)).toBeLessThan(eps + 1e-3);
        },
      ),
    );
  });
});

describe('fitBox', () => {
  it('fits a box given in map units', () => {
    expect(fitBox({ x0: 0, y0: 0, x1: 100, y1: 100 }, { width: 200, height: 200 }, { padding: 0, margin: 0 })).toEqual({ x: 0, y: 0, k: 2 });
  });
});

describe('visibleNodeIds', () => {
  it('lists the nodes whose centres are on screen', () => {
    const map = positions({ in: [10, 10], edge: [100, 50], out: [101, 0], neg: [-1, 5] });
    expect(visibleNodeIds(map, { x: 0, y: 0, k: 1 }, { width: 100, height: 50 })).toEqual(['in', 'edge']);
    expect(visibleNodeIds(map, { x: 25, y: 0, k: 0.5 }, { width: 100, height: 50 })).toEqual(['in', 'edge', 'out', 'neg']);
  });
});
