import fc from 'fast-check';
import { mapFrom } from '../../src/model/create.ts';
import type { EcoMap, LinkKind, MapLink, MapNode, NodeKind } from '../../src/model/types.ts';
import { arbitraryMap } from './arbitraryMap.ts';

/** The small random maps of `arbitraryMap` with every kind of node, platforms the most common. */
export const arbitraryKindedMap: fc.Arbitrary<EcoMap> = arbitraryMap.chain((map) =>
  fc
    .array(fc.constantFrom<NodeKind>('platform', 'platform', 'service', 'partner'), {
      minLength: map.nodes.length,
      maxLength: map.nodes.length,
    })
    .map((kinds) => ({ ...map, nodes: map.nodes.map((node, i) => ({ ...node, kind: kinds[i]! })) })),
);

/** A map with kinds and a subset of its ids, often several, to knock out. */
export const arbitraryKindedKnockOut: fc.Arbitrary<{ map: EcoMap; removed: string[] }> = arbitraryKindedMap.chain((map) =>
  fc.record({ map: fc.constant(map), removed: fc.subarray(map.nodes.map((n) => n.id)) }),
);

/** `map` with one more link. */
export function withLink(map: EcoMap, source: string, target: string, kind: 'supports' | 'collaborates' = 'supports'): EcoMap {
  return { ...map, links: [...map.links, { source, target, kind, weight: 1 }] };
}

/** The ids of `arbitraryMap`, tricky ones included. */
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'pay', 'api', '__proto__', 'constructor', 'é', '😀', '！', 'Z'];

/**
 * Maps shaped more like real ones, with a knock-out of one to three nodes: 3–12 nodes, about one
 * to two links each, and nine supports links in ten run from an earlier node to a later one, so
 * support mostly layers up and knock-outs strand. Cycles, collaborations and partners still occur.
 */
export const arbitraryLayeredKnockOut: fc.Arbitrary<{ map: EcoMap; removed: string[] }> = fc
  .shuffledSubarray(IDS, { minLength: 3, maxLength: 12 })
  .chain((ids) => {
    const n = ids.length;
    const node = fc.record({ kind: fc.constantFrom<NodeKind>('platform', 'platform', 'service', 'service', 'partner'), value: fc.nat(20) });
    const link = fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), dice: fc.nat(19), weight: fc.constantFrom(1, 2, 0.5) });
    return fc.record({
      ids: fc.constant(ids),
      nodes: fc.array(node, { minLength: n, maxLength: n }),
      links: fc.array(link, { minLength: n - 1, maxLength: 2 * n }),
      removed: fc.shuffledSubarray(ids, { minLength: 1, maxLength: 3 }),
    });
  })
  .map(({ ids, nodes, links, removed }) => {
    const mapNodes: MapNode[] = ids.map((id, i) => ({ id, name: id, ...nodes[i]! }));
    const mapLinks: MapLink[] = links
      .filter(({ a, b }) => a !== b)
      .map(({ a, b, dice, weight }) => {
        const kind: LinkKind = dice < 5 ? 'collaborates' : 'supports';
        // Dice 5–6 keep the drawn direction, so a supports link may run back and close a cycle.
        const [s, t] = kind === 'supports' && dice > 6 && a > b ? [b, a] : [a, b];
        return { source: ids[s]!, target: ids[t]!, kind, weight };
      });
    return { map: mapFrom(mapNodes, mapLinks), removed };
  });
