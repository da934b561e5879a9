import { createLayoutEngine } from '../../layout/engine.ts';
import type { LayoutMode } from '../../layout/forces.ts';
import { layoutGraph } from '../../layout/graph.ts';
import type { Point, Positions } from '../../layout/settle.ts';
import type { EcoMap } from '../../model/types.ts';

export interface ExportLayoutOptions {
  readonly seed?: number;
  readonly mode?: LayoutMode;
  /** Knocked-out nodes: the map settles whole, then the pieces drift apart as on screen. */
  readonly removed?: ReadonlySet<string>;
}

/** Enough ticks for any schedule in forces.ts to fall below alphaMin from alpha 1 (as settle). */
const UNTIL_SETTLED = 1000;
/** How hard the layout is shaken when nodes are knocked out, as the screen does. */
const KNOCK_OUT_ALPHA = 0.6;

/**
 * Positions for a file made without a screen (CLI, tests): the map laid out headless and seeded,
 * so the same map and options give the same picture. With `removed`, the map first settles whole,
 * then its knocked-out nodes hold still as ghosts while the remaining pieces drift apart.
 */
export function settleForExport(map: EcoMap, { seed = 1, mode = 'force', removed }: ExportLayoutOptions = {}): Positions {
  const engine = createLayoutEngine({ seed });
  engine.load(layoutGraph(map, { mode }));
  engine.run(UNTIL_SETTLED);
  if (removed?.size) {
    engine.load(layoutGraph(map, { mode, removed }));
    engine.reheat(KNOCK_OUT_ALPHA);
    engine.run(UNTIL_SETTLED);
  }
  const xy = engine.positions(new Float64Array(map.nodes.length * 2));
  const positions = new Map<string, Point>();
  map.nodes.forEach((node, i) => {
    if (!positions.has(node.id)) positions.set(node.id, { x: xy[2 * i]!, y: xy[2 * i + 1]! });
  });
  return positions;
}
