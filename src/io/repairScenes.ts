import { compareIds } from '../model/compareIds.ts';
import { DEFAULT_OVERLAYS } from '../model/scenes.ts';
import type { Scene, SceneCamera, SceneOverlays } from '../model/types.ts';
import { readText } from './repairFields.ts';
import { MAX_CAPTION_LENGTH, MAX_ID_LENGTH, MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from './limits.ts';
import type { Repair } from './restoreReport.ts';
import { quote, show } from './restoreWords.ts';
import { isPlainObject } from './schemaFast.ts';

type NodeIds = { has(id: string): boolean };

const OVERLAY_KEYS = ['flow', 'hulls', 'badges', 'labels'] as const;

/**
 * The map's presentation, repaired. A scene needs an id (unique); everything else has a default
 * (fit the whole map, nothing knocked out or highlighted, the editor's overlays, no caption or
 * notes). Node ids the map lacks are dropped and lists put in id order; texts are cut to their
 * limits. Each change gets a note; an empty list is no list.
 */
export function repairScenes(raw: unknown, nodeIds: NodeIds, notes: Repair[]): Scene[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    notes.push({ path: 'scenes', message: 'not a list; dropped' });
    return undefined;
  }
  const out: Scene[] = [];
  const taken = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const path = `scenes[${i}]`;
    if (!isPlainObject(item)) return void notes.push({ path, message: 'not a scene object; dropped' });
    const { id } = item;
    if (typeof id !== 'string' || !id || id.length > MAX_ID_LENGTH) return void notes.push({ path: `${path}.id`, message: 'missing or not a usable id; scene dropped' });
    if (taken.has(id)) return void notes.push({ path: `${path}.id`, message: `${quote(id)} is used by an earlier scene; dropped` });
    taken.add(id);
    const title = readText(item.title, MAX_TITLE_LENGTH, `${path}.title`, notes);
    out.push({
      id,
      ...(title !== undefined && { title }),
      camera: readCamera(item.camera, `${path}.camera`, nodeIds, notes),
      knockedOut: readIds(item.knockedOut, `${path}.knockedOut`, nodeIds, notes),
      overlays: readOverlays(item.overlays, `${path}.overlays`, notes),
      highlighted: readIds(item.highlighted, `${path}.highlighted`, nodeIds, notes),
      caption: readText(item.caption, MAX_CAPTION_LENGTH, `${path}.caption`, notes) ?? '',
      notes: readText(item.notes, MAX_NOTES_LENGTH, `${path}.notes`, notes) ?? '',
    });
  });
  return out.length ? out : undefined;
}

function readCamera(raw: unknown, path: string, nodeIds: NodeIds, notes: Repair[]): SceneCamera {
  if (raw === undefined) return { fit: 'all' };
  if (isPlainObject(raw) && raw.fit === 'all') return { fit: 'all' };
  if (isPlainObject(raw) && raw.fit === 'nodes' && Array.isArray(raw.ids)) {
    const ids = readIds(raw.ids, `${path}.ids`, nodeIds, notes);
    if (ids.length) return { fit: 'nodes', ids };
    notes.push({ path, message: 'no node of the map to fit; fits the whole map' });
    return { fit: 'all' };
  }
  notes.push({ path, message: 'not a camera (fit "all", or fit "nodes" with ids); fits the whole map' });
  return { fit: 'all' };
}

/** Node ids the map holds, once each, in id order; missing is empty. */
function readIds(raw: unknown, path: string, nodeIds: NodeIds, notes: Repair[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    notes.push({ path, message: `${show(raw)} is not a list of node ids; emptied` });
    return [];
  }
  const kept = new Set<string>();
  raw.forEach((ref: unknown, k) => {
    if (typeof ref !== 'string') notes.push({ path: `${path}[${k}]`, message: 'not a node id; dropped' });
    else if (!nodeIds.has(ref)) notes.push({ path: `${path}[${k}]`, message: `no node ${quote(ref)} in the map; dropped` });
    else if (kept.has(ref)) notes.push({ path: `${path}[${k}]`, message: `${quote(ref)} listed twice; dropped` });
    else kept.add(ref);
  });
  const sorted = [...kept].sort(compareIds);
  const inOrder = [...kept].every((v, k) => v === sorted[k]);
  if (!inOrder) notes.push({ path, message: 'put in id order' });
  return sorted;
}

function readOverlays(raw: unknown, path: string, notes: Repair[]): SceneOverlays {
  if (raw === undefined) return { ...DEFAULT_OVERLAYS };
  if (!isPlainObject(raw)) {
    notes.push({ path, message: `${show(raw)} is not a set of overlay switches; the defaults are used` });
    return { ...DEFAULT_OVERLAYS };
  }
  const out: { -readonly [K in keyof SceneOverlays]: boolean } = { ...DEFAULT_OVERLAYS };
  for (const key of OVERLAY_KEYS) {
    const value = raw[key];
    if (typeof value === 'boolean') out[key] = value;
    else if (value !== undefined) notes.push({ path: `${path}.${key}`, message: `${show(value)} is not true or false; ${DEFAULT_OVERLAYS[key] ? 'on' : 'off'} by default` });
  }
  return out;
}
