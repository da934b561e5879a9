import type { SvgElement } from '../views/element.ts';
import type { View } from './canvasRenderer.ts';
import type { Context2D } from './renderViewTree.ts';

/** A silo layer cut for canvases: its hulls, and its labels as plain texts (siloPainter). */
export interface SiloParts {
  readonly hulls: readonly SvgElement[];
  readonly labels: readonly SvgElement[];
}

/** Paints parts in map units on a context already set to the camera (siloPainter's paintParts). */
export type PaintParts = (ctx: Context2D, parts: readonly SvgElement[]) => void;

/**
 * The silo outlines of a large map, on canvases of their own between the map's picture and its
 * SVG: the same view tree the SVG would hold, painted (renderViewTree), so a knock-out on a
 * map of thousands of nodes adds no elements to lay out and paint. The hulls' canvas blends with
 * the picture beneath (app.css: multiply, screen on dark), so nodes show through as they do
 * above the SVG's hulls; the labels' canvas does not. Redrawn when the parts or the camera
 * change; `data-silos` on the hulls' canvas says how many outlines it shows. The painting code
 * comes with the parts (siloOutlines loads it), so small maps never load it.
 */
export interface SiloCanvas {
  /** The context label widths are measured with. */
  readonly measure: Context2D | null;
  /** Paints the parts of `silos` outlines now (called from a frame); null clears the canvases. */
  show(parts: SiloParts | null, silos: number, paint?: PaintParts): void;
  /** Gives the canvases their size while the page is idle, not in a knock-out's frame. */
  prepare(): void;
  setView(view: View): void;
  destroy(): void;
}

export function createSiloCanvas(canvas: HTMLCanvasElement, labelCanvas: HTMLCanvasElement): SiloCanvas {
  const ctx = canvas.getContext('2d');
  const labelCtx = labelCanvas.getContext('2d');
  let parts: SiloParts = NO_PARTS;
  let painter: PaintParts | null = null;
  let view: View = { k: 1, x: 0, y: 0 };
  let frame = 0;
  let box = { width: canvas.clientWidth, height: canvas.clientHeight };

  const paint = () => {
    frame = 0;
    const dpr = window.devicePixelRatio || 1;
    // The size the resize observer last saw: reading the element's would force a layout mid-frame.
    const width = Math.round(box.width * dpr);
    const height = Math.round(box.height * dpr);
    for (const [c, drawn] of [[ctx, parts.hulls], [labelCtx, parts.labels]] as const) {
      if (!c) continue;
      // A canvas's first drawing at a new size makes its pixels.
      if (c.canvas.width !== width || c.canvas.height !== height) {
        c.canvas.width = width;
        c.canvas.height = height;
      }
      c.setTransform(1, 0, 0, 1, 0, 0);
      c.clearRect(0, 0, width, height);
      if (!drawn.length || !painter) continue;
      c.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
      painter(c, drawn);
    }
  };
  const shown = () => parts.hulls.length + parts.labels.length > 0;
  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) box = { width: entry.contentRect.width, height: entry.contentRect.height };
    if (shown()) paint();
  });
  resize.observe(canvas);

  return {
    measure: ctx,
    show(next, silos, paintParts) {
      if (!next && !shown()) return;
      parts = next ?? NO_PARTS;
      painter = paintParts ?? painter;
      canvas.dataset.silos = String(silos);
      cancelAnimationFrame(frame);
      paint();
    },
    prepare() {
      if (!shown()) paint();
    },
    setView(next) {
      view = next;
      if (shown() && !frame) frame = requestAnimationFrame(paint);
    },
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
    },
  };
}

const NO_PARTS: SiloParts = { hulls: [], labels: [] };
