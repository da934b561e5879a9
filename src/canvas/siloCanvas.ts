import type { SvgElement } from '../views/element.ts';
import type { View } from './canvasRenderer.ts';

type Painter = typeof import('./siloPainter.ts');

/**
 * The silo outlines of a large map, on canvases of their own between the map's picture and its
 * SVG: the same view tree the SVG would hold, painted (renderViewTree), so a knock-out on a
 * map of thousands of nodes adds no elements to lay out and paint. The hulls' canvas blends with
 * the picture beneath (app.css: multiply, screen on dark), so nodes show through as they do
 * above the SVG's hulls; the labels' canvas does not. Redrawn when the parts or the camera
 * change; `data-silos` on the hulls' canvas says how many outlines it shows.
 */
export interface SiloCanvas {
  /** Paints the silo layer (siloLayer's view, in map units) of `silos` outlines; null clears it. */
  show(layer: SvgElement | null, silos: number): void;
  /**
   * Paints `layer` on a scrap canvas, out of sight: run on made-up silos while the page is
   * idle, so the first knock-out is not outlined by code the engine has not compiled yet.
   */
  rehearse(layer: SvgElement): void;
  setView(view: View): void;
  destroy(): void;
}

export function createSiloCanvas(canvas: HTMLCanvasElement, labelCanvas: HTMLCanvasElement): SiloCanvas {
  const ctx = canvas.getContext('2d');
  const labelCtx = labelCanvas.getContext('2d');
  let parts: { hulls: readonly SvgElement[]; labels: readonly SvgElement[] } = NO_PARTS;
  // The painting code comes with the first layer (or rehearsal): small maps never need it.
  let painter: Painter | null = null;
  let loading: Promise<Painter> | null = null;
  let waiting: { layer: SvgElement; silos: number } | null = null;
  const load = (): Promise<Painter> =>
    (loading ??= import('./siloPainter.ts').then((loaded) => {
      painter = loaded;
      if (waiting) show(waiting.layer, waiting.silos);
      waiting = null;
      return loaded;
    }));
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
      if (c.canvas.width !== width || c.canvas.height !== height) {
        c.canvas.width = width;
        c.canvas.height = height;
      }
      c.setTransform(1, 0, 0, 1, 0, 0);
      c.clearRect(0, 0, width, height);
      if (!drawn.length) continue;
      c.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
      painter?.paintParts(c, drawn);
    }
  };
  const shown = () => parts.hulls.length + parts.labels.length > 0;
  function show(layer: SvgElement | null, silos: number): void {
    if (layer && !painter) {
      waiting = { layer, silos };
      void load();
      return;
    }
    waiting = null;
    if (!layer && !shown()) return;
    parts = layer && ctx && painter ? painter.siloParts(layer, ctx) : NO_PARTS;
    canvas.dataset.silos = String(silos);
    // Called from a frame: painted in it.
    cancelAnimationFrame(frame);
    paint();
  }
  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) box = { width: entry.contentRect.width, height: entry.contentRect.height };
    if (shown()) paint();
  });
  resize.observe(canvas);

  return {
    show,
    rehearse(layer) {
      // Sized now, not in a knock-out's frame: a canvas's first drawing at a new size makes its pixels.
      if (!shown()) paint();
      void load().then(({ siloParts, paintParts }) => {
        const scrap = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(16, 16).getContext('2d') : null;
        if (!scrap) return;
        const { hulls, labels } = siloParts(layer, scrap);
        paintParts(scrap, hulls);
        paintParts(scrap, labels);
      });
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

const NO_PARTS = { hulls: [], labels: [] } as const;
