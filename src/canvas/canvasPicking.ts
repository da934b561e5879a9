import { flushSync } from 'react-dom';
import type { StoreApi } from 'zustand/vanilla';
import type { Hover } from './canvasDomSet.ts';
import type { CanvasRenderer } from './canvasRenderer.ts';

const ITEM = '[data-id], [data-link], [data-handle]';

type Picked = ReturnType<CanvasRenderer['pick']>;

/**
 * Pointing at things on a map drawn on a canvas. As the pointer moves, the node or link under it
 * becomes an SVG element (the hover set), once per frame, so the press, click, double-click or
 * context menu that follows lands on that element and every pointer gesture works as on a small
 * map. A press that comes before its element (touch, pen, a move and press in one frame) is
 * handed to the element it picks, made on the spot; a release picks at once too, so a link
 * dragged from a handle is dropped on the node under the pointer.
 */
export function createCanvasPicking({ svg, renderer, hover, toMap }: {
  svg: SVGSVGElement;
  renderer: Pick<CanvasRenderer, 'pick'>;
  hover: StoreApi<Hover>;
  toMap: (clientX: number, clientY: number) => { x: number; y: number };
}): { at(clientX: number, clientY: number): Picked; destroy(): void } {
  const at = (clientX: number, clientY: number): Picked => {
    const p = toMap(clientX, clientY);
    return renderer.pick(p.x, p.y);
  };
  const show = (picked: Picked) => {
    const node = picked && 'node' in picked ? picked.node : null;
    const link = picked && 'link' in picked ? picked.link : null;
    const now = hover.getState();
    if (now.node === node && now.link === link) return;
    // Synchronously, so the element is there for the event being handled.
    flushSync(() => hover.setState({ node, link }));
  };
  // Pointer moves come faster than frames; a pick scans every node and link, so one per frame.
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  const onMove = (e: PointerEvent) => {
    pointer = { x: e.clientX, y: e.clientY };
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (pointer) show(at(pointer.x, pointer.y));
    });
  };
  const onLeave = () => {
    pointer = null;
    show(null);
  };
  const onUp = (e: PointerEvent) => {
    pointer = null;
    show(at(e.clientX, e.clientY));
  };
  const redirect = (e: MouseEvent) => {
    if (!e.isTrusted || (e.target as Element | null)?.closest?.(ITEM)) return;
    const picked = at(e.clientX, e.clientY);
    if (!picked) return;
    show(picked);
    const el = elementFor(svg, picked);
    if (!el) return;
    e.stopImmediatePropagation();
    const copy = new (e.constructor as typeof MouseEvent)(e.type, e);
    el.dispatchEvent(copy);
    if (copy.defaultPrevented) e.preventDefault();
  };
  const ac = new AbortController();
  const { signal } = ac;
  svg.addEventListener('pointermove', onMove, { signal, passive: true });
  svg.addEventListener('pointerleave', onLeave, { signal });
  svg.addEventListener('pointerup', onUp, { signal, capture: true });
  for (const type of ['pointerdown', 'click', 'dblclick', 'contextmenu']) svg.addEventListener(type, redirect as EventListener, { signal, capture: true });
  return {
    at,
    destroy() {
      ac.abort();
      cancelAnimationFrame(frame);
    },
  };
}

function elementFor(svg: SVGSVGElement, picked: NonNullable<Picked>): Element | null {
  if ('link' in picked) return svg.querySelector(`[data-link="${CSS.escape(picked.link)}"] .em-link-hit`);
  const node = svg.querySelector(`[data-id="${CSS.escape(picked.node)}"]`);
  return (picked.handle ? node?.querySelector('[data-handle]') : node?.firstElementChild) ?? node;
}
