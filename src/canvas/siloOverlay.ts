import type { Stores } from '../store/context.ts';
import { NONE, shownKnockOut } from '../store/uiStore.ts';
import type { Palette } from '../views/theme.ts';
import { isCanvasMap } from './canvasMode.ts';
import type { SiloCanvas } from './siloCanvas.ts';

type Outlines = typeof import('./siloOutlines.ts');

const REHEARSE_AFTER_MS = 2000;

/**
 * Draws the silo hulls and labels under the map while a knock-out is shown, following the
 * nodes once per animation frame as the pieces drift apart. Draws nothing otherwise. A map
 * drawn on canvas (canvasMode) gets them on `raster`, any other in the SVG `group`.
 */
export function createSiloOverlay(group: SVGGElement, raster: SiloCanvas, { doc, ui, live }: Stores, palette: () => Palette): { redraw(): void; destroy(): void } {
  let frame = 0;
  let drawn = false;
  let outlines: Outlines | null = null;
  let loading: Promise<Outlines> | null = null;
  const load = (): Promise<Outlines> => (loading ??= import('./siloOutlines.ts').then((loaded) => (outlines = loaded)));
  // A big knock-out costs more than a frame to outline: redraw it at most every few frames then.
  let lastDraw = -Infinity;
  let cost = 0;
  const draw = (now: number = performance.now()) => {
    frame = 0;
    const shown = ui.getState().overlays.hulls ? shownKnockOut(ui.getState()) : NONE;
    if (!shown.size) {
      if (drawn) clear();
      drawn = false;
      return;
    }
    if (now - lastDraw < 3 * cost) {
      frame = requestAnimationFrame(draw);
      return;
    }
    if (!outlines) {
      void load().then(schedule);
      return;
    }
    const started = performance.now();
    outlines.drawSilos(group, raster, doc.getState().map, shown, (id) => live.get(id), palette());
    drawn = true;
    lastDraw = now;
    cost = performance.now() - started;
  };
  const clear = () => {
    group.replaceChildren();
    raster.show(null, 0);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  // Loaded once the page is idle, so a knock-out's frame does not wait for it; on a large map
  // rehearsed too, so the first knock-out is outlined by compiled code.
  const rehearsal = setTimeout(() => void load().then(({ rehearse }) => {
    const { map } = doc.getState();
    if (isCanvasMap(map.nodes.length)) rehearse(raster, map, (id) => live.get(id), palette());
  }), REHEARSE_AFTER_MS);
  const offLive = live.subscribe(() => (drawn || shownKnockOut(ui.getState()).size) && schedule());
  const offUi = ui.subscribe((s, before) => {
    if (shownKnockOut(s) === shownKnockOut(before) && s.theme === before.theme && s.overlays === before.overlays) return;
    // Another knock-out is news: outline it on the next frame, whatever the last one cost.
    lastDraw = -Infinity;
    schedule();
  });
  const offDoc = doc.subscribe((s, before) => s.map !== before.map && drawn && schedule());
  schedule();
  return {
    redraw: schedule,
    destroy() {
      clearTimeout(rehearsal);
      offLive();
      offUi();
      offDoc();
      cancelAnimationFrame(frame);
    },
  };
}

