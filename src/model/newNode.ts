import { slugOf, uniqueId } from './ids.ts';
import type { EcoMap, MapNode, NodeKind } from './types.ts';

const KIND_NAMES: Record<NodeKind, string> = { platform: 'New platform', service: 'New service', partner: 'New partner' };

/** A fresh node of `kind` at a point, with an id and name that the map does not use yet. */
export function newNode(map: EcoMap, kind: NodeKind, at: { x: number; y: number }): MapNode {
  const names = new Set(map.nodes.map((n) => n.name));
  let name = KIND_NAMES[kind];
  for (let i = 2; names.has(name); i++) name = `${KIND_NAMES[kind]} ${i}`;
  const id = uniqueId(slugOf(name), new Set(map.nodes.map((n) => n.id)));
  return { id, kind, name, value: 0, x: Math.round(at.x), y: Math.round(at.y), ...(kind === 'partner' ? { scope: 'internal' as const } : {}) };
}
