import { describe, expect, it } from 'vitest';
import { endTaper, latticeSpacing, linkOffset, linkSpan, particleCount, particlePhase, particleRadii, spacingWithin, zoomedSize } from '../../src/canvas/flowParticles.ts';

const style = { maxRadius: 4, minRadius: 1, spacing: 20, speed: 50, maxPerLink: 5, budget: 10, minLength: 6 };

describe('particleRadii', () => {
  it('gives the largest flow the largest radius and a quarter of the flow half the radius', () => {
    const radii = particleRadii([400, 100, 0], style);
    expect(radii[0]).toBe(4);
    expect(radii[1]).toBe(2);
  });

  it('keeps a trickle at the minimum radius so it still shows', () => {
    expect(particleRadii([1_000_000, 1], style)[1]).toBe(1);
  });

  it('draws nothing on a link that carries nothing, a negative amount or not a number', () => {
    expect([...particleRadii([5, 0, -3, Number.NaN], style)]).toEqual([4, 0, 0, 0]);
  });

  it('makes no particles when no link carries flow', () => {
    expect([...particleRadii([0, 0], style)]).toEqual([0, 0]);
  });
});

describe('zoomedSize', () => {
  it('grows particles with the square root of the zoom, within ×0.75 to ×3', () => {
    expect(zoomedSize(1)).toBe(1);
    expect(zoomedSize(4)).toBe(2);
    expect(zoomedSize(0.1)).toBe(0.75);
    expect(zoomedSize(100)).toBe(3);
  });
});

describe('latticeSpacing', () => {
  it('is the power of two in map units that keeps particles the given pixels apart', () => {
    expect(latticeSpacing(40, 1)).toBe(64);
    expect(latticeSpacing(32, 1)).toBe(32);
    expect(latticeSpacing(40, 0.25)).toBe(256);
    expect(latticeSpacing(40, 4)).toBe(16);
  });

  it('doubles when the zoom halves, so half the particles stay exactly where they were', () => {
    const near = latticeSpacing(40, 1);
    const far = latticeSpacing(40, 0.5);
    expect(far).toBe(2 * near);
    for (let j = 0; j < 3; j++) expect(particlePhase(j, far, 1000, 7)).toBe(particlePhase(2 * j, near, 1000, 7));
  });
});

describe('particleCount', () => {
  it('puts one particle per spacing along a link', () => {
    expect(particleCount(100, 20, style)).toBe(5);
    expect(particleCount(65, 20, style)).toBe(3);
  });

  it('puts at least one particle on a short link and none on a link with no length', () => {
    expect(particleCount(3, 20, style)).toBe(1);
    expect(particleCount(0, 20, style)).toBe(0);
    expect(particleCount(-4, 20, style)).toBe(0);
  });

  it('caps the particles on a long link', () => {
    expect(particleCount(10_000, 20, style)).toBe(5);
  });
});

describe('spacingWithin', () => {
  it('keeps the spacing when the links on screen hold no more particles than the budget', () => {
    expect(spacingWithin([40, 40, 0], 20, style)).toBe(20);
  });

  it('doubles the spacing until the particles fit the budget', () => {
    // 4 links of 80: 4 each at 20 (16 > 10), 2 each at 40 (8).
    expect(spacingWithin([80, 80, 80, 80], 20, style)).toBe(40);
  });

  it('stops at one particle per link when there are more links on screen than the budget', () => {
    const lengths = new Array(30).fill(50);
    const spacing = spacingWithin(lengths, 20, style);
    expect(lengths.every((l) => particleCount(l, spacing, style) === 1)).toBe(true);
  });
});

describe('particlePhase', () => {
  it('spaces the particles of a link one spacing apart from target to source', () => {
    expect([0, 1, 2, 3].map((j) => particlePhase(j, 25, 100, 0))).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('moves every particle towards the source as the lattice slides, wrapping round to the target', () => {
    expect(particlePhase(0, 25, 100, 30)).toBeCloseTo(0.3);
    expect(particlePhase(0, 25, 100, 90)).toBeCloseTo(0.9);
    expect(particlePhase(0, 25, 100, 110)).toBeCloseTo(0.1);
  });

  it('moves particles the same map distance on short and long links', () => {
    expect(particlePhase(0, 25, 50, 10) * 50).toBeCloseTo(particlePhase(0, 25, 400, 10) * 400);
  });

  it('stays in [0, 1) however far the lattice has slid', () => {
    for (const travelled of [0, 0.01, 7.3, 1e6, 123456.789]) {
      for (let j = 0; j < 5; j++) {
        const p = particlePhase(j, 16, 37, travelled + linkOffset(j) * 37);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(1);
      }
    }
  });

  it('puts a particle of a link with no length at its start', () => {
    expect(particlePhase(2, 16, 0, 50)).toBe(0);
  });
});

describe('linkOffset', () => {
  it('starts neighbouring links out of step', () => {
    const offsets = [0, 1, 2, 3, 4, 5].map(linkOffset);
    for (const o of offsets) expect(o).toBeGreaterThanOrEqual(0);
    for (const o of offsets) expect(o).toBeLessThan(1);
    const gaps = offsets.slice(1).map((o, i) => Math.abs(o - offsets[i]!));
    for (const gap of gaps) expect(gap).toBeGreaterThan(0.2);
  });
});

describe('endTaper', () => {
  it('grows particles out of the target, holds them full size, and shrinks them into the source', () => {
    expect(endTaper(0)).toBe(0);
    expect(endTaper(0.05)).toBeCloseTo(0.4);
    expect(endTaper(0.5)).toBe(1);
    expect(endTaper(0.99)).toBeCloseTo(0.08);
  });
});

describe('linkSpan', () => {
  it('runs from the target rim to the source rim', () => {
    const out = new Float32Array(10);
    // Target at (0, 0) radius 10, source at (100, 0) radius 20.
    linkSpan(out, 1, 0, 0, 100, 0, 10, 20);
    expect([...out.slice(5)]).toEqual([10, 0, 70, 0, 70]);
  });

  it('points upstream: from the supported node towards its supporter', () => {
    const out = new Float32Array(5);
    // A platform below (y = 100) supports a service above (y = 0): particles climb down to it.
    linkSpan(out, 0, 0, 0, 0, 100, 0, 0);
    expect(out[3]).toBe(100);
    expect(out[4]).toBe(100);
  });

  it('has no length when the two nodes overlap or a position is missing', () => {
    const out = new Float32Array(5);
    linkSpan(out, 0, 0, 0, 10, 0, 8, 8);
    expect(out[4]).toBe(0);
    linkSpan(out, 0, 0, 0, Number.NaN, Number.NaN, 0, 0);
    expect(out[4]).toBe(0);
  });
});
