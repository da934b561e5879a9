import { isTypingTarget } from './typingTarget.ts';
import type { Stores } from '../store/context.ts';
import { boundsOf } from '../views/bounds.ts';
import { nextInDirection } from './traverse.ts';
import type { Direction } from './traverse.ts';
import type { ZoomController } from './zoomController.ts';

/** Camera moves and keyboard focus, as commands need them. */
export interface CanvasView {
  center(): { x: number; y: number };
  fit(): void;
  /** Fits the map only when some node is out of sight. */
  fitIfHidden(): void;
  zoomToSelection(): void;
  /** Glides the camera to `camera` over `duration` ms; the canvas's size, to compute one. */
  moveTo(camera: { x: number; y: number; k: number }, duration?: number): void;
  size(): { width: number; height: number };
  relayout(): void;
  focusNode(id: string): void;
  traverse(direction: Direction): void;
}

export function createCanvasView(o: {
  svg: SVGSVGElement;
  stores: Stores;
  zoom: ZoomController;
  nodeElement: (id: string) => SVGGElement | undefined;
  relayout: () => void;
}): CanvasView {
  const { svg, stores, zoom } = o;
  const { ui, live } = stores;
  const placed = (ids?: ReadonlySet<string>) => new Map([...live.snapshot()].filter(([id]) => !ids || ids.has(id)));
  const view: CanvasView = {
    center() {
      const r = svg.getBoundingClientRect();
      return zoom.toMap(r.left + r.width / 2, r.top + r.height / 2);
    },
    fit() {
      const known = new Set(stores.doc.getState().map.nodes.map((n) => n.id));
      zoom.fit(boundsOf(placed(known), 60), 400);
    },
    fitIfHidden() {
      const known = new Set(stores.doc.getState().map.nodes.map((n) => n.id));
      const box = boundsOf(placed(known), 20);
      const r = svg.getBoundingClientRect();
      const a = zoom.toScreen(box.x, box.y);
      const b = zoom.toScreen(box.x + box.width, box.y + box.height);
      if (a.x < r.left || a.y < r.top || b.x > r.right || b.y > r.bottom) view.fit();
    },
    zoomToSelection() {
      const ids = ui.getState().selection.nodes;
      if (ids.size) zoom.fit(boundsOf(placed(ids), 120), 400);
    },
    moveTo: (camera, duration) => zoom.moveTo(camera, duration),
    size: () => zoom.size(),
    relayout: o.relayout,
    focusNode(id) {
      ui.setState({ focused: id });
      // The element becomes tabbable on the next render; focus it then, unless typing went on
      // somewhere meanwhile.
      requestAnimationFrame(() => !isTypingTarget(document.activeElement) && o.nodeElement(id)?.focus({ preventScroll: true }));
    },
    traverse(direction) {
      const { focused, selection, connecting } = ui.getState();
      const from = focused ?? [...selection.nodes][0];
      const known = new Set(stores.doc.getState().map.nodes.map((n) => n.id));
      const candidates = placed(known);
      const start = from ? live.get(from) : undefined;
      const next = start ? nextInDirection(start, direction, [...candidates].filter(([id]) => id !== from)) : [...candidates.keys()][0];
      if (!next) return;
      if (!connecting) ui.setState({ selection: { nodes: new Set([next]), links: new Set() } });
      view.focusNode(next);
    },
  };
  return view;
}
