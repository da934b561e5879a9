import type { SimulationNodeDatum } from 'd3-force';
import { buildQuadtree, createQuadtree } from './quadtree.ts';

/** A node as the collision force reads it: `r` is its radius across, in layout units. */
export interface CollideNode extends SimulationNodeDatum {
  r: number;
}

/**
 * d3's collision force, but for ellipses `squash` times wider than tall: nodes with a label under
 * them, and platforms drawn as wide slabs, need more room across than up and down. It collides
 * circles of radius `r` in a space where y is stretched by `squash`, so one quadtree still serves.
 * `vertical` < 1 resolves overlaps mostly sideways, for when another force owns y (stack layers):
 * collision ignores alpha, so at the end of a run it would otherwise win over the layers.
 */
export function forceCollideEllipse<N extends CollideNode>(squash: number, strength = 1, vertical = 1) {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);
  let radius = new Float64Array(0);
  let reachOf = new Float64Array(0);
  let stack = new Int32Array(0);
  const tree = createQuadtree();
  const jiggle = () => (random() - 0.5) * 1e-6;

  function force(): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      (px[i] = node.x!), (py[i] = node.y! * squash);
      (vx[i] = node.vx!), (vy[i] = node.vy! * squash);
      (xs[i] = px[i]! + vx[i]!), (ys[i] = py[i]! + vy[i]!);
    }
    buildQuadtree(tree, xs, ys, n);
    const { count, child, point, next, left, top: topOf, size } = tree;
    if (reachOf.length < count) reachOf = new Float64Array(count * 2);
    if (stack.length < count * 4) stack = new Int32Array(count * 8);
    // The largest radius under each cell, children before parents.
    for (let c = count - 1; c >= 0; c--) {
      let r = 0;
      if (point[c]! >= 0) for (let p = point[c]!; p !== -1; p = next[p]!) r = Math.max(r, radius[p]!);
      else for (let q = 0; q < 4; q++) if (child[4 * c + q] !== -1) r = Math.max(r, reachOf[child[4 * c + q]!]!);
      reachOf[c] = r;
    }
    for (let i = 0; i < n; i++) {
      const ri = radius[i]!;
      // Where this node is headed as its turn starts, as in d3; the others are read live.
      const xi = px[i]! + vx[i]!, yi = py[i]! + vy[i]!;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const reach = ri + reachOf[c]!;
        const x0 = left[c]!, y0 = topOf[c]!, w = size[c]!;
        if (x0 > xi + reach || x0 + w < xi - reach || y0 > yi + reach || y0 + w < yi - reach) continue;
        if (point[c]! < 0) {
          for (let q = 0; q < 4; q++) if (child[4 * c + q] !== -1) stack[top++] = child[4 * c + q]!;
          continue;
        }
        for (let j = point[c]!; j !== -1; j = next[j]!) if (j > i) separate(i, j, xi, yi, ri);
      }
    }
    for (let i = 0; i < n; i++) (nodes[i]!.vx = vx[i]!), (nodes[i]!.vy = vy[i]! / squash);
  }

  // Each pair once (j > i), pushed apart in proportion to the other's area, as d3 does.
  function separate(i: number, j: number, xi: number, yi: number, ri: number): void {
    const rj = radius[j]!;
    const reach = ri + rj;
    let dx = xi - px[j]! - vx[j]!;
    let dy = yi - py[j]! - vy[j]!;
    let l = dx * dx + dy * dy;
    if (l >= reach * reach) return;
    if (dx === 0) (dx = jiggle()), (l += dx * dx);
    if (dy === 0) (dy = jiggle()), (l += dy * dy);
    l = Math.sqrt(l);
    const push = ((reach - l) / l) * strength;
    const share = (rj * rj) / (ri * ri + rj * rj);
    vx[i]! += dx * push * share;
    vy[i]! += dy * push * share * vertical;
    vx[j]! -= dx * push * (1 - share);
    vy[j]! -= dy * push * (1 - share) * vertical;
  }

  force.initialize = (next: N[], source: () => number) => {
    nodes = next;
    random = source;
    const n = nodes.length;
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    px = new Float64Array(n);
    py = new Float64Array(n);
    vx = new Float64Array(n);
    vy = new Float64Array(n);
    radius = Float64Array.from(nodes, (node) => node.r);
  };
  return force;
}
