import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexMap } from '../../src/analysis/graphIndex.ts';
import { kindMask } from '../../src/analysis/kindMask.ts';
import { platformDependent } from '../../src/analysis/platformDependent.ts';
import { baseMask } from '../../src/analysis/support.ts';
import { supportTree } from '../../src/analysis/supportTree.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { arbitraryKindedMap, arbitraryLayeredKnockOut } from './arbitraryKinds.ts';
import { arbitraryMap } from './arbitraryMap.ts';
import { referenceSupported } from './reference.ts';

/** A map and an order in which to remove some of its nodes: dense random maps, or layered ones. */
const removals = fc.oneof(arbitraryMap, arbitraryLayeredKnockOut.map(({ map }) => map)).chain((map) =>
  fc.record({ map: fc.constant(map), order: fc.shuffledSubarray(map.nodes.map((n) => n.id)) }),
);

/** A map with kinds and an order in which to remove some of its platforms. */
const platformRemovals = fc.oneof(arbitraryKindedMap, arbitraryLayeredKnockOut.map(({ map }) => map)).chain((map) =>
  fc.record({ map: fc.constant(map), order: fc.shuffledSubarray(map.nodes.filter((n) => n.kind === 'platform').map((n) => n.id)) }),
);

const strategies = [
  ['updating only what each removal reached', Infinity],
  ['rebuilding after every removal that reached anything', 0],
  ['choosing between the two', 0.5],
] as const;

describe('supportTree', () => {
  it.each(strategies)('on the whole map, after each removal holds what support recomputed from scratch says (%s)', (_, localShare) => {
    fc.assert(
      fc.property(removals, ({ map, order }) => {
        const index = indexMap(map);
        const tree = supportTree({ ...index, root: baseMask(index) }, index.value, localShare);
        const nodeOf = (i: number) => i;
        check(map, tree, [], nodeOf);
        order.forEach((id, k) => {
          tree.remove(index.indexOf.get(id)!);
          check(map, tree, order.slice(0, k + 1), nodeOf);
        });
      }),
      { numRuns: 300 },
    );
  });

  it.each(strategies)('on the part that hangs on platforms, whose roots have supporters, does the same (%s)', (_, localShare) => {
    fc.assert(
      fc.property(platformRemovals, ({ map, order }) => {
        const index = indexMap(map);
        const graph = platformDependent(index, kindMask(map, index, 'platform'));
        const value = Float64Array.from(graph.node, (i) => index.value[i]!);
        const tree = supportTree(graph, value, localShare);
        const nodeOf = (i: number) => graph.local[i]!;
        check(map, tree, [], nodeOf);
        order.forEach((id, k) => {
          const y = graph.local[index.indexOf.get(id)!]!;
          if (y >= 0) tree.remove(y);
          check(map, tree, order.slice(0, k + 1), nodeOf);
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** Compares the tree with the reference, for the nodes it holds (`nodeOf` gives -1 for the others). */
function check(map: EcoMap, tree: ReturnType<typeof supportTree>, removed: string[], nodeOf: (i: number) => number): void {
  const index = indexMap(map);
  const held = (i: number) => nodeOf(i) >= 0;
  const value = (ids: string[]) => ids.reduce((sum, id) => sum + index.value[index.indexOf.get(id)!]!, 0);
  const supported = referenceSupported(map, removed).filter((id) => held(index.indexOf.get(id)!));
  expect(index.ids.filter((_, i) => held(i) && tree.alive[nodeOf(i)])).toEqual(supported);
  expect(tree.supportedCount()).toBe(supported.length);
  expect(tree.supportedValue()).toBe(value(supported));
  const all = referenceSupported(map, removed);
  for (const id of supported) {
    const after = new Set(referenceSupported(map, [...removed, id]));
    const lost = all.filter((x) => !after.has(x));
    const y = nodeOf(index.indexOf.get(id)!);
    expect([id, tree.heldCount[y], tree.heldValue[y]]).toEqual([id, lost.length, value(lost)]);
  }
}
