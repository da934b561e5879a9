import { nodeRadius } from '../layout/radius.ts';
import type { EcoMap } from '../model/types.ts';

const cache = new WeakMap<EcoMap, ReadonlyMap<string, number>>();

/** Every node's drawn radius (size by value, relative to the map's largest value), once per map. */
export function radiiOf(map: EcoMap): ReadonlyMap<string, number> {
  let radii = cache.get(map);
  if (!radii) {
    let maxValue = 0;
    for (const n of map.nodes) if (n.value > maxValue) maxValue = n.value;
    radii = new Map(map.nodes.map((n) => [n.id, nodeRadius(n.value, maxValue)]));
    cache.set(map, radii);
  }
  return radii;
}
