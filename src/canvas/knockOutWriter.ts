import type { Stores } from '../store/context.ts';
import { shownKnockOut } from '../store/uiStore.ts';
import type { ElementRegistry } from './registry.ts';

/**
 * Turns the links of knocked-out nodes to ghosts (`data-ko="ghost"`) without re-rendering every
 * link (the nodes draw their own state). A data attribute, not a class, so React re-rendering a
 * link leaves the mark alone. Runs a frame after the map or the knock-out shown changes, once
 * React has drawn the elements.
 */
export function createKnockOutWriter({ doc, ui }: Stores, registry: ElementRegistry): { apply(): void; destroy(): void } {
  let lastMap = doc.getState().map;
  let lastShown = shownKnockOut(ui.getState());
  let marked = false;
  const apply = () => {
    lastMap = doc.getState().map;
    lastShown = shownKnockOut(ui.getState());
    // Nothing knocked out and nothing marked: leave every element alone (the usual case).
    if (!lastShown.size && !marked) return;
    const removed = lastShown;
    for (const { el, source, target } of registry.links.values()) {
      if (el.parentElement) mark(el.parentElement, removed.has(source) || removed.has(target) ? 'ghost' : '');
    }
    marked = removed.size > 0;
  };
  let frame = 0;
  const later = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), apply()));
  };
  const offDoc = doc.subscribe((s) => s.map !== lastMap && later());
  const offUi = ui.subscribe((s) => shownKnockOut(s) !== lastShown && later());
  return {
    apply,
    destroy() {
      offDoc();
      offUi();
      cancelAnimationFrame(frame);
    },
  };
}

function mark(el: Element, state: string): void {
  const html = el as HTMLElement | SVGElement;
  if ((html.dataset.ko ?? '') !== state) {
    if (state) html.dataset.ko = state;
    else delete html.dataset.ko;
  }
}
