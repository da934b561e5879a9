import type { SvgElement } from '../views/element.ts';
import type { View } from './canvasRenderer.ts';

type Painter = typeof import('./siloPainter.ts');

/**
 * The silo outlines of a large map, on a canvas of their own between the map's picture and its
 * SVG: the same view tree the SVG would hold, painted (renderViewTree), so a knock-out on a
 * map of thousands of nodes adds no elements to lay out and paint. Redrawn when the parts or
 * the camera change; `data-silos` says how many outlines it shows.
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

export function createSiloCanvas(canvas: HTMLCanvasElement): SiloCanvas {
  const ctx = canvas.getContext('2d');
  let parts: readonly SvgElement[] = [];
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
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    // The size the resize observer last saw: reading the element's would force a layout mid-frame.
    const width = Math.round(box.width * dpr);
    const height = Math.round(box.height * dpr);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!parts.length) return;
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    painter?.paintParts(ctx, parts);
  };
  function show(layer: SvgElement | null, silos: number): void {
    if (layer && !painter) {
      waiting = { layer, silos };
      void load();
      return;
    }
    waiting = null;
    if (!layer && !parts.length) return;
    parts = layer && ctx && painter ? painter.siloParts(layer, ctx) : [];
    canvas.dataset.silos = String(silos);
    // Called from a frame: painted in it.
    cancelAnimationFrame(frame);
    paint();
  }
  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) box = { width: entry.contentRect.width, height: entry.contentRect.height };
    if (parts.length) paint();
  });
  resize.observe(canvas);

  return {
    show,
    rehearse(layer) {
      void load().then(({ siloParts, paintParts }) => {
        const scrap = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(16, 16).getContext('2d') : null;
        if (scrap) paintParts(scrap, siloParts(layer, scrap));
      });
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
