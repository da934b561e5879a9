import type { EcoMap } from '../model/types.ts';
import { knockOutOf } from '../store/analysisCache.ts';
import type { Stores } from '../store/context.ts';
import { NONE, shownKnockOut } from '../store/uiStore.ts';
import { radiiOf } from '../views/radii.ts';
import { siloLayer } from '../views/siloView.ts';
import type { Silo } from '../views/siloView.ts';
import type { Palette } from '../views/theme.ts';
import { toSvgString } from '../views/toSvgString.ts';

/** The silos of the knock-out shown, with every node where it is drawn now. */
export function silosNow(map: EcoMap, removed: ReadonlySet<string>, position: (id: string) => { x: number; y: number } | undefined): Silo[] {
  const result = knockOutOf(map, removed);
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const radii = radiiOf(map);
  return result.components.map((ids, i) => ({
    index: i + 1,
    isNew: result.newSilo[i] ?? false,
    nodes: ids.flatMap((id) => {
      const node = nodes.get(id);
      const p = position(id);
      return node && p ? [{ x: p.x, y: p.y, r: radii.get(id) ?? 14, kind: node.kind, value: node.value }] : [];
    }),
  }));
}

/**
 * Draws the silo hulls and labels under the map while a knock-out is shown, following the
 * nodes once per animation frame as the pieces drift apart. Draws nothing otherwise.
 */
export function createSiloOverlay(group: SVGGElement, { doc, ui, live }: Stores, palette: () => Palette): { redraw(): void; destroy(): void } {
  let frame = 0;
  let drawn = false;
  const draw = () => {
    frame = 0;
    const shown = ui.getState().overlays.hulls ? shownKnockOut(ui.getState()) : NONE;
    if (!shown.size) {
      if (drawn) group.replaceChildren();
      drawn = false;
      return;
    }
    const map = doc.getState().map;
    const silos = silosNow(map, shown, (id) => live.get(id));
    group.innerHTML = toSvgString(siloLayer(silos, palette(), map.unit === undefined ? {} : { unit: map.unit }));
    drawn = true;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const offLive = live.subscribe(() => (drawn || shownKnockOut(ui.getState()).size) && schedule());
  const offUi = ui.subscribe((s, before) => (shownKnockOut(s) !== shownKnockOut(before) || s.theme !== before.theme || s.overlays !== before.overlays) && schedule());
  const offDoc = doc.subscribe((s, before) => s.map !== before.map && drawn && schedule());
  schedule();
  return {
    redraw: schedule,
    destroy() {
      offLive();
      offUi();
      offDoc();
      cancelAnimationFrame(frame);
    },
  };
}
