import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { EcoMap } from '../model/types.ts';
import { nodeRadius } from './radius.ts';
import { seededRandom } from './random.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}
export type Positions = ReadonlyMap<string, Point>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

export interface SettleOptions {
  readonly seed?: number;
  readonly ticks?: number;
}

/**
 * Lays the map out headless and deterministically: the same map and seed give the same positions.
 * Pinned nodes stay where they are; nodes with a stored position start from it.
 */
export function settle(map: EcoMap, { seed = 1, ticks = 300 }: SettleOptions = {}): Positions {
  // d3-force mutates what it is given: hand it copies, never the document's objects.
  const maxValue = Math.max(0, ...map.nodes.map((n) => n.value));
  const nodes: SimNode[] = map.nodes.map((n) => ({
    id: n.id,
    r: nodeRadius(n.value, maxValue),
    ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}),
    ...(n.pinned && n.x !== undefined && n.y !== undefined ? { fx: n.x, fy: n.y } : {}),
  }));
  const links: SimulationLinkDatum<SimNode>[] = map.links.map((l) => ({ source: l.source, target: l.target }));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(seed))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((d) => d.id).distance(90).strength(0.5))
    .force('charge', forceManyBody<SimNode>().strength(-420))
    .force('collide', forceCollide<SimNode>((d) => d.r * 1.3 + 18))
    .force('x', forceX<SimNode>(0).strength(0.05))
    .force('y', forceY<SimNode>(0).strength(0.07))
    .stop();
  simulation.tick(ticks);
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
