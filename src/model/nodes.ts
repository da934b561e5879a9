import type { EcoMap, MapNode } from './types.ts';

export type NodePatch = Partial<Omit<MapNode, 'id'>>;

/** The map with `node` added at the end; the same map when its id is taken. */
export function addNode(map: EcoMap, node: MapNode): EcoMap {
  if (map.nodes.some((n) => n.id === node.id)) return map;
  return { ...map, nodes: [...map.nodes, node] };
}

/** The map with the patch applied to each node it names; unchanged fields keep their objects. */
export function updateNodes(map: EcoMap, patches: ReadonlyMap<string, NodePatch>): EcoMap {
  let changed = false;
  const nodes = map.nodes.map((node) => {
    const patch = patches.get(node.id);
    if (!patch) return node;
    const next = withPatch(node, patch);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...map, nodes } : map;
}

/** One node patched; `undefined` in the patch removes an optional field. */
export function updateNode(map: EcoMap, id: string, patch: NodePatch): EcoMap {
  return updateNodes(map, new Map([[id, patch]]));
}

function withPatch(node: MapNode, patch: NodePatch): MapNode {
  const entries = Object.entries(patch) as [keyof MapNode, unknown][];
  if (entries.every(([key, value]) => sameValue(node[key], value))) return node;
  const next: Record<string, unknown> = { ...node };
  for (const [key, value] of entries) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  if (next.kind !== 'partner') delete next.scope;
  return next as unknown as MapNode;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The map without the given nodes and every link that touches them. */
export function removeNodes(map: EcoMap, ids: ReadonlySet<string>): EcoMap {
  if (!map.nodes.some((n) => ids.has(n.id))) return map;
  return {
    ...map,
    nodes: map.nodes.filter((n) => !ids.has(n.id)),
    links: map.links.filter((l) => !ids.has(l.source) && !ids.has(l.target)),
  };
}

/** The map with the given nodes moved by (dx, dy); nodes with no position yet are left alone. */
export function moveNodes(map: EcoMap, ids: ReadonlySet<string>, dx: number, dy: number): EcoMap {
  if ((dx === 0 && dy === 0) || ids.size === 0) return map;
  const patches = new Map<string, NodePatch>();
  for (const n of map.nodes) if (ids.has(n.id) && n.x !== undefined && n.y !== undefined) patches.set(n.id, { x: n.x + dx, y: n.y + dy });
  return updateNodes(map, patches);
}

/** The node with this id, if any. */
export function nodeById(map: EcoMap, id: string): MapNode | undefined {
  return map.nodes.find((n) => n.id === id);
}

/** The map with nodes placed at the given points, pinned there when `pin` says so. */
export function placeNodes(map: EcoMap, points: ReadonlyMap<string, { x: number; y: number }>, pin?: boolean): EcoMap {
  const patches = new Map<string, NodePatch>();
  for (const [id, p] of points) {
    patches.set(id, { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10, ...(pin === undefined ? {} : { pinned: pin || undefined }) });
  }
  return updateNodes(map, patches);
}
