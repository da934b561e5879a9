import { quadtree } from 'd3-quadtree';
import type { QuadtreeInternalNode, QuadtreeLeaf } from 'd3-quadtree';
import type { SimulationNodeDatum } from 'd3-force';

/** A node as the collision force reads it: `r` is its radius across, in layout units. */
export interface CollideNode extends SimulationNodeDatum {
  r: number;
}

type Quad<N> = (QuadtreeInternalNode<N> | QuadtreeLeaf<N>) & { r?: number };

/**
 * d3's collision force, but for ellipses `squash` times wider than tall: nodes with a label under
 * them, and platforms drawn as wide slabs, need more room across than up and down. It collides
 * circles of radius `r` in a space where y is stretched by `squash`, so one quadtree still serves.
 */
export function forceCollideEllipse<N extends CollideNode>(squash: number, strength = 1) {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  const px = (d: N) => d.x! + d.vx!;
  const py = (d: N) => (d.y! + d.vy!) * squash;

  // One visitor shared by every node, as in d3: no closure allocated per node per tick.
  let node: N;
  let ri = 0;
  let xi = 0;
  let yi = 0;
  function visit(quad: Quad<N>, x0: number, y0: number, x1: number, y1: number): boolean {
    const rj = quad.r ?? 0;
    const reach = ri + rj;
    if (!('data' in quad)) return x0 > xi + reach || x1 < xi - reach || y0 > yi + reach || y1 < yi - reach;
    const other = quad.data;
    if (other.index! <= node.index!) return false;
    let dx = xi - px(other);
    let dy = yi - py(other);
    let l = dx * dx + dy * dy;
    if (l >= reach * reach) return false;
    // Coincident nodes: a seeded nudge, as d3 does, so the same seed gives the same layout.
    if (dx === 0) (dx = (random() - 0.5) * 1e-6), (l += dx * dx);
    if (dy === 0) (dy = (random() - 0.5) * 1e-6), (l += dy * dy);
    l = Math.sqrt(l);
    const push = ((reach - l) / l) * strength;
    const share = (rj * rj) / (ri * ri + rj * rj);
    dx *= push;
    dy *= push / squash;
    node.vx! += dx * share;
    node.vy! += dy * share;
    other.vx! -= dx * (1 - share);
    other.vy! -= dy * (1 - share);
    return false;
  }

  function force(): void {
    const tree = quadtree(nodes, px, py).visitAfter(prepare);
    for (const each of nodes) {
      node = each;
      ri = each.r;
      xi = px(each);
      yi = py(each);
      tree.visit(visit);
    }
  }

  function prepare(quad: Quad<N>): void {
    if ('data' in quad) {
      quad.r = quad.data.r;
      return;
    }
    let r = 0;
    for (let i = 0; i < 4; i++) {
      const child = quad[i] as Quad<N> | undefined;
      if (child && (child.r ?? 0) > r) r = child.r ?? 0;
    }
    quad.r = r;
  }

  force.initialize = (next: N[], source: () => number) => {
    nodes = next;
    random = source;
  };
  return force;
}
