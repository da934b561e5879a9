import type { NodeKind } from '../model/types.ts';
import { labelOffset } from '../views/nodeShape.ts';

/** What the pointer is over on a map drawn on a canvas: a node (its body or its connect handle), a link, or nothing. */
export type Hit = { readonly node: number; readonly handle: boolean } | { readonly link: number } | null;

/** The nodes and links as hit testing needs them, by index. */
export interface HitScene {
  readonly kinds: readonly NodeKind[];
  readonly radius: Float32Array;
  /** Half the width of each node's label, in map units (an estimate from its length). */
  readonly labelHalf: Float32Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
}

/** Half the width of the wide transparent line that makes a link easy to click (LinkLine's 12). */
const LINK_REACH = 6;
/** The connect handle beside a node (NodeGlyph's circle of radius 6). */
const HANDLE_R = 6;

/**
 * The topmost thing at (x, y) in map units, in the order the SVG stacks them: nodes over links,
 * later over earlier; a node's label and handle count as the node. `slop` widens every target
 * (map units), so nodes a few pixels wide stay easy to point at. `xy` holds positions
 * [x0, y0, …] by index, NaN where a node has none. A scan, not an index: positions change every
 * frame while the layout runs, and a scan of 20,000 nodes takes a fraction of a millisecond.
 */
export function hitAt(scene: HitScene, xy: Float32Array, x: number, y: number, slop: number): Hit {
  const { kinds, radius, labelHalf } = scene;
  for (let i = kinds.length - 1; i >= 0; i--) {
    const dx = x - xy[2 * i]!;
    const dy = y - xy[2 * i + 1]!;
    if (!(Math.abs(dx) < 400 && Math.abs(dy) < 400)) continue;
    const kind = kinds[i]!;
    const r = radius[i]!;
    const ax = Math.abs(dx);
    const ay = Math.abs(dy);
    const body = kind === 'platform' ? ax <= 1.3 * r + slop && ay <= 0.65 * r + slop : kind === 'service' ? Math.hypot(dx, dy) <= r + slop : ax + ay <= 1.15 * r + slop;
    if (body) return { node: i, handle: false };
    const hx = (kind === 'platform' ? 1.3 * r : 1.15 * r) + 8;
    if (Math.hypot(dx - hx, dy) <= HANDLE_R + slop) return { node: i, handle: true };
    const base = labelOffset(kind, r);
    if (ax <= labelHalf[i]! + slop && dy >= base - 11 - slop && dy <= base + 3 + slop) return { node: i, handle: false };
  }
  const reach = LINK_REACH + slop;
  const { source, target } = scene;
  for (let k = source.length - 1; k >= 0; k--) {
    const s = source[k]!;
    const t = target[k]!;
    if (distanceToSegment(x, y, xy[2 * s]!, xy[2 * s + 1]!, xy[2 * t]!, xy[2 * t + 1]!) <= reach) return { link: k };
  }
  return null;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  return Number.isNaN(d) ? Infinity : d;
}

/** About half the width of a 12px label of `chars` characters, in map units. */
export function labelHalfWidth(chars: number): number {
  return 3.4 * Math.min(chars, 28);
}
