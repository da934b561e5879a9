import { addLink } from '../model/links.ts';
import { addScenario, scenarioName, scenarioRemoval } from '../model/scenarios.ts';
import { desiloOf } from './analysisCache.ts';
import { commit } from './documentStore.ts';
import type { DocumentStore } from './documentStore.ts';
import { NONE } from './uiStore.ts';
import type { UiStore } from './uiStore.ts';

/** Knocks out `ids`; when every one of them is out already, restores them instead. */
export function toggleKnockOut(ui: UiStore, ids: ReadonlySet<string>): void {
  const current = ui.getState().knockedOut;
  const allOut = [...ids].every((id) => current.has(id));
  const next = new Set(current);
  for (const id of ids) (allOut ? next.delete(id) : next.add(id));
  ui.setState({ knockedOut: next.size ? next : NONE, preview: null });
}

/** Makes `ids` the knock-out, replacing the one active now (none restores everything). */
export function applyKnockOut(ui: UiStore, ids: Iterable<string>): void {
  const next = new Set(ids);
  ui.setState({ knockedOut: next.size ? next : NONE, preview: null });
}

/** Shows `ids` knocked out while the pointer rests on them; null ends the preview. */
export function previewKnockOut(ui: UiStore, ids: Iterable<string> | null): void {
  ui.setState({ preview: ids === null ? null : new Set(ids) });
}

/** Saves the active knock-out in the map as a scenario (one undo step); its name, or null when nothing is out. */
export function saveScenario(doc: DocumentStore, ui: UiStore): string | null {
  const map = doc.getState().map;
  const removed = scenarioRemoval(map, ui.getState().knockedOut);
  if (!removed.length) return null;
  const name = scenarioName(map, removed);
  return commit(doc, 'Save scenario', (m) => addScenario(m, name, removed).map) ? name : null;
}

/** Adds the link that wins back the most of the active knock-out's value at risk (one undo step). */
export function applyDesilo(doc: DocumentStore, ui: UiStore): boolean {
  const suggestion = desiloOf(doc.getState().map, ui.getState().knockedOut);
  if (!suggestion) return false;
  const { source, target } = suggestion;
  return commit(doc, 'Add suggested link', (map) => addLink(map, { source, target, kind: 'supports', weight: 1 }));
}
