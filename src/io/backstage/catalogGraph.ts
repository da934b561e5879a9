import { MAX_ID_LENGTH } from '../limits.ts';
import { quote } from '../restoreWords.ts';
import { parseEntityRef, refId } from './entityRef.ts';
import type { EntityRef } from './entityRef.ts';
import type { CatalogEntity, EntityNode } from './readEntities.ts';

/** The tag every node made for an entity the files only refer to. */
export const PLACEHOLDER_TAG = 'placeholder';

export interface GraphNode extends EntityNode {
  readonly id: string;
}

export interface GraphLink {
  readonly source: string;
  readonly target: string;
  readonly kind: 'supports';
  readonly weight: 1;
}

/** Nodes and links as a map document lists them; `nodeOrigin[i]` / `linkOrigin[i]` name the entity each came from. */
export interface CatalogGraph {
  readonly nodes: GraphNode[];
  readonly links: GraphLink[];
  readonly nodeOrigin: string[];
  readonly linkOrigin: string[];
}

/**
 * The entities as nodes, and their relations as `supports` links:
 * - `A dependsOn B` and `B dependencyOf A` give `B supports A`;
 * - A consuming an API that B provides (or A depending on it) gives `B supports A`; APIs are not nodes.
 * References resolve as Backstage does: the namespace defaults to the referring entity's, and
 * API fields default to kind `api`. dependsOn and dependencyOf have no default kind in Backstage
 * (it rejects such a reference); here one without a kind is read as a component, with a warning,
 * since that is what it almost always means. A Component or Resource that is not in the files
 * becomes a placeholder node; a reference to another kind, or an API nobody provides, is a warning.
 */
export function catalogGraph(entities: readonly CatalogEntity[], warnings: string[]): CatalogGraph {
  const graph: CatalogGraph = { nodes: [], links: [], nodeOrigin: [], linkOrigin: [] };
  const known = new Set<string>();
  for (const e of entities) {
    graph.nodes.push({ id: e.id, ...e.node });
    graph.nodeOrigin.push(e.label);
    known.add(e.id);
  }
  const providers = apiProviders(entities, warnings);
  const linked = new Set<string>();
  const unprovided = new Set<string>();

  for (const e of entities) {
    const warn = (message: string) => warnings.push(`${e.label}: ${message}`);
    const supports = (source: string, target: string) => {
      const key = `${source}\n${target}`;
      if (source === target || linked.has(key)) return;
      linked.add(key);
      graph.links.push({ source, target, kind: 'supports', weight: 1 });
      graph.linkOrigin.push(e.label);
    };
    /** The node ids a dependency reference stands for: itself, a placeholder, or an API's providers. */
    const resolve = (raw: unknown, field: string): string[] => {
      const ref = parseEntityRef(raw, { namespace: e.namespace });
      if (typeof ref === 'string') {
        warn(`${field}: ${shown(raw)}: ${ref}; left out`);
        return [];
      }
      const kind = ref.kind?.toLowerCase() ?? 'component';
      if (ref.kind === undefined) warn(`${field}: ${shown(raw)} names no kind; read as component:${ref.namespace}/${ref.name}`);
      if (kind === 'api' && field === 'spec.dependsOn') return providersOf(refId({ ...ref, kind }), field, e, warn);
      if (kind !== 'component' && kind !== 'resource') {
        warn(`${field}: ${shown(raw)} is a ${kind}, which is not a node on the map; left out`);
        return [];
      }
      const id = refId({ ...ref, kind });
      if (id === e.id) {
        warn(`${field}: the entity refers to itself; left out`);
        return [];
      }
      return known.has(id) || addPlaceholder(id, kind, ref, field, raw, warn) ? [id] : [];
    };
    const addPlaceholder = (id: string, kind: string, ref: EntityRef, field: string, raw: unknown, warn: (m: string) => void): boolean => {
      if (id.length > MAX_ID_LENGTH) {
        warn(`${field}: ${shown(raw)} is longer than ${MAX_ID_LENGTH} characters; left out`);
        return false;
      }
      known.add(id);
      graph.nodes.push({ id, kind: kind === 'resource' ? 'platform' : 'service', name: ref.name, value: 0, tags: [PLACEHOLDER_TAG] });
      graph.nodeOrigin.push(`placeholder ${id}`);
      warn(`${field}: ${id} is not in the files; added as a placeholder`);
      return true;
    };
    const providersOf = (api: string, field: string, consumer: CatalogEntity, warn: (m: string) => void): string[] => {
      const found = providers.get(api) ?? [];
      if (found.length === 0 && !unprovided.has(api)) {
        unprovided.add(api);
        warn(`${field}: ${api} is provided by no Component or Resource in the files; left out`);
      }
      return found.filter((id) => id !== consumer.id);
    };

    for (const raw of e.dependsOn) for (const id of resolve(raw, 'spec.dependsOn')) supports(id, e.id);
    for (const raw of e.dependencyOf) for (const id of resolve(raw, 'spec.dependencyOf')) supports(e.id, id);
    for (const raw of e.consumesApis) {
      const api = apiRef(raw, e, 'spec.consumesApis', warn);
      if (api) for (const id of providersOf(api, 'spec.consumesApis', e, warn)) supports(id, e.id);
    }
  }
  return graph;
}

/** Which entities provide each API, by the API's full reference. */
function apiProviders(entities: readonly CatalogEntity[], warnings: string[]): Map<string, string[]> {
  const providers = new Map<string, string[]>();
  for (const e of entities) {
    const warn = (message: string) => warnings.push(`${e.label}: ${message}`);
    for (const raw of e.providesApis) {
      const api = apiRef(raw, e, 'spec.providesApis', warn);
      if (api === undefined) continue;
      const list = providers.get(api) ?? [];
      if (!list.includes(e.id)) list.push(e.id);
      providers.set(api, list);
    }
  }
  return providers;
}

function apiRef(raw: unknown, e: CatalogEntity, field: string, warn: (m: string) => void): string | undefined {
  const ref = parseEntityRef(raw, { kind: 'api', namespace: e.namespace });
  if (typeof ref === 'string') {
    warn(`${field}: ${shown(raw)}: ${ref}; left out`);
    return undefined;
  }
  const kind = ref.kind?.toLowerCase();
  if (kind !== 'api') {
    warn(`${field}: ${shown(raw)} is a ${kind}, not an API; left out`);
    return undefined;
  }
  return refId({ ...ref, kind });
}

function shown(raw: unknown): string {
  return typeof raw === 'string' ? quote(raw) : typeof raw === 'object' && raw !== null ? 'a reference object' : String(raw);
}
