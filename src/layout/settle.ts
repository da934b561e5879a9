import type { EcoMap } from '../model/types.ts';
import { createLayoutEngine } from './engine.ts';
import type { LayoutMode } from './forces.ts';
import { layoutGraph } from './graph.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}
export type Positions = ReadonlyMap<string, Point>;

export interface SettleOptions {
  readonly seed?: number;
  /** At most this many ticks; by default the simulation runs until it settles, as it does live. */
  readonly ticks?: number;
  readonly mode?: LayoutMode;
}

/** Enough ticks for any schedule in forces.ts to fall below alphaMin from alpha 1. */
const UNTIL_SETTLED = 1000;

/**
 * Lays the map out headless and deterministically: the same map, mode and seed give the same
 * positions. Pinned nodes stay where they are; nodes with a stored position start from it.
 * It runs the live engine's forces, so an exported layout looks like the settled screen.
 */
export function settle(map: EcoMap, { seed = 1, ticks = UNTIL_SETTLED, mode = 'force' }: SettleOptions = {}): Positions {
  const engine = createLayoutEngine({ seed });
  engine.load(layoutGraph(map, { mode }));
  engine.run(ticks);
  const xy = engine.positions(new Float64Array(map.nodes.length * 2));
  const positions = new Map<string, Point>();
  map.nodes.forEach((node, i) => {
    if (!positions.has(node.id)) positions.set(node.id, { x: xy[2 * i]!, y: xy[2 * i + 1]! });
  });
  return positions;
}
