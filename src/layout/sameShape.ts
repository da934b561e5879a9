import type { LayoutGraph } from './graph.ts';

/** True when two graphs would simulate alike: same nodes, sizes, pins, links, mode and layers. */
export function sameShape(a: LayoutGraph, b: LayoutGraph): boolean {
  return (
    a.mode === b.mode &&
    a.locked === b.locked &&
    a.split === b.split &&
    a.ids.length === b.ids.length &&
    a.ids.every((id, i) => id === b.ids[i]) &&
    same(a.radius, b.radius) &&
    same(a.pinned, b.pinned) &&
    same(a.links, b.links) &&
    same(a.supports, b.supports) &&
    same(a.weights, b.weights) &&
    same(a.layers, b.layers)
  );
}

function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
