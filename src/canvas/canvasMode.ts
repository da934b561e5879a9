import type { CanvasRenderer, RendererOptions, View } from './canvasRenderer.ts';

/**
 * Above this many nodes the whole map is drawn on a canvas, moving or at rest, and only the nodes
 * and links someone is working with (selected, focused, under the pointer) are SVG elements.
 * Below it every node is an SVG element: exact, and cheap enough at that size.
 */
export const CANVAS_MAP_NODES = 300;

export const isCanvasMap = (nodeCount: number): boolean => nodeCount > CANVAS_MAP_NODES;

/**
 * The canvas renderer, fetched the first time the open map is large enough to need it: most maps
 * never do, and the first page load does without its code. Until it is there, nothing is drawn
 * and nothing is picked.
 */
export function createCanvasLayer(options: RendererOptions): CanvasRenderer {
  let renderer: CanvasRenderer | null = null;
  let view: View | null = null;
  let loading = false;
  let destroyed = false;
  const needed = () => {
    if (loading || !isCanvasMap(options.stores.doc.getState().map.nodes.length)) return;
    loading = true;
    void import('./canvasRenderer.ts').then(({ createCanvasRenderer }) => {
      if (destroyed) return;
      renderer = createCanvasRenderer(options);
      if (view) renderer.setView(view);
    });
  };
  const off = options.stores.doc.subscribe(needed);
  needed();
  return {
    setView(next) {
      view = next;
      renderer?.setView(next);
    },
    pick: (x, y, slop) => renderer?.pick(x, y, slop) ?? null,
    destroy() {
      destroyed = true;
      off();
      renderer?.destroy();
    },
  };
}
