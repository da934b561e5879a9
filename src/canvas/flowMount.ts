import { flowOf } from '../store/analysisCache.ts';
import type { Stores } from '../store/context.ts';
import { shownKnockOut } from '../store/uiStore.ts';
import { radiiOf } from '../views/radii.ts';
import type { Palette } from '../views/theme.ts';
import { createFlowLayer } from './flowLayer.ts';
import type { FlowTransform } from './flowLayer.ts';

const FADE_MS = 500;

/**
 * Runs the value-flow particles while the switch is on: the flow of the map and knock-out shown,
 * recomputed when either changes, in the theme's flow colour.
 */
export function mountFlow(canvas: HTMLCanvasElement, { doc, ui, live }: Stores, palette: () => Palette): { setTransform(t: FlowTransform): void; destroy(): void } {
  const layer = createFlowLayer(canvas, { positions: live, palette: palette(), radius: (id) => radiiOf(doc.getState().map).get(id) ?? 14 });
  let on = false;
  // Flow fades in and out (app.css gives the canvas an opacity transition, none for reduced motion).
  let stopping: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const state = ui.getState();
    if (!state.flow) {
      if (on) {
        canvas.style.opacity = '0';
        stopping = setTimeout(() => layer.stop(), FADE_MS);
      }
      on = false;
      return;
    }
    clearTimeout(stopping);
    const map = doc.getState().map;
    layer.setPalette(palette());
    layer.setFlow(map.links, flowOf(map, shownKnockOut(state)).linkFlow);
    if (!on) {
      canvas.style.opacity = '0';
      layer.start();
      requestAnimationFrame(() => (canvas.style.opacity = '1'));
    }
    on = true;
  };
  const offUi = ui.subscribe((s, before) => {
    if (s.flow !== before.flow || s.theme !== before.theme || (s.flow && shownKnockOut(s) !== shownKnockOut(before))) update();
  });
  const offDoc = doc.subscribe((s, before) => s.map !== before.map && ui.getState().flow && update());
  update();
  return {
    setTransform: (t) => layer.setTransform(t),
    destroy() {
      clearTimeout(stopping);
      offUi();
      offDoc();
      layer.destroy();
    },
  };
}
