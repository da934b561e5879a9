import { linkKey } from './links.ts';
import type { EcoMap, MapLink, MapNode } from './types.ts';

interface Lookup {
  readonly nodes: ReadonlyMap<string, MapNode>;
  readonly links: ReadonlyMap<string, MapLink>;
  readonly nodeIds: readonly string[];
  readonly linkKeys: readonly string[];
}

const cache = new WeakMap<EcoMap, Lookup>();

/**
 * Nodes by id and links by key, built once per map object, so each drawn node can find itself in
 * constant time and the list of ids keeps its identity until the map's structure changes.
 */
export function lookupOf(map: EcoMap): Lookup {
  let lookup = cache.get(map);
  if (!lookup) {
    const nodes = new Map(map.nodes.map((n) => [n.id, n]));
    const links = new Map(map.links.map((l) => [linkKey(l), l]));
    lookup = { nodes, links, nodeIds: [...nodes.keys()], linkKeys: [...links.keys()] };
    cache.set(map, lookup);
  }
  return lookup;
}
