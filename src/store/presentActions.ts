import { addScene, sceneFromView, scenesOf } from '../model/scenes.ts';
import { commit } from './documentStore.ts';
import type { DocumentStore } from './documentStore.ts';
import type { EcoMap, Scene } from '../model/types.ts';
import type { UiStore } from './uiStore.ts';
import { NO_FILTER, NONE } from './uiStore.ts';

/** The scenes a presentation shows: the map's, or the view as it is now when the map has none. */
export function presentedScenes(map: EcoMap, ui: UiStore): readonly Scene[] {
  const scenes = scenesOf(map);
  if (scenes.length) return scenes;
  const { knockedOut, flow, overlays } = ui.getState();
  return [sceneFromView(map, { knockedOut, overlays: { ...overlays, flow } })];
}

/** Starts presenting at scene `index` (clamped): the editing chrome goes, the scene comes. */
export function startPresenting(ui: UiStore, index = 0): void {
  ui.setState({ presenting: { index: Math.max(0, Math.trunc(index) || 0), laser: false, spotlight: false, blank: false }, dialog: null, renaming: null, connecting: null, preview: null });
}

export function stopPresenting(ui: UiStore): void {
  ui.setState({ presenting: null, filter: NO_FILTER, preview: null });
}

/** Moves to scene `index`, clamped to the `count` scenes there are. */
export function goToScene(ui: UiStore, index: number, count: number): void {
  const presenting = ui.getState().presenting;
  if (!presenting || count <= 0) return;
  const next = Math.min(count - 1, Math.max(0, Math.trunc(index)));
  if (next !== presenting.index) ui.setState({ presenting: { ...presenting, index: next, blank: false } });
}

/** Shows a scene as saved: its knock-out, overlays and highlighted nodes (what `R` returns to). */
export function showScene(ui: UiStore, scene: Scene): void {
  const { flow, hulls, badges, labels } = scene.overlays;
  ui.setState({
    knockedOut: scene.knockedOut.length ? new Set(scene.knockedOut) : NONE,
    flow,
    overlays: { hulls, badges, labels },
    selection: { nodes: new Set(scene.highlighted), links: new Set() },
    preview: null,
    filter: NO_FILTER,
  });
}

/** Switches one of the presenter's tools: the laser pointer, the spotlight, the blank screen. */
export function togglePresentTool(ui: UiStore, tool: 'laser' | 'spotlight' | 'blank'): void {
  const presenting = ui.getState().presenting;
  if (!presenting) return;
  ui.setState({ presenting: { ...presenting, [tool]: !presenting[tool] }, ...(tool === 'spotlight' && presenting.spotlight ? { filter: NO_FILTER } : {}) });
}

/** The current view as a new scene (one undo step): the selected nodes framed and highlighted, the knock-out and overlays as shown. */
export function addCurrentViewAsScene(doc: DocumentStore, ui: UiStore): { id: string; number: number } | null {
  const { knockedOut, flow, overlays, selection } = ui.getState();
  let added: { id: string; number: number } | null = null;
  commit(doc, 'Add scene', (map) => {
    const scene = sceneFromView(map, { knockedOut, fit: selection.nodes, overlays: { ...overlays, flow }, highlighted: selection.nodes });
    const result = addScene(map, scene);
    added = { id: result.id, number: result.map.scenes?.length ?? 0 };
    return result.map;
  });
  return added;
}
