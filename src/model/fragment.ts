import { uniqueId } from './ids.ts';
import type { EcoMap, MapLink, MapNode } from './types.ts';

/** Some nodes and the links among them: what copy, paste and duplicate carry. */
export interface Fragment {
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
}

/** The nodes with these ids and the links whose two ends are among them. */
export function fragmentOf(map: EcoMap, ids: ReadonlySet<string>): Fragment {
  return {
    nodes: map.nodes.filter((n) => ids.has(n.id)),
    links: map.links.filter((l) => ids.has(l.source) && ids.has(l.target)),
  };
}

/**
 * The map with a copy of the fragment added, ids renamed where taken and positions shifted by
 * (dx, dy); also the ids the copies got, in fragment order.
 */
export function insertFragment(map: EcoMap, fragment: Fragment, dx = 0, dy = 0): { map: EcoMap; ids: string[] } {
  if (fragment.nodes.length === 0) return { map, ids: [] };
  const taken = new Set(map.nodes.map((n) => n.id));
  const renamed = new Map<string, string>();
  const nodes = fragment.nodes.map((node) => {
    const id = uniqueId(node.id, taken);
    taken.add(id);
    renamed.set(node.id, id);
    return {
      ...node,
      id,
      ...(node.x !== undefined ? { x: node.x + dx } : {}),
      ...(node.y !== undefined ? { y: node.y + dy } : {}),
    };
  });
  const links = fragment.links.flatMap((l) => {
    const source = renamed.get(l.source);
    const target = renamed.get(l.target);
    if (!source || !target) return [];
    const { id: _id, ...rest } = l;
    return [{ ...rest, source, target }];
  });
  return { map: { ...map, nodes: [...map.nodes, ...nodes], links: [...map.links, ...links] }, ids: nodes.map((n) => n.id) };
}
