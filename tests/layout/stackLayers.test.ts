import { describe, expect, it } from 'vitest';
import { stackLayers } from '../../src/layout/stackLayers.ts';
import { mapFrom } from '../../src/model/create.ts';
import type { MapLink, MapNode } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';

const layersOf = (...specs: string[]) => Object.fromEntries(stackLayers(mapOf(...specs)));

describe('stackLayers', () => {
  it('puts each node of a supports chain one layer above its supporter', () => {
    expect(layersOf('a>b', 'b>c')).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('puts a node above the longest path to it, not the shortest', () => {
    expect(layersOf('a>b', 'a>c', 'b>d', 'c>d', 'a>d', 'c>e', 'e>d')).toMatchObject({ a: 0, b: 1, c: 1, e: 2, d: 3 });
  });

  it('gives every base node layer 0', () => {
    expect(layersOf('a>c', 'b>c', 'd>e')).toMatchObject({ a: 0, b: 0, d: 0 });
  });

  it('ignores the link that closes a cycle, by the analysis engine rule', () => {
    // The walk starts at "a", so c>a is the link that closes the cycle.
    expect(layersOf('a>b', 'b>c', 'c>a')).toEqual({ a: 0, b: 1, c: 2 });
    expect(layersOf('x>a', 'a>b', 'b>a')).toEqual({ x: 0, a: 1, b: 2 });
  });

  it('seats a partner in no supports chain beside the node it collaborates with', () => {
    expect(layersOf('pay>checkout', 'checkout~agency', 'agency~studio', 'studio:partner', 'agency:partner')).toMatchObject({
      agency: 1,
      studio: 1,
    });
    expect(layersOf('pay>checkout', 'pay~bank', 'bank:partner').bank).toBe(0);
  });

  it('seats a node with no link to any chain by its kind: platforms at the bottom', () => {
    expect(layersOf('a>b', 'lonely:platform', 'solo:service', 'ally:partner', 'x:service', 'x~y', 'y:partner')).toMatchObject({
      lonely: 0,
      solo: 1,
      ally: 1,
      x: 1,
      y: 1,
    });
  });

  it('layers a chain of 200,000 nodes without recursion', () => {
    const n = 200_000;
    const id = (i: number) => `n${String(i).padStart(6, '0')}`;
    const nodes: MapNode[] = Array.from({ length: n }, (_, i) => ({ id: id(i), name: id(i), kind: 'service', value: 0 }));
    const links: MapLink[] = Array.from({ length: n - 1 }, (_, i) => ({ source: id(i), target: id(i + 1), kind: 'supports', weight: 1 }));
    const layers = stackLayers(mapFrom(nodes, links));
    expect(layers.get(id(0))).toBe(0);
    expect(layers.get(id(n - 1))).toBe(n - 1);
  });
});
