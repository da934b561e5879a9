import { forceSimulation } from 'd3-force';
import { ALPHA_MIN, REHEAT_ALPHA, applyForces } from './forces.ts';
import type { SimLink, SimNode } from './forces.ts';
import type { LayoutGraph } from './graph.ts';
import { placeNodes } from './placement.ts';
import { seededRandom } from './random.ts';
import { sameShape } from './sameShape.ts';

/** What one `step()` produced: positions `[x0, y0, x1, y1, …]` in the loaded `ids` order. */
export interface LayoutFrame {
  readonly alpha: number;
  readonly positions: Float32Array;
  readonly ticks: number;
}

/** A force simulation over plain arrays, the same in a worker, on a timer, or headless. */
export interface LayoutEngine {
  /** Replaces the graph; ids it already had keep their positions, new ones appear by a neighbour. */
  load(graph: LayoutGraph, options?: { seed?: number }): void;
  /** Ticks for about `budgetMs` (at least once unless settled or locked); the newest positions. */
  step(budgetMs: number): LayoutFrame;
  /** Exactly `ticks` ticks, stopping early once settled: the deterministic path `settle()` takes. */
  run(ticks: number): number;
  /** Holds node `i` at (x, y) and keeps the simulation warm while the pointer moves. */
  drag(i: number, x: number, y: number): void;
  /** Ends a drag: the node stays where dropped if `pinned`, else rejoins the simulation. */
  release(i: number, pinned: boolean): void;
  pin(i: number): void;
  unpin(i: number): void;
  reheat(alpha?: number): void;
  /** Writes the positions into `into` (a fresh Float32Array by default) in `ids` order. */
  positions<A extends Float32Array | Float64Array>(into?: A): A | Float32Array;
  readonly ids: readonly string[];
  readonly alpha: number;
  /** True once alpha fell below alphaMin with nothing holding it up, or when locked. */
  readonly settled: boolean;
}

const DRAG_ALPHA = 0.3;
const RELEASE_ALPHA = 0.1;
const RESTORED_ALPHA = 0.01;

/** A layout engine with no graph yet; `seed` fixes every random choice it makes. */
export function createLayoutEngine({ seed = 1 }: { seed?: number } = {}): LayoutEngine {
  let random = seededRandom(seed);
  let graph: LayoutGraph | undefined;
  let nodes: SimNode[] = [];
  let dragging: string | undefined;
  const simulation = forceSimulation<SimNode>([]).randomSource(() => random()).stop();
  const locked = () => graph?.locked ?? true;
  const settled = () => locked() || (simulation.alpha() < ALPHA_MIN && simulation.alphaTarget() < ALPHA_MIN);

  function load(next: LayoutGraph, options: { seed?: number } = {}): void {
    if (options.seed !== undefined) random = seededRandom(options.seed);
    const previous = new Map(nodes.map((node) => [node.id, node]));
    let kept = 0;
    nodes = next.ids.map((id, i) => {
      const old = previous.get(id);
      if (old) kept++;
      const node: SimNode = old ?? { id, x: NaN, y: NaN, vx: 0, vy: 0, r: 0, layer: 0 };
      node.index = i;
      node.r = next.radius[i]!;
      node.layer = next.layers[i]!;
      const stored = Number.isFinite(next.x[i]) && Number.isFinite(next.y[i]);
      // Stored positions rule for new nodes, pinned nodes and a locked map; the rest keep moving.
      if (stored && (!old || next.pinned[i] || next.locked || next.fromStored)) (node.x = next.x[i]!), (node.y = next.y[i]!);
      return node;
    });
    placeNodes(nodes, next.links, next.mode, random);
    nodes.forEach((node, i) => {
      const held = next.pinned[i] || (dragging !== undefined && dragging === next.ids[i]);
      node.fx = held ? node.x : null;
      node.fy = held ? node.y : null;
    });
    const links: SimLink[] = [];
    for (let k = 0; k < next.supports.length; k++) {
      links.push({ source: next.links[2 * k]!, target: next.links[2 * k + 1]!, supports: next.supports[k] === 1, weight: next.weights[k]! });
    }
    simulation.nodes(nodes);
    applyForces(simulation, links, next.mode, next.split);
    // Back from a knock-out: the stored positions were at rest before it, so they need no shaking.
    if (next.fromStored && kept > 0 && graph?.mode === next.mode) simulation.alpha(RESTORED_ALPHA);
    else if (kept === 0 || graph?.mode !== next.mode) simulation.alpha(1);
    else if (!graph || !sameShape(graph, next)) simulation.alpha(Math.max(simulation.alpha(), REHEAT_ALPHA));
    graph = next;
  }

  function run(ticks: number): number {
    let done = 0;
    while (done < ticks && !settled()) {
      simulation.tick();
      done++;
    }
    return done;
  }

  function step(budgetMs: number): LayoutFrame {
    const start = performance.now();
    let ticks = 0;
    let last = 0;
    // Stop before a tick that would overrun the budget, judging by the one before it.
    while (!settled() && (ticks === 0 || performance.now() - start + last <= budgetMs)) {
      const before = performance.now();
      simulation.tick();
      last = performance.now() - before;
      ticks++;
    }
    return { alpha: simulation.alpha(), positions: positions(), ticks };
  }

  function positions<A extends Float32Array | Float64Array>(into?: A): A | Float32Array {
    const out = into ?? new Float32Array(nodes.length * 2);
    nodes.forEach((node, i) => {
      out[2 * i] = node.x!;
      out[2 * i + 1] = node.y!;
    });
    return out;
  }

  const at = (i: number) => nodes[i];
  return {
    load,
    step,
    run,
    drag(i, x, y) {
      const node = at(i);
      if (!node) return;
      dragging = node.id;
      node.fx = node.x = x;
      node.fy = node.y = y;
      if (!locked()) simulation.alphaTarget(DRAG_ALPHA);
    },
    release(i, pinned) {
      const node = at(i);
      dragging = undefined;
      simulation.alphaTarget(0);
      if (!node || pinned) return;
      node.fx = node.fy = null;
      // A drop with no ticks since the grab would otherwise leave the node hanging where it fell.
      if (!locked()) simulation.alpha(Math.max(simulation.alpha(), RELEASE_ALPHA));
    },
    pin(i) {
      const node = at(i);
      if (node) (node.fx = node.x), (node.fy = node.y);
    },
    unpin(i) {
      const node = at(i);
      if (node) node.fx = node.fy = null;
    },
    reheat(alpha = REHEAT_ALPHA) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
    },
    positions,
    get ids() {
      return graph?.ids ?? [];
    },
    get alpha() {
      return simulation.alpha();
    },
    get settled() {
      return settled();
    },
  };
}
