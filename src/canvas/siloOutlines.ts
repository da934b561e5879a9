import { lookupOf } from '../model/lookup.ts';
import type { EcoMap } from '../model/types.ts';
import { knockOutOf } from '../store/analysisCache.ts';
import { radiiOf } from '../views/radii.ts';
import { siloLayer } from '../views/siloView.ts';
import type { Silo } from '../views/siloView.ts';
import type { Palette } from '../views/theme.ts';
import { toSvgString } from '../views/toSvgString.ts';
import { isCanvasMap } from './canvasMode.ts';
import type { SiloCanvas } from './siloCanvas.ts';
import { paintParts, siloParts } from './siloPainter.ts';

// The silo outlines' drawing, loaded by siloOverlay when the page is idle or a knock-out first
// needs it: the views and hull geometry stay out of the first load.

/** Where a node is drawn now. */
type Position = (id: string) => { x: number; y: number } | undefined;

/** Beyond this many silos the screen outlines the new ones and the largest only: more is noise. */
export const MOST_SILOS = 60;

/**
 * The silos of the knock-out shown, with every node where it is drawn now. With more than
 * MOST_SILOS, the new silos and then the largest, skipping lone nodes that were always alone.
 */
export function silosNow(map: EcoMap, removed: ReadonlySet<string>, position: Position): Silo[] {
  const result = knockOutOf(map, removed);
  const { nodes } = lookupOf(map);
  const radii = radiiOf(map);
  let chosen = result.components.map((ids, i) => i);
  if (chosen.length > MOST_SILOS) {
    // Components come largest first: new silos first, then the rest in that order.
    const isNew = (i: number) => result.newSilo[i] ?? false;
    chosen = [...chosen.filter(isNew), ...chosen.filter((i) => !isNew(i) && result.components[i]!.length > 1)].slice(0, MOST_SILOS).sort((a, b) => a - b);
  }
  // Plain loops: this runs in the frame that shows a knock-out, and thousands of short-lived
  // arrays there bring the collector into that frame.
  return chosen.map((i) => {
    const nodesOf: Silo['nodes'][number][] = [];
    for (const id of result.components[i]!) {
      const node = nodes.get(id);
      const p = position(id);
      if (node && p) nodesOf.push({ x: p.x, y: p.y, r: radii.get(id) ?? 14, kind: node.kind, value: node.value });
    }
    return { index: i + 1, isNew: result.newSilo[i] ?? false, nodes: nodesOf };
  });
}

/** Outlines the silos of `shown` at the nodes' positions now: on `raster` for a map drawn on canvas, else in `group`. */
export function drawSilos(group: SVGGElement, raster: SiloCanvas, map: EcoMap, shown: ReadonlySet<string>, position: Position, palette: Palette): void {
  const silos = silosNow(map, shown, position);
  const layer = siloLayer(silos, palette, map.unit === undefined ? {} : { unit: map.unit });
  if (isCanvasMap(map.nodes.length)) {
    if (group.firstChild) group.replaceChildren();
    raster.show(raster.measure && siloParts(layer, raster.measure), silos.length, paintParts);
  } else {
    raster.show(null, 0);
    group.innerHTML = toSvgString(layer);
  }
}

/**
 * Outlines, on no screen, the knock-out of the map's first platform a few times: the first
 * knock-out on a large map is then computed and outlined by code the engine has compiled, as
 * resting on a row of the analysis panel would. Nothing is kept (results are cached by the set
 * knocked out, and this one is thrown away).
 */
export function rehearse(raster: SiloCanvas, map: EcoMap, position: Position, palette: Palette): void {
  raster.prepare();
  const platform = map.nodes.find((n) => n.kind === 'platform');
  const scrap = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(16, 16).getContext('2d') : null;
  if (!platform || !scrap) return;
  for (let i = 0; i < REHEARSALS; i++) {
    const silos = silosNow(map, new Set([platform.id]), position);
    const { hulls, labels } = siloParts(siloLayer(silos, palette, map.unit === undefined ? {} : { unit: map.unit }), scrap);
    paintParts(scrap, hulls);
    paintParts(scrap, labels);
  }
}

const REHEARSALS = 3;
