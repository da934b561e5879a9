import { forceLink, forceX, forceY } from 'd3-force';
import type { Simulation } from 'd3-force';
import { forceCharge } from './forceCharge.ts';
import { forceCollideEllipse } from './collideEllipse.ts';
import { forceLinkAcross } from './forceLinkAcross.ts';
import type { CollideNode } from './collideEllipse.ts';

// The one force configuration: the headless `settle()` and the live engine both call
// `applyForces`, so a layout settled on screen and one exported from the CLI look alike.

export type { LayoutMode } from './footprint.ts';
export { footprintRadius, SQUASH } from './footprint.ts';
import type { LayoutMode } from './footprint.ts';
import { SQUASH } from './footprint.ts';

/** Vertical distance between stack layers. */
export const LAYER_GAP = 110;

/** Schedule: d3's alpha floor and friction, with a faster decay, tuned in bench/layout.bench.ts. */
export const ALPHA_MIN = 0.001;
export const ALPHA_DECAY = 0.045;
export const VELOCITY_DECAY = 0.4;
/** How much of the pull to the centre is left while nodes are knocked out, so pieces part. */
const SPLIT_PULL = 0.3;
/** Alpha after a change to a graph that is already laid out: enough to absorb it, not to scramble. */
export const REHEAT_ALPHA = 0.3;


/** A node in the simulation: the engine's own object, never the document's. */
export interface SimNode extends CollideNode {
  readonly id: string;
  layer: number;
}
/** A link between node indices; d3's link force gets copies it may resolve to objects. */
export interface SimLink {
  readonly source: number;
  readonly target: number;
  readonly supports: boolean;
  readonly weight: number;
}

/** The y a stack layer sits at: layer 0 at the bottom (largest y), the stack centred on 0. */
export function layerY(layer: number, topLayer: number): number {
  return (topLayer / 2 - layer) * LAYER_GAP;
}

/** Sets every force of `simulation` for `mode`; nodes carry `r` and `layer`. */
export function applyForces(simulation: Simulation<SimNode, undefined>, links: readonly SimLink[], mode: LayoutMode, split = false): void {
  const nodes = simulation.nodes();
  const degree = new Int32Array(nodes.length);
  let topLayer = 0;
  for (const node of nodes) topLayer = Math.max(topLayer, node.layer);
  for (const link of links) degree[link.source]!++, degree[link.target]!++;
  const stack = mode === 'stack';
  const apart = (l: SimLink) => 0.6 * (nodes[l.source]!.r + nodes[l.target]!.r) + 40;
  // d3's default strength (1 / the busier end's degree) keeps hubs stable; light links pull less.
  const pull = (l: SimLink) => Math.min(1, Math.sqrt(l.weight)) / Math.max(1, Math.min(degree[l.source]!, degree[l.target]!));
  // In the stack, a supported node sits straight above its supporter; peers stand side by side.
  const across = (l: SimLink) => (l.supports ? 0 : apart(l));

  simulation
    .alphaMin(ALPHA_MIN)
    .alphaDecay(ALPHA_DECAY)
    .velocityDecay(VELOCITY_DECAY)
    .force('link', stack ? forceLinkAcross<SimNode, SimLink>(links, across, pull) : springs(links, apart, pull))
    .force('charge', forceCharge<SimNode>({ strength: (d) => -5 * (d as SimNode).r, theta: 1.2, distanceMin: 1, distanceMax: 1000, vertical: stack ? 0.3 : 1 }))
    .force('collide', forceCollideEllipse<SimNode>(SQUASH, 0.8, stack ? 0 : 1))
    .force('x', forceX<SimNode>(0).strength((stack ? 0.02 : 0.04) * (split ? SPLIT_PULL : 1)))
    .force('y', stack ? forceY<SimNode>((d) => layerY(d.layer, topLayer)).strength(0.7) : forceY<SimNode>(0).strength(0.06 * (split ? SPLIT_PULL : 1)));
}

function springs(links: readonly SimLink[], distance: (l: SimLink) => number, strength: (l: SimLink) => number) {
  const copies = links.map((l) => ({ source: l.source, target: l.target, link: l }));
  type Copy = (typeof copies)[number];
  return forceLink<SimNode, Copy>(copies)
    .distance((c: Copy) => distance(c.link))
    .strength((c: Copy) => strength(c.link));
}
