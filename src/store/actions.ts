import { addLink, linkKey } from '../model/links.ts';
import { placeNodes } from '../model/nodes.ts';
import { commit } from './documentStore.ts';
import type { DocumentStore } from './documentStore.ts';
import type { LivePositions } from './livePositions.ts';
import { notify, select } from './uiStore.ts';
import type { UiStore } from './uiStore.ts';

interface Stores {
  readonly doc: DocumentStore;
  readonly ui: UiStore;
  readonly live?: LivePositions;
}

/** Links `source` to `target` as support, selects the new link, and says why when it cannot. */
export function connectNodes({ doc, ui }: Stores, source: string, target: string): boolean {
  ui.setState({ connecting: null });
  if (source === target) {
    notify(ui, 'A node cannot support itself. Choose another node.', 'error');
    return false;
  }
  const link = { source, target, kind: 'supports' as const, weight: 1 };
  if (!commit(doc, 'Connect', (map) => addLink(map, link))) {
    notify(ui, 'These two nodes are already linked that way.', 'error');
    return false;
  }
  select(ui, [], [linkKey(link)]);
  return true;
}

/** Drops nodes where a drag ended: one undo step, and they stay pinned there. */
export function dropNodes({ doc }: Stores, points: ReadonlyMap<string, { x: number; y: number }>): void {
  commit(doc, points.size === 1 ? 'Move' : `Move ${points.size} nodes`, (map) => placeNodes(map, points, true));
}
