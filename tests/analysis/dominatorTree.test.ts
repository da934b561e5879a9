import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knockOut, supportedNodes } from '../../src/analysis/index.ts';
import { dominatorTree } from '../../src/analysis/dominatorTree.ts';
import { indexMap } from '../../src/analysis/graphIndex.ts';
import { removalMask } from '../../src/analysis/removal.ts';
import { baseMask } from '../../src/analysis/support.ts';
import { arbitraryKnockOut } from './arbitraryMap.ts';

describe('dominatorTree', () => {
  it('with nodes removed, strands under each node exactly what knocking it out as well would strand', () => {
    fc.assert(
      fc.property(arbitraryKnockOut, ({ map, removed }) => {
        const index = indexMap(map);
        const inside = removalMask(index, removed).map((gone) => 1 - gone);
        const { reached, pre, vertex, idom } = dominatorTree(index, inside, baseMask(index));
        const below = new Array<number>(reached + 1).fill(0);
        for (let w = reached; w >= 1; w--) {
          expect(idom[w]).toBeLessThan(w);
          below[idom[w]!]! += below[w]! + 1;
        }
        const supported = new Set(supportedNodes(map, removed));
        index.ids.forEach((id, i) => {
          expect(pre[i]! > 0).toBe(supported.has(id));
          if (pre[i]! <= 0) return;
          const lost = supported.size - supportedNodes(map, [...removed, id]).length - 1;
          expect(below[pre[i]!]).toBe(lost);
          expect(vertex[pre[i]!]).toBe(i);
        });
        if (removed.length === 0) {
          const strandedAlone = index.ids.map((id) => (pre[index.indexOf.get(id)!]! > 0 ? knockOut(map, [id]).stranded.length : 0));
          expect(index.ids.map((_, i) => (pre[i]! > 0 ? below[pre[i]!] : 0))).toEqual(strandedAlone);
        }
      }),
      { numRuns: 300 },
    );
  });
});
