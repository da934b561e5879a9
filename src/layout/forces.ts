import { forceLink, forceX, forceY } from 'd3-force';
import type { Simulation, SimulationLinkDatum } from 'd3-force';
import type { MapNode } from '../model/types.ts';
import { forceCharge } from './forceCharge.ts';
import { forceCollideEllipse } from './collideEllipse.ts';
import type { CollideNode } from './collideEllipse.ts';

/**
 * The one force configuration: the headless `settle()` and the live engine both call
 * `applyForces`, so a layout settled on screen and one exported from the CLI look alike.
 */
export type LayoutMode = 'force' | 'stack';

/** Vertical distance between stack layers. */
export const LAYER_GAP = 110;
/** Collision footprints are ellipses this many times wider than tall (see `forceCollideEllipse`). */
export const SQUASH = 1.5;

/** Schedule: d3's alpha floor and friction, with a faster decay, tuned in bench/layout.bench.ts. */
export const ALPHA_MIN = 0.001;
export const ALPHA_DECAY = 0.045;
export const VELOCITY_DECAY = 0.4;
/** Alpha after a change to a graph that is already laid out: enough to absorb it, not to scramble. */
export const REHEAT_ALPHA = 0.3;

const LABEL_CHAR = 3.3; // half the width of one 12 px label character
const LABEL_MAX = 28;
const LABEL_DROP = 18; // a label's baseline and descent below the shape
const GAP = 6;

/** A node in the simulation: the engine's own object, never the document's. */
export interface SimNode extends CollideNode {
  readonly id: string;
  layer: number;
}
export interface SimLink extends SimulationLinkDatum<SimNode> {
  supports: boolean;
  weight: number;
}

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

/** The y a stack layer sits at: layer 0 at the bottom (largest y), the stack centred on 0. */
export function layerY(layer: number, topLayer: number): number {
  return (topLayer / 2 - layer) * LAYER_GAP;
}

/** Sets every force of `simulation` for `mode`; nodes carry `r` and `layer`, links their kind. */
export function applyForces(simulation: Simulation<SimNode, SimLink>, links: SimLink[], mode: LayoutMode): void {
  const nodes = simulation.nodes();
  const degree = new Int32Array(nodes.length);
  let topLayer = 0;
  for (const node of nodes) topLayer = Math.max(topLayer, node.layer);
  for (const link of links) {
    degree[index(link.source)]!++;
    degree[index(link.target)]!++;
  }
  const stack = mode === 'stack';
  const node = (end: SimNode | string | number) => nodes[index(end)]!;
  // Stack links keep the layers' distance, so they pull sideways, not the layers together.
  const rise = (l: SimLink) => (stack ? LAYER_GAP * Math.abs(node(l.source).layer - node(l.target).layer) : 0);
  const across = (l: SimLink) => (stack && l.supports ? 30 : 0.6 * (node(l.source).r + node(l.target).r) + 40);

  simulation
    .alphaMin(ALPHA_MIN)
    .alphaDecay(ALPHA_DECAY)
    .velocityDecay(VELOCITY_DECAY)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .distance((l) => Math.hypot(rise(l), across(l)))
        // d3's default strength (1 / the busier end's degree) keeps hubs stable; light links pull less.
        .strength((l) => Math.min(1, Math.sqrt(l.weight)) / Math.max(1, Math.min(degree[index(l.source)]!, degree[index(l.target)]!))),
    )
    .force('charge', forceCharge<SimNode>({ strength: (d) => -5 * (d as SimNode).r, theta: 1.2, distanceMin: 1, distanceMax: 1000 }))
    .force('collide', forceCollideEllipse<SimNode>(SQUASH, 0.8))
    .force('x', forceX<SimNode>(0).strength(stack ? 0.02 : 0.04))
    .force('y', stack ? forceY<SimNode>((d) => layerY(d.layer, topLayer)).strength(0.5) : forceY<SimNode>(0).strength(0.06));
}

function index(end: SimNode | string | number): number {
  return typeof end === 'object' ? end.index! : (end as number);
}
