import { matchingNodes } from '../model/filter.ts';
import type { Stores } from '../store/context.ts';
import type { ElementRegistry } from './registry.ts';

/**
 * Fades what the search, filters and focus leave out, by class, without re-rendering:
 * filters change rarely but touch every element.
 */
export function createFadeWriter({ doc, ui }: Stores, registry: ElementRegistry): { apply(): void; destroy(): void } {
  let lastMap = doc.getState().map;
  let lastFilter = ui.getState().filter;
  const apply = () => {
    lastMap = doc.getState().map;
    lastFilter = ui.getState().filter;
    const keep = matchingNodes(lastMap, lastFilter);
    for (const [id, el] of registry.nodes) el.classList.toggle('em-faded', keep !== null && !keep.has(id));
    for (const { el, source, target } of registry.links.values()) {
      el.parentElement?.classList.toggle('em-faded', keep !== null && !(keep.has(source) && keep.has(target)));
    }
  };
  const offDoc = doc.subscribe((s) => s.map !== lastMap && apply());
  const offUi = ui.subscribe((s) => s.filter !== lastFilter && apply());
  return { apply, destroy: () => (offDoc(), offUi()) };
}
