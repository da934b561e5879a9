import type { Stores } from './context.ts';
import { NONE } from './uiStore.ts';

/**
 * Keeps the knock-out about the open map: another map opened clears it, and nodes deleted
 * from the map leave it (undoing the delete does not bring them back into it).
 */
export function syncKnockOut({ doc, ui }: Stores): () => void {
  let { map, opened } = doc.getState();
  return doc.subscribe((state) => {
    if (state.opened !== opened) {
      ({ map, opened } = state);
      ui.setState({ knockedOut: NONE, preview: null });
      return;
    }
    if (state.map === map) return;
    map = state.map;
    const { knockedOut } = ui.getState();
    if (!knockedOut.size) return;
    const ids = new Set(map.nodes.map((n) => n.id));
    const kept = [...knockedOut].filter((id) => ids.has(id));
    if (kept.length !== knockedOut.size) ui.setState({ knockedOut: kept.length ? new Set(kept) : NONE });
  });
}
