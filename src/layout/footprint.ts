import type { MapNode } from '../model/types.ts';

// What the main thread needs to describe nodes to the layout, apart from the forces themselves,
// so the page's first load does not carry the simulation (it runs in a worker).

/** `force`: a free force layout. `stack`: supporters below what they support, base platforms at the bottom. */
export type LayoutMode = 'force' | 'stack';

/** Collision footprints are ellipses this many times wider than tall (see `forceCollideEllipse`). */
export const SQUASH = 1.5;

const LABEL_CHAR = 3.3; // half the width of one 12 px label character
const LABEL_MAX = 28;
const LABEL_DROP = 18; // a label's baseline and descent below the shape
const GAP = 6;

/**
 * Collision radius of a node drawn with radius `r`: platforms are slabs 2.6r × 1.3r, partners
 * diamonds, services circles, each with a label of up to 28 characters underneath.
 */
export function footprintRadius(node: Pick<MapNode, 'kind' | 'name'>, r: number): number {
  const halfWidth = node.kind === 'platform' ? 1.3 * r : node.kind === 'partner' ? 1.15 * r : r;
  const halfHeight = node.kind === 'platform' ? 0.65 * r : halfWidth;
  const label = Math.min(node.name.length, LABEL_MAX) * LABEL_CHAR;
  return Math.max(Math.max(halfWidth, label) + GAP, (halfHeight + LABEL_DROP) * SQUASH);
}

