import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { robustnessCurve } from '../../src/analysis/index.ts';
import type { RobustnessStep } from '../../src/analysis/index.ts';
import { createMap } from '../../src/model/create.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';
import { arbitraryKindedMap, arbitraryLayeredKnockOut } from './arbitraryKinds.ts';
import { shuffled } from './arbitraryMap.ts';
import { referenceSupported, sortByCodePoint } from './reference.ts';

const steps = (map: EcoMap) => robustnessCurve(map).map((s) => [s.id, s.supportedValue]);

describe('robustnessCurve', () => {
  it('starts from the full map and removes every platform, keeping the removals in order', () => {
    const curve = robustnessCurve(mapOf('pay>checkout', 'id>login', 'checkout=30', 'login=10'));
    expect(curve).toEqual([
      { removed: [], id: null, supportedValue: 40, share: 1 },
      { removed: ['pay'], id: 'pay', supportedValue: 10, share: 0.25 },
      { removed: ['pay', 'id'], id: 'id', supportedValue: 0, share: 0 },
    ]);
  });

  it('recomputes after each removal: a platform that shared its load becomes critical once alone', () => {
    const map = mapOf('p>x', 'q>x', 'x=100', 'r>y', 'y=10');
    expect(steps(map)).toEqual([[null, 110], ['r', 100], ['p', 100], ['q', 0]]);
  });

  it('counts everything a platform alone holds up, through several layers and other platforms', () => {
    const map = mapOf('cloud>pay', 'pay>checkout', 'checkout>receipts', 'receipts=5', 'checkout:service=1', 'search>results', 'results=5');
    expect(steps(map)).toEqual([[null, 11], ['cloud', 5], ['search', 0], ['pay', 0]]);
  });

  it('counts the value of the removed platform itself', () => {
    expect(steps(mapOf('a:platform=7', 'b>x', 'x=5'))).toEqual([[null, 12], ['a', 5], ['b', 0]]);
  });

  it('breaks a tie in value by the number of nodes stranded, then by id', () => {
    expect(steps(mapOf('b>x', 'b>y', 'a>z', 'c>w'))).toEqual([[null, 0], ['b', 0], ['a', 0], ['c', 0]]);
  });

  it('removes platforms nothing supports last, in id order: they have nothing to lose', () => {
    const map = mapOf('f>g', 'g>f', 'f:platform', 'g:platform', 'pay>checkout', 'checkout=5', 'f>h', 'h=3', 'idle:platform');
    expect(steps(map)).toEqual([[null, 5], ['pay', 0], ['f', 0], ['g', 0], ['idle', 0]]);
    expect(robustnessCurve(map)[0]!.share).toBe(5 / 8);
  });

  it('keeps what needs no platform: services lifted by services stay supported', () => {
    expect(steps(mapOf('search:service', 'search>results', 'results=4', 'pay>results', 'pay>cart', 'cart=6'))).toEqual([[null, 10], ['pay', 4]]);
  });

  it('measures the share in nodes when the map carries no value', () => {
    const curve = robustnessCurve(mapOf('pay>checkout', 'pay>search', 'id>login'));
    expect(curve.map((s) => s.id)).toEqual([null, 'pay', 'id']);
    expect(curve.map((s) => s.share)).toEqual([1, 2 / 5, 0]);
  });

  it('has only the untouched map when there is no platform, and a share of 1 on an empty map', () => {
    expect(robustnessCurve(mapOf('a:service', 'a>b', 'b=3'))).toEqual([{ removed: [], id: null, supportedValue: 3, share: 1 }]);
    expect(robustnessCurve(createMap())).toEqual([{ removed: [], id: null, supportedValue: 0, share: 1 }]);
  });

  it.each([
    ['dense random maps', arbitraryKindedMap],
    ['layered maps', arbitraryLayeredKnockOut.map(({ map }) => map)],
    ['maps with no value', arbitraryKindedMap.map((map) => ({ ...map, nodes: map.nodes.map((n) => ({ ...n, value: 0 })) }))],
  ])('matches removing each candidate and recomputing support (%s), in any order of nodes and links', (_, maps) => {
    fc.assert(
      fc.property(maps, fc.integer(), (map, seed) => {
        const curve = robustnessCurve(map);
        expect(curve).toEqual(bruteForce(map));
        expect(robustnessCurve(shuffled(map, seed).map)).toEqual(curve);
      }),
      { numRuns: 300 },
    );
  });
});

/** The greedy removal read literally: try every remaining platform, recompute support from scratch. */
function bruteForce(map: EcoMap): RobustnessStep[] {
  const value = new Map(map.nodes.map((n) => [n.id, n.value]));
  const total = map.nodes.reduce((sum, n) => sum + n.value, 0);
  const supported = (removed: string[]) => referenceSupported(map, removed);
  const worth = (ids: string[]) => ids.reduce((sum, id) => sum + value.get(id)!, 0);
  const point = (removed: string[]): RobustnessStep => {
    const held = supported(removed);
    const share = total > 0 ? worth(held) / total : map.nodes.length ? held.length / map.nodes.length : 1;
    return { removed: [...removed], id: removed.at(-1) ?? null, supportedValue: worth(held), share };
  };
  let remaining = sortByCodePoint(map.nodes.filter((n) => n.kind === 'platform').map((n) => n.id));
  const removed: string[] = [];
  const curve = [point(removed)];
  while (remaining.length) {
    const now = supported(removed);
    let best: { id: string; drop: number; stranded: number } | undefined;
    for (const id of remaining) {
      const after = new Set(supported([...removed, id]));
      const lost = now.filter((x) => !after.has(x));
      const candidate = { id, drop: worth(lost), stranded: lost.filter((x) => x !== id).length };
      if (!best || candidate.drop > best.drop || (candidate.drop === best.drop && candidate.stranded > best.stranded)) best = candidate;
    }
    removed.push(best!.id);
    remaining = remaining.filter((id) => id !== best!.id);
    curve.push(point(removed));
  }
  return curve;
}
