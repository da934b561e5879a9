import { describe, expect, it } from 'vitest';
import { hitAt, labelHalfWidth } from '../../src/canvas/canvasHitTest.ts';
import type { HitScene } from '../../src/canvas/canvasHitTest.ts';
import type { NodeKind } from '../../src/model/types.ts';

/** Nodes of radius 10 at the given points; links as index pairs. */
function scene(kinds: NodeKind[], links: [number, number][] = []): HitScene {
  return {
    kinds,
    radius: new Float32Array(kinds.length).fill(10),
    labelHalf: new Float32Array(kinds.length).fill(labelHalfWidth(4)),
    source: Int32Array.from(links.map(([s]) => s)),
    target: Int32Array.from(links.map(([, t]) => t)),
  };
}

describe('hitAt', () => {
  const services = scene(['service', 'service'], [[0, 1]]);
  const xy = new Float32Array([0, 0, 100, 0]);

  it('finds the node whose shape holds the point', () => {
    expect(hitAt(services, xy, 3, 4, 0)).toEqual({ node: 0, handle: false });
    expect(hitAt(services, xy, 100, 9, 0)).toEqual({ node: 1, handle: false });
  });

  it('counts a node’s label and its connect handle as the node, the handle as such', () => {
    expect(hitAt(services, xy, 0, 22, 0)).toEqual({ node: 0, handle: false });
    expect(hitAt(services, xy, 19.5, 0, 0)).toEqual({ node: 0, handle: true });
  });

  it('finds a link within the reach of its wide click line, when no node is there', () => {
    expect(hitAt(services, xy, 50, 5, 0)).toEqual({ link: 0 });
    expect(hitAt(services, xy, 50, 7, 0)).toBeNull();
  });

  it('widens every target by the slop', () => {
    expect(hitAt(services, xy, 50, 7, 2)).toEqual({ link: 0 });
  });

  it('prefers the node drawn last where two overlap, as the SVG stacks them', () => {
    const twins = scene(['service', 'service']);
    expect(hitAt(twins, new Float32Array([0, 0, 5, 0]), 2, 0, 0)).toEqual({ node: 1, handle: false });
  });

  it('follows each kind’s shape: a platform is a wide slab, a partner a diamond', () => {
    const shapes = scene(['platform', 'partner']);
    const at = new Float32Array([0, 0, 100, 0]);
    expect(hitAt(shapes, at, 12, 5, 0)).toEqual({ node: 0, handle: false });
    expect(hitAt(shapes, at, 108, 8, 0)).toBeNull();
    expect(hitAt(shapes, at, 105, 5, 0)).toEqual({ node: 1, handle: false });
  });

  it('skips nodes with no position', () => {
    expect(hitAt(scene(['service']), new Float32Array([Number.NaN, Number.NaN]), 0, 0, 5)).toBeNull();
  });
});
