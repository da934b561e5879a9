import { canvasParts } from '../io/export/canvasTree.ts';
import { el } from '../views/element.ts';
import type { SvgElement } from '../views/element.ts';
import type { View } from './canvasRenderer.ts';
import { drawViewTree, FONT_FAMILY } from './renderViewTree.ts';

/**
 * The silo outlines of a large map, on a canvas of their own between the map's picture and its
 * SVG: the same view tree the SVG would hold, painted (renderViewTree), so a knock-out on a
 * map of thousands of nodes adds no elements to lay out and paint. Redrawn when the parts or
 * the camera change; `data-silos` says how many outlines it shows.
 */
export interface SiloCanvas {
  /** Paints the silo layer (siloLayer's view, in map units) of `silos` outlines; null clears it. */
  show(layer: SvgElement | null, silos: number): void;
  setView(view: View): void;
  destroy(): void;
}

export function createSiloCanvas(canvas: HTMLCanvasElement): SiloCanvas {
  const ctx = canvas.getContext('2d');
  let parts: readonly SvgElement[] = [];
  let view: View = { k: 1, x: 0, y: 0 };
  let frame = 0;

  const paint = () => {
    frame = 0;
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const width = Math.round(canvas.clientWidth * dpr);
    const height = Math.round(canvas.clientHeight * dpr);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!parts.length) return;
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    for (const part of parts) drawViewTree(ctx, part);
  };
  const resize = new ResizeObserver(() => parts.length && paint());
  resize.observe(canvas);

  return {
    show(layer, silos) {
      if (!layer && !parts.length) return;
      // Labels of styled runs become plain texts placed by measured widths, as a PNG export's.
      parts = layer && ctx ? canvasParts(el('svg', {}, [layer]), (text, size, weight) => ((ctx.font = `${weight} ${size}px ${FONT_FAMILY}`), ctx.measureText(text).width)) : [];
      canvas.dataset.silos = String(silos);
      // Called from a frame: painted in it.
      cancelAnimationFrame(frame);
      paint();
    },
    setView(next) {
      view = next;
      if (parts.length && !frame) frame = requestAnimationFrame(paint);
    },
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
    },
  };
}
