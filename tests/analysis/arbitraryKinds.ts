import fc from 'fast-check';
import type { EcoMap, NodeKind } from '../../src/model/types.ts';
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
