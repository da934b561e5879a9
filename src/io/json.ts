import type { EcoMap, MapLink, MapNode, Scene } from '../model/types.ts';
import { DOCUMENT_FIELDS } from './documentFields.ts';

// Keys are written in one fixed order so that saving an unchanged map gives the same bytes and
// a changed map gives a readable diff. Fields the format does not define stay where JSON puts
// them: after `links`, in the order the map holds them.

const NODE_ORDER = ['id', 'kind', 'name', 'value', 'description', 'owner', 'tags', 'url', 'scope', 'x', 'y', 'pinned'] as const;
const LINK_ORDER = ['id', 'source', 'target', 'kind', 'weight'] as const;

/**
 * The map as a JSON file: 2-space indents, fixed key order, undefined fields left out, a final
 * newline. `compact`: one line with no spaces, for a map carried inside an exported image.
 */
export function serializeMap(map: EcoMap, { compact = false }: { compact?: boolean } = {}): string {
  const doc: Record<string, unknown> = {};
  const source = map as unknown as Readonly<Record<string, unknown>>;
  for (const key of ['format', 'version', 'title', 'unit', 'description'] as const) put(doc, key, source[key]);
  doc.nodes = map.nodes.map((node) => ordered(node, NODE_ORDER));
  doc.links = map.links.map((link) => ordered(link, LINK_ORDER));
  if (map.scenarios) doc.scenarios = map.scenarios.map((s) => ({ id: s.id, name: s.name, removed: s.removed }));
  if (map.scenes) doc.scenes = map.scenes.map(sceneJson);
  for (const key of Object.keys(source)) if (!DOCUMENT_FIELDS.has(key)) put(doc, key, source[key]);
  return compact ? JSON.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
}

function sceneJson(scene: Scene): Record<string, unknown> {
  const { camera, overlays: o } = scene;
  const out: Record<string, unknown> = { id: scene.id };
  put(out, 'title', scene.title);
  out.camera = camera.fit === 'all' ? { fit: 'all' } : { fit: 'nodes', ids: camera.ids };
  out.knockedOut = scene.knockedOut;
  out.overlays = { flow: o.flow, hulls: o.hulls, badges: o.badges, labels: o.labels };
  out.highlighted = scene.highlighted;
  out.caption = scene.caption;
  out.notes = scene.notes;
  return out;
}

function ordered<T extends MapNode | MapLink>(item: T, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fields = item as unknown as Readonly<Record<string, unknown>>;
  for (const key of order) put(out, key, fields[key]);
  return out;
}

/**
 * An own data property even for "__proto__", which `out[key] = v` would turn into a prototype.
 * Every other key is assigned: defining each field of thousands of nodes is several times slower.
 */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) return;
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
