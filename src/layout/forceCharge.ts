import type { SimulationNodeDatum } from 'd3-force';
import { buildQuadtree, createQuadtree } from './quadtree.ts';

export interface ChargeOptions {
  /** Per node; negative repels. */
  readonly strength: (node: SimulationNodeDatum, i: number) => number;
  readonly theta: number;
  readonly distanceMin: number;
  readonly distanceMax: number;
  /** Share of the push applied up and down: below 1 where another force owns y (stack layers). */
  readonly vertical?: number;
}

/**
 * d3's many-body force (Barnes–Hut, same approximation and constants) over a flat quadtree:
 * the same pictures at a fraction of the cost per tick, which is what lets a 1,000-node map
 * settle within the frame budget of a worker.
 */
export function forceCharge<N extends SimulationNodeDatum>({ strength, theta, distanceMin, distanceMax, vertical = 1 }: ChargeOptions) {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let charge = new Float64Array(0);
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let weight = new Float64Array(0);
  let cx = new Float64Array(0);
  let cy = new Float64Array(0);
  let stack = new Int32Array(0);
  const tree = createQuadtree();
  const theta2 = theta * theta;
  const min2 = distanceMin * distanceMin;
  const max2 = distanceMax * distanceMax;
  const jiggle = () => (random() - 0.5) * 1e-6;

  function force(alpha: number): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) (xs[i] = nodes[i]!.x!), (ys[i] = nodes[i]!.y!);
    buildQuadtree(tree, xs, ys, n);
    const { count, child, point, next, size } = tree;
    if (weight.length < count) (weight = new Float64Array(count * 2)), (cx = new Float64Array(count * 2)), (cy = new Float64Array(count * 2));
    if (stack.length < count * 4) stack = new Int32Array(count * 8);
    // Children come after parents, so a backwards pass sums each cell's charge and its centre.
    for (let c = count - 1; c >= 0; c--) {
      let w = 0, sx = 0, sy = 0, abs = 0;
      if (point[c]! >= 0) {
        for (let p = point[c]!; p !== -1; p = next[p]!) w += charge[p]!;
        const p = point[c]!;
        (sx = xs[p]!), (sy = ys[p]!), (abs = 1);
      } else {
        for (let q = 0; q < 4; q++) {
          const k = child[4 * c + q]!;
          if (k === -1) continue;
          const a = Math.abs(weight[k]!);
          (w += weight[k]!), (abs += a), (sx += a * cx[k]!), (sy += a * cy[k]!);
        }
        if (abs > 0) (sx /= abs), (sy /= abs);
      }
      (weight[c] = w), (cx[c] = sx), (cy[c] = sy);
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const xi = xs[i]!, yi = ys[i]!;
      let vx = 0, vy = 0, top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        if (weight[c] === 0) continue;
        let dx = cx[c]! - xi, dy = cy[c]! - yi, l = dx * dx + dy * dy;
        const w = size[c]!;
        const leaf = point[c]! >= 0;
        if (w * w / theta2 < l) {
          if (l < max2) {
            if (dx === 0) (dx = jiggle()), (l += dx * dx);
            if (dy === 0) (dy = jiggle()), (l += dy * dy);
            if (l < min2) l = Math.sqrt(min2 * l);
            (vx += (dx * weight[c]! * alpha) / l), (vy += (dy * weight[c]! * alpha) / l);
          }
          continue;
        }
        if (!leaf) {
          for (let q = 0; q < 4; q++) if (child[4 * c + q] !== -1) stack[top++] = child[4 * c + q]!;
          continue;
        }
        if (l >= max2) continue;
        if (point[c] !== i || next[i] !== -1) {
          if (dx === 0) (dx = jiggle()), (l += dx * dx);
          if (dy === 0) (dy = jiggle()), (l += dy * dy);
          if (l < min2) l = Math.sqrt(min2 * l);
        }
        for (let p = point[c]!; p !== -1; p = next[p]!) {
          if (p !== i) (vx += (dx * charge[p]! * alpha) / l), (vy += (dy * charge[p]! * alpha) / l);
        }
      }
      node.vx! += vx;
      node.vy! += vy * vertical;
    }
  }

  force.initialize = (next: N[], source: () => number) => {
    nodes = next;
    random = source;
    charge = Float64Array.from(nodes, (node, i) => strength(node, i));
    xs = new Float64Array(nodes.length);
    ys = new Float64Array(nodes.length);
  };
  return force;
}
