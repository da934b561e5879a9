import type { CanvasRenderer, RendererOptions, View } from './canvasRenderer.ts';

/**
 * Above this many nodes the whole map is drawn on a canvas, moving or at rest, and only the nodes
 * and links someone is working with (selected, focused, under the pointer) are SVG elements.
 * Below it every node is an SVG element: exact, and cheap enough at that size.
 */
export const CANVAS_MAP_NODES = 300;

export const isCanvasMap = (nodeCount: number): boolean => nodeCount > CANVAS_MAP_NODES;

let renderer: Promise<typeof import('./canvasRenderer.ts')> | null = null;

/** Fetches the canvas renderer's code (once): main.tsx asks for it while the stored map is read. */
export function loadCanvasRenderer(): Promise<typeof import('./canvasRenderer.ts')> {
  return (renderer ??= import('./canvasRenderer.ts'));
}

/**
 * The canvas renderer, made the first time the open map is large enough to need it: its code is
 * not part of the first download. Until it is there, nothing is drawn and nothing is picked.
 */
export function createCanvasLayer(options: RendererOptions): CanvasRenderer {
  let layer: CanvasRenderer | null = null;
  let view: View | null = null;
  let loading = false;
  let destroyed = false;
  const needed = () => {
    if (loading || !isCanvasMap(options.stores.doc.getState().map.nodes.length)) return;
    loading = true;
    void loadCanvasRenderer().then(({ createCanvasRenderer }) => {
      if (destroyed) return;
      layer = createCanvasRenderer(options);
      if (view) layer.setView(view);
    });
  };
  const off = options.stores.doc.subscribe(needed);
  needed();
  return {
    setView(next) {
      view = next;
      layer?.setView(next);
    },
    pick: (x, y, slop) => layer?.pick(x, y, slop) ?? null,
    destroy() {
      destroyed = true;
      off();
      layer?.destroy();
    },
  };
}
