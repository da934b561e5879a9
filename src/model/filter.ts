import type { EcoMap, NodeKind } from './types.ts';

/** What the user narrowed the map to. Nodes outside it fade; they never vanish. */
export interface Filter {
  readonly query: string;
  readonly kinds: ReadonlySet<NodeKind>;
  readonly tag: string | null;
  readonly owner: string | null;
  /** A node and its neighbours this many hops out, over links of both kinds. */
  readonly focus: { readonly id: string; readonly hops: number } | null;
}

export const NO_FILTER: Filter = { query: '', kinds: new Set(), tag: null, owner: null, focus: null };

export function isFiltering(filter: Filter): boolean {
  return filter.query.trim() !== '' || filter.kinds.size > 0 || filter.tag !== null || filter.owner !== null || filter.focus !== null;
}

/** The ids of the nodes the filter keeps, or null when it keeps every node. */
export function matchingNodes(map: EcoMap, filter: Filter): ReadonlySet<string> | null {
  if (!isFiltering(filter)) return null;
  const query = filter.query.trim().toLowerCase();
  const near = filter.focus ? neighbourhood(map, filter.focus.id, filter.focus.hops) : null;
  const out = new Set<string>();
  for (const n of map.nodes) {
    if (query && !n.name.toLowerCase().includes(query) && !n.id.toLowerCase().includes(query)) continue;
    if (filter.kinds.size && !filter.kinds.has(n.kind)) continue;
    if (filter.tag !== null && !n.tags?.includes(filter.tag)) continue;
    if (filter.owner !== null && n.owner !== filter.owner) continue;
    if (near && !near.has(n.id)) continue;
    out.add(n.id);
  }
  return out;
}

/** `id` and every node within `hops` links of it, links of both kinds, either direction. */
export function neighbourhood(map: EcoMap, id: string, hops: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  for (const l of map.links) {
    (adjacent.get(l.source) ?? adjacent.set(l.source, []).get(l.source)!).push(l.target);
    (adjacent.get(l.target) ?? adjacent.set(l.target, []).get(l.target)!).push(l.source);
  }
  const seen = new Set([id]);
  let frontier = [id];
  for (let h = 0; h < hops && frontier.length; h++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of adjacent.get(n) ?? []) if (!seen.has(m)) { seen.add(m); next.push(m); }
    frontier = next;
  }
  return seen;
}

/** The tags and owners used on the map, sorted, for the filter menus. */
export function facetsOf(map: EcoMap): { tags: string[]; owners: string[] } {
  const tags = new Set<string>();
  const owners = new Set<string>();
  for (const n of map.nodes) {
    for (const t of n.tags ?? []) tags.add(t);
    if (n.owner) owners.add(n.owner);
  }
  return { tags: [...tags].sort(), owners: [...owners].sort() };
}
