import { connectNodes, dropNodes } from '../store/actions.ts';
import type { Stores } from '../store/context.ts';
import { EMPTY_SELECTION, select } from '../store/uiStore.ts';
import type { ZoomController } from './zoomController.ts';

export interface LayoutHandle {
  drag(id: string, x: number, y: number): void;
  release(id: string, pinned: boolean): void;
}

export interface CanvasEvents {
  /** The user asked for a menu here; `on` says what was under the pointer. */
  onContextMenu(at: { clientX: number; clientY: number; on: 'node' | 'link' | 'canvas' }): void;
  /** Double-click on empty canvas: add a node at this map point. */
  onAddAt(point: { x: number; y: number }, client: { x: number; y: number }): void;
}

interface Options extends CanvasEvents {
  readonly svg: SVGSVGElement;
  readonly stores: Stores;
  readonly zoom: ZoomController;
  readonly layout: () => LayoutHandle | null;
  /** Draws the line that follows the pointer while connecting, or hides it with null. */
  readonly preview: (line: { x1: number; y1: number; x2: number; y2: number } | null) => void;
  /** Draws the rubber band (client pixels), or hides it with null. */
  readonly band: (rect: { x: number; y: number; width: number; height: number } | null) => void;
}

const CLICK_SLOP = 4;

/**
 * Pointer gestures on the map: select, drag nodes, connect from a handle, rubber-band select,
 * double-click to add or rename, context menu. Panning and zooming belong to d3-zoom.
 */
export function createPointerController(o: Options): { destroy(): void } {
  const { svg, stores, zoom } = o;
  const { ui, live } = stores;
  let gesture: ((e: PointerEvent, end: boolean) => void) | null = null;
  // With the pointer captured, the click after a gesture lands on the canvas itself: it is not a
  // click on empty space, and must not clear what the gesture selected.
  let gestureJustEnded = false;

  const nodeAt = (target: EventTarget | null) => (target as Element | null)?.closest?.('[data-id]')?.getAttribute('data-id') ?? null;
  const linkAt = (target: EventTarget | null) => (target as Element | null)?.closest?.('[data-link]')?.getAttribute('data-link') ?? null;

  function startNodeDrag(e: PointerEvent, id: string) {
    const { selection, connecting } = ui.getState();
    const moving = selection.nodes.has(id) ? [...selection.nodes] : [id];
    const start = zoom.toMap(e.clientX, e.clientY);
    const origins = new Map(moving.flatMap((m) => { const p = live.get(m); return p ? [[m, p] as const] : []; }));
    let dragging = false;
    gesture = (ev, end) => {
      const moved = Math.hypot(ev.clientX - e.clientX, ev.clientY - e.clientY) > CLICK_SLOP;
      if (!dragging && moved && !connecting) dragging = true;
      const now = zoom.toMap(ev.clientX, ev.clientY);
      const points = new Map([...origins].map(([m, p]) => [m, { x: p.x + now.x - start.x, y: p.y + now.y - start.y }]));
      if (dragging) {
        live.setSome(points);
        for (const [m, p] of points) o.layout()?.drag(m, p.x, p.y);
      }
      if (!end) return;
      if (dragging) {
        dropNodes(stores, points);
        for (const m of points.keys()) o.layout()?.release(m, true);
      } else if (connecting) {
        connectNodes(stores, connecting, id);
      } else if (ev.shiftKey) {
        const nodes = new Set(selection.nodes);
        if (nodes.has(id)) nodes.delete(id);
        else nodes.add(id);
        ui.setState({ selection: { nodes, links: selection.links }, focused: id });
      } else {
        select(ui, [id]);
        ui.setState({ focused: id });
      }
    };
  }

  function startConnect(e: PointerEvent, source: string) {
    const from = live.get(source);
    gesture = (ev, end) => {
      const to = zoom.toMap(ev.clientX, ev.clientY);
      if (from) o.preview({ x1: from.x, y1: from.y, x2: to.x, y2: to.y });
      if (!end) return;
      o.preview(null);
      const target = nodeAt(document.elementFromPoint(ev.clientX, ev.clientY));
      if (target && target !== source) connectNodes(stores, source, target);
    };
    if (from) o.preview({ x1: from.x, y1: from.y, x2: from.x, y2: from.y });
  }

  function startBand(e: PointerEvent) {
    gesture = (ev, end) => {
      const x = Math.min(e.clientX, ev.clientX);
      const y = Math.min(e.clientY, ev.clientY);
      const rect = { x, y, width: Math.abs(ev.clientX - e.clientX), height: Math.abs(ev.clientY - e.clientY) };
      o.band(end ? null : rect);
      if (!end) return;
      const a = zoom.toMap(rect.x, rect.y);
      const b = zoom.toMap(rect.x + rect.width, rect.y + rect.height);
      const inside = [...live.snapshot()].filter(([, p]) => p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y).map(([id]) => id);
      const ids = stores.doc.getState().map.nodes.map((n) => n.id);
      const known = new Set(ids);
      const current = ui.getState().selection.nodes;
      select(ui, [...current, ...inside.filter((id) => known.has(id))]);
    };
  }

  const onPointerDown = (e: PointerEvent) => {
    gestureJustEnded = false;
    if (e.button !== 0) return;
    const handle = (e.target as Element).closest?.('[data-handle]')?.getAttribute('data-handle');
    const node = nodeAt(e.target);
    if (handle) startConnect(e, handle);
    else if (node) startNodeDrag(e, node);
    else if (!linkAt(e.target) && e.shiftKey) startBand(e);
    else return;
    svg.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent) => gesture?.(e, false);
  const onPointerUp = (e: PointerEvent) => {
    const g = gesture;
    gesture = null;
    gestureJustEnded = g !== null;
    g?.(e, true);
  };
  const onClick = (e: MouseEvent) => {
    if (gestureJustEnded) {
      gestureJustEnded = false;
      return;
    }
    if (nodeAt(e.target) || (e.target as Element).closest?.('[data-handle]')) return;
    const link = linkAt(e.target);
    if (link) {
      const { selection } = ui.getState();
      if (e.shiftKey) {
        const links = new Set(selection.links);
        if (links.has(link)) links.delete(link);
        else links.add(link);
        ui.setState({ selection: { nodes: selection.nodes, links } });
      } else select(ui, [], [link]);
    } else if (!e.shiftKey) ui.setState({ selection: EMPTY_SELECTION, connecting: null });
  };
  const onDoubleClick = (e: MouseEvent) => {
    const node = nodeAt(e.target);
    if (node) {
      select(ui, [node]);
      ui.setState({ renaming: node });
    } else if (!linkAt(e.target)) o.onAddAt(zoom.toMap(e.clientX, e.clientY), { x: e.clientX, y: e.clientY });
  };
  const onContextMenu = (e: MouseEvent) => {
    e.preventDefault();
    const node = nodeAt(e.target);
    const link = linkAt(e.target);
    const { selection } = ui.getState();
    if (node && !selection.nodes.has(node)) select(ui, [node]);
    if (link && !selection.links.has(link)) select(ui, [], [link]);
    o.onContextMenu({ clientX: e.clientX, clientY: e.clientY, on: node ? 'node' : link ? 'link' : 'canvas' });
  };

  // Every listener goes with one abort when the canvas goes.
  const ac = new AbortController();
  const listeners: [string, (e: never) => void][] = [
    ['pointerdown', onPointerDown],
    ['pointermove', onPointerMove],
    ['pointerup', onPointerUp],
    ['pointercancel', onPointerUp],
    ['click', onClick],
    ['dblclick', onDoubleClick],
    ['contextmenu', onContextMenu],
  ];
  for (const [type, listener] of listeners) svg.addEventListener(type, listener as EventListener, { signal: ac.signal });
  return { destroy: () => ac.abort() };
}
