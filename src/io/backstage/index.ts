/**
 * Backstage catalog descriptors (`catalog-info.yaml`, several documents per file) as a map.
 *
 * Decisions, in short:
 * - YAML: the core schema only, at most 5 MB, checked before parsing; aliases, custom tags and
 *   YAML 1.1 extras refuse the file with line and column, as does a syntax error.
 * - Component and Resource entities become nodes with id `kind:namespace/name` in lower case
 *   (namespace `default` when absent). A Resource is a platform, a Component a service, unless
 *   annotated `ecosystem-map/kind: platform|service|partner`. Name: metadata.title, else
 *   metadata.name; value: annotation `ecosystem-map/value`; owner: spec.owner as written;
 *   tag: spec.system; description: metadata.description.
 * - Links: see catalogGraph. A dependsOn reference without a kind is read as a component.
 * - Other kinds (System, API, Group, …) are not nodes: counted in `skipped`, no warning.
 * - The result is a plain map document that goes through restoreMap, so limits and repairs
 *   apply as to any file; every warning names the document and entity it is about.
 */
import { MAP_FORMAT, MAP_VERSION } from '../../model/types.ts';
import type { EcoMap } from '../../model/types.ts';
import { formatRepair, restoreMap } from '../restore.ts';
import type { Repair } from '../restore.ts';
import { count } from '../restoreWords.ts';
import { catalogGraph } from './catalogGraph.ts';
import type { CatalogGraph } from './catalogGraph.ts';
import { readEntities } from './readEntities.ts';
import { readYamlDocuments } from './readYaml.ts';

export { PLACEHOLDER_TAG } from './catalogGraph.ts';
export { KIND_ANNOTATION, VALUE_ANNOTATION } from './readEntities.ts';

/**
 * The largest catalog file read: 5 MB, checked before parsing. The yaml parser reads about
 * 1 MB a second (measured: 2 MB of Component documents in 1.8 s), so this bounds the wait
 * at a few seconds: some 15,000 entities, more than any one catalog-info file holds.
 */
export const BACKSTAGE_MAX_BYTES = 5 * 1024 * 1024;

export type BackstageImport =
  | { ok: true; map: EcoMap; warnings: string[]; skipped: Record<string, number> }
  | { ok: false; error: string };

const DEFAULT_TITLE = 'Backstage catalog';

/** A map from Backstage descriptor YAML (text, or UTF-8 bytes). Never throws. */
export function mapFromBackstage(input: string | Uint8Array, options: { title?: string } = {}): BackstageImport {
  try {
    return importCatalog(input, options.title ?? DEFAULT_TITLE);
  } catch (error) {
    return { ok: false, error: `The catalog file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function importCatalog(input: string | Uint8Array, title: string): BackstageImport {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > BACKSTAGE_MAX_BYTES) {
    return { ok: false, error: `The file is ${megabytes(size)}; a Backstage catalog file can be at most ${megabytes(BACKSTAGE_MAX_BYTES)}.` };
  }
  const text = typeof input === 'string' ? input : decode(input);
  if (text === undefined) return { ok: false, error: 'The catalog file is not UTF-8 text; save it as UTF-8 and open it again.' };
  const read = readYamlDocuments(text);
  if (!read.ok) return read;
  const warnings: string[] = [];
  const { entities, skipped } = readEntities(read.documents, warnings);
  if (entities.length === 0) return { ok: false, error: noEntities(skipped, warnings) };
  const graph = catalogGraph(entities, warnings);
  const restored = restoreMap({ format: MAP_FORMAT, version: MAP_VERSION, title, nodes: graph.nodes, links: graph.links });
  if (!restored.ok) return { ok: false, error: `The catalog cannot become a map: ${restored.error}` };
  for (const repair of restored.repairs) warnings.push(onEntity(repair, graph));
  return { ok: true, map: restored.map, warnings: byDocument(warnings), skipped: { ...skipped } };
}

function noEntities(skipped: Record<string, number>, warnings: readonly string[]): string {
  const kinds = Object.entries(skipped).map(([kind, n]) => `${count(n)} ${kind}`);
  if (kinds.length > 0) return `This file has no Component or Resource entities, only ${kinds.join(', ')}; only Components and Resources become nodes on a map.`;
  if (warnings.length > 0) return `This file has no Component or Resource entities that can be read (${warnings[0]}${warnings.length > 1 ? '; …' : ''}).`;
  return 'This file has no Backstage entities: a catalog-info.yaml lists documents with apiVersion, kind (Component or Resource) and metadata.name.';
}

const ITEM_PATH = /^(nodes|links)\[(\d+)\]\.?(.*)$/;

/** `nodes[3].name: …` → `doc 4 (component:default/x): name: …`. */
function onEntity(repair: Repair, graph: CatalogGraph): string {
  const m = ITEM_PATH.exec(repair.path);
  const origin = m ? (m[1] === 'nodes' ? graph.nodeOrigin : graph.linkOrigin)[Number(m[2])] : undefined;
  if (!m || origin === undefined) return formatRepair(repair);
  const link = m[1] === 'links' ? graph.links[Number(m[2])] : undefined;
  const what = link ? `link ${link.source} → ${link.target}` : '';
  const field = m[3] ? (what ? `${what}.${m[3]}` : m[3]) : what;
  return field ? `${origin}: ${field}: ${repair.message}` : `${origin}: ${repair.message}`;
}

/** Warnings in file order (`doc N …`), the sort keeping each document's own order; the rest last. */
function byDocument(warnings: readonly string[]): string[] {
  const docOf = (w: string) => Number(/^doc (\d+)/.exec(w)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return [...warnings].sort((a, b) => docOf(a) - docOf(b));
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
