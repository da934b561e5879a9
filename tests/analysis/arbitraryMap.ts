import fc from 'fast-check';
import { mapFrom } from '../../src/model/create.ts';
import type { EcoMap, LinkKind, MapLink, MapNode } from '../../src/model/types.ts';

/** Ids that trip naive code: prototype keys, accents, an astral emoji, a BMP char above the surrogates. */
const ID_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'pay', 'api', '__proto__', 'constructor', 'é', '😀', '！', 'Z'];

/** Small random maps: up to 12 nodes, 30 links, with cycles, parallel links and the odd self-link. */
export const arbitraryMap: fc.Arbitrary<EcoMap> = fc
  .uniqueArray(fc.constantFrom(...ID_POOL), { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      values: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: ids.length, maxLength: ids.length }),
      links: fc.array(
        fc.record({
          s: fc.nat(ids.length - 1),
          t: fc.nat(ids.length - 1),
          kind: fc.constantFrom<LinkKind>('supports', 'supports', 'collaborates'),
          weight: fc.constantFrom(1, 2, 3, 0.1, 0.2, 0.7),
        }),
        { maxLength: 30 },
      ),
    }),
  )
  .map(({ ids, values, links }) => {
    const nodes: MapNode[] = ids.map((id, i) => ({ id, name: id, kind: 'service', value: values[i]! }));
    const mapLinks: MapLink[] = links.map(({ s, t, kind, weight }) => ({ source: ids[s]!, target: ids[t]!, kind, weight }));
    return mapFrom(nodes, mapLinks);
  });

/** A map with its ids and a subset of them to knock out. */
export const arbitraryKnockOut: fc.Arbitrary<{ map: EcoMap; removed: string[] }> = arbitraryMap.chain((map) =>
  fc.record({ map: fc.constant(map), removed: fc.subarray(map.nodes.map((n) => n.id)) }),
);

/** The same map with nodes and links in another order: the permutation of links is returned too. */
export function shuffled(map: EcoMap, seed: number): { map: EcoMap; linkOrder: number[] } {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const linkOrder = shuffle(map.links.map((_, k) => k));
  return { map: { ...map, nodes: shuffle([...map.nodes]), links: linkOrder.map((k) => map.links[k]!) }, linkOrder };
}
