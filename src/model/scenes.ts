import { scenarioRemoval } from './scenarios.ts';
import type { EcoMap, Scene, SceneCamera, SceneOverlays } from './types.ts';

const NO_SCENES: readonly Scene[] = Object.freeze([]);

/** What the editor shows without being asked: labels, badges and hulls, but no flow. */
export const DEFAULT_OVERLAYS: SceneOverlays = Object.freeze({ flow: false, hulls: true, badges: true, labels: true });

const FIT_ALL: SceneCamera = Object.freeze({ fit: 'all' });

/** The map's presentation, in the order it is shown (the same empty list when none). */
export function scenesOf(map: EcoMap): readonly Scene[] {
  return map.scenes ?? NO_SCENES;
}

/** What the editor shows now, as sceneFromView reads it. Lists may name nodes the map lacks. */
export interface SceneView {
  readonly knockedOut?: Iterable<string>;
  /** Nodes the camera frames; none (or every node) frames the whole map. */
  readonly fit?: Iterable<string>;
  readonly overlays?: Partial<SceneOverlays>;
  readonly highlighted?: Iterable<string>;
  readonly title?: string;
  readonly caption?: string;
  readonly notes?: string;
}

/** A new scene from the current view, with an id no scene of the map has yet. Ids are kept only when the map holds them. */
export function sceneFromView(map: EcoMap, view: SceneView = {}): Scene {
  const scene: Scene = {
    id: nextSceneId(map),
    ...(view.title !== undefined && { title: view.title }),
    camera: cameraOf(map, view.fit),
    knockedOut: scenarioRemoval(map, view.knockedOut ?? []),
    overlays: { ...DEFAULT_OVERLAYS, ...definedOnly(view.overlays) },
    highlighted: scenarioRemoval(map, view.highlighted ?? []),
    caption: view.caption ?? '',
    notes: view.notes ?? '',
  };
  return scene;
}

/**
 * Inserts `scene` after the scene at `after` (by default at the end; -1 puts it first). A scene
 * whose id is taken gets a fresh one; the id it ends up with is returned with the map.
 */
export function addScene(map: EcoMap, scene: Scene, after?: number): { map: EcoMap; id: string } {
  const list = scenesOf(map);
  const taken = new Set(list.map((s) => s.id));
  const id = scene.id && !taken.has(scene.id) ? scene.id : nextSceneId(map);
  const at = after === undefined ? list.length : clamp(Math.trunc(after) + 1, 0, list.length);
  const next = [...list.slice(0, at), id === scene.id ? scene : { ...scene, id }, ...list.slice(at)];
  return { map: { ...map, scenes: next }, id };
}

/** The fields of a scene an edit may change; `title: undefined` removes the title, overlays merge. */
export type ScenePatch = Partial<Omit<Scene, 'id' | 'overlays'>> & { readonly overlays?: Partial<SceneOverlays> };

/** Changes one scene; the same map when the scene is missing or the patch changes nothing. */
export function updateScene(map: EcoMap, id: string, patch: ScenePatch): EcoMap {
  const list = scenesOf(map);
  const at = list.findIndex((s) => s.id === id);
  if (at === -1) return map;
  const old = list[at]!;
  const { title: _, ...rest } = old;
  const next: Scene = {
    ...('title' in patch ? rest : old),
    ...('title' in patch && patch.title !== undefined && { title: patch.title }),
    ...(patch.camera && { camera: patch.camera.fit === 'all' ? FIT_ALL : cameraOf(map, patch.camera.ids) }),
    ...(patch.knockedOut && { knockedOut: scenarioRemoval(map, patch.knockedOut) }),
    ...(patch.overlays && { overlays: { ...old.overlays, ...definedOnly(patch.overlays) } }),
    ...(patch.highlighted && { highlighted: scenarioRemoval(map, patch.highlighted) }),
    ...(patch.caption !== undefined && { caption: patch.caption }),
    ...(patch.notes !== undefined && { notes: patch.notes }),
  };
  if (sameScene(old, next)) return map;
  return { ...map, scenes: list.map((s, i) => (i === at ? next : s)) };
}

export function removeScene(map: EcoMap, id: string): EcoMap {
  const list = scenesOf(map);
  if (!list.some((s) => s.id === id)) return map;
  const rest = list.filter((s) => s.id !== id);
  if (rest.length) return { ...map, scenes: rest };
  const { scenes: _, ...without } = map;
  return without;
}

/** A copy of the scene right after it, under a new id (and "(copy)" after its title). */
export function duplicateScene(map: EcoMap, id: string): { map: EcoMap; id: string } | null {
  const list = scenesOf(map);
  const at = list.findIndex((s) => s.id === id);
  if (at === -1) return null;
  const source = list[at]!;
  const copy: Scene = { ...source, id: nextSceneId(map), ...(source.title !== undefined && { title: `${source.title} (copy)` }) };
  return addScene(map, copy, at);
}

/** Moves a scene to `toIndex` (clamped to the list); the same map when it is already there. */
export function moveScene(map: EcoMap, id: string, toIndex: number): EcoMap {
  const list = scenesOf(map);
  const from = list.findIndex((s) => s.id === id);
  if (from === -1 || !Number.isFinite(toIndex)) return map;
  const to = clamp(Math.trunc(toIndex), 0, list.length - 1);
  if (to === from) return map;
  const next = list.filter((s) => s.id !== id);
  next.splice(to, 0, list[from]!);
  return { ...map, scenes: next };
}

/** Whether two scenes say the same thing, field by field. */
export function sameScene(a: Scene, b: Scene): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    sameCamera(a.camera, b.camera) &&
    sameList(a.knockedOut, b.knockedOut) &&
    a.overlays.flow === b.overlays.flow &&
    a.overlays.hulls === b.overlays.hulls &&
    a.overlays.badges === b.overlays.badges &&
    a.overlays.labels === b.overlays.labels &&
    sameList(a.highlighted, b.highlighted) &&
    a.caption === b.caption &&
    a.notes === b.notes
  );
}

function sameCamera(a: SceneCamera, b: SceneCamera): boolean {
  if (a.fit === 'all' || b.fit === 'all') return a.fit === b.fit;
  return sameList(a.ids, b.ids);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Framing every node is framing the map: it stays right when nodes are added later. */
function cameraOf(map: EcoMap, fit: Iterable<string> | undefined): SceneCamera {
  const ids = scenarioRemoval(map, fit ?? []);
  return ids.length === 0 || ids.length === new Set(map.nodes.map((n) => n.id)).size ? FIT_ALL : { fit: 'nodes', ids };
}

/** `scene-N` for the first free N from one past the count: ids read as the scene's place when made. */
function nextSceneId(map: EcoMap): string {
  const list = scenesOf(map);
  const taken = new Set(list.map((s) => s.id));
  for (let n = list.length + 1; ; n++) if (!taken.has(`scene-${n}`)) return `scene-${n}`;
}

function definedOnly(overlays: Partial<SceneOverlays> | undefined): Partial<SceneOverlays> {
  if (!overlays) return {};
  return Object.fromEntries(Object.entries(overlays).filter(([, v]) => typeof v === 'boolean')) as Partial<SceneOverlays>;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
