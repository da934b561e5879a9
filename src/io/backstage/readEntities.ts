import { NODE_KINDS } from '../../model/types.ts';
import type { NodeKind } from '../../model/types.ts';
import { MAX_ID_LENGTH } from '../limits.ts';
import { quote } from '../restoreWords.ts';
import { DEFAULT_NAMESPACE, refId } from './entityRef.ts';
import type { YamlDocument } from './readYaml.ts';

/** The annotations this app reads on an entity. */
export const KIND_ANNOTATION = 'ecosystem-map/kind';
export const VALUE_ANNOTATION = 'ecosystem-map/value';

/** A Component or Resource entity, read into what its node needs and the references it makes. */
export interface CatalogEntity {
  /** `component:default/checkout`: the node's id. */
  readonly id: string;
  /** `doc 3 (component:default/checkout)`: how warnings name it. */
  readonly label: string;
  readonly namespace: string;
  readonly node: EntityNode;
  readonly dependsOn: readonly unknown[];
  readonly dependencyOf: readonly unknown[];
  readonly providesApis: readonly unknown[];
  readonly consumesApis: readonly unknown[];
}

export interface EntityNode {
  readonly kind: NodeKind;
  readonly name: string;
  readonly value: number;
  readonly owner?: string;
  readonly tags?: string[];
  readonly description?: string;
}

export interface EntitiesRead {
  readonly entities: CatalogEntity[];
  /** Entities of other kinds, by kind as written: they are not nodes, only counted. */
  readonly skipped: Record<string, number>;
}

type Fields = Readonly<Record<string, unknown>>;

/**
 * The Component and Resource entities of a catalog's documents, in file order. A document that
 * is not a usable entity is left out with a warning; an empty one silently; other kinds counted.
 */
export function readEntities(documents: readonly YamlDocument[], warnings: string[]): EntitiesRead {
  const entities: CatalogEntity[] = [];
  const skipped: Record<string, number> = Object.create(null) as Record<string, number>;
  const seen = new Map<string, number>();
  for (const doc of documents) {
    const where = `doc ${doc.index} (line ${doc.line})`;
    if (doc.value === null || doc.value === undefined) continue;
    if (!isMapping(doc.value)) {
      warnings.push(`${where}: not a mapping of fields (it is ${describe(doc.value)}); skipped`);
      continue;
    }
    const kind = own(doc.value, 'kind');
    if (typeof kind !== 'string' || kind.trim() === '') {
      warnings.push(`${where}: has no "kind", so it is not a Backstage entity; skipped`);
      continue;
    }
    const folded = kind.trim().toLowerCase();
    if (folded !== 'component' && folded !== 'resource') {
      skipped[kind.trim()] = (skipped[kind.trim()] ?? 0) + 1;
      continue;
    }
    const metadata = mapping(own(doc.value, 'metadata'));
    const name = text(own(metadata, 'name'));
    if (name === undefined) {
      warnings.push(`${where}: a ${kind.trim()} without metadata.name; skipped`);
      continue;
    }
    const namespace = text(own(metadata, 'namespace')) ?? DEFAULT_NAMESPACE;
    const id = refId({ kind: folded, namespace, name });
    const label = `doc ${doc.index} (${id})`;
    if (id.length > MAX_ID_LENGTH) {
      warnings.push(`doc ${doc.index}: the reference ${quote(id)} is longer than ${MAX_ID_LENGTH} characters; skipped`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      warnings.push(`${label}: the same entity as doc ${first}; skipped`);
      continue;
    }
    seen.set(id, doc.index);
    const spec = mapping(own(doc.value, 'spec'));
    const warn = (message: string) => warnings.push(`${label}: ${message}`);
    const list = (field: string) => listOf(own(spec, field), `spec.${field}`, warn);
    entities.push({
      id,
      label,
      namespace,
      node: readNode(folded, name, metadata, spec, warn),
      dependsOn: list('dependsOn'),
      dependencyOf: list('dependencyOf'),
      providesApis: list('providesApis'),
      consumesApis: list('consumesApis'),
    });
  }
  return { entities, skipped };
}

function readNode(kind: 'component' | 'resource', name: string, metadata: Fields, spec: Fields, warn: (m: string) => void): EntityNode {
  const annotations = mapping(own(metadata, 'annotations'));
  const title = text(own(metadata, 'title'));
  const description = text(own(metadata, 'description'));
  const owner = text(own(spec, 'owner'));
  const system = text(own(spec, 'system'));
  return {
    kind: nodeKind(kind, own(annotations, KIND_ANNOTATION), warn),
    name: title ?? name,
    value: nodeValue(own(annotations, VALUE_ANNOTATION), warn),
    ...(owner !== undefined && { owner }),
    ...(system !== undefined && { tags: [system] }),
    ...(description !== undefined && { description }),
  };
}

/** A Resource is a platform, a Component a service, unless the annotation says otherwise. */
function nodeKind(entityKind: 'component' | 'resource', raw: unknown, warn: (m: string) => void): NodeKind {
  const fallback: NodeKind = entityKind === 'resource' ? 'platform' : 'service';
  if (raw === undefined) return fallback;
  const folded = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if ((NODE_KINDS as readonly string[]).includes(folded)) return folded as NodeKind;
  warn(`annotation ${KIND_ANNOTATION}: ${show(raw)} is not platform, service or partner; read as ${fallback}`);
  return fallback;
}

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:[,_ ]\d{3})+(?:\.\d+)?$/;

/** Annotations are text in Backstage: "1200", "1,200" and "1_200" read as 1200. */
function nodeValue(raw: unknown, warn: (m: string) => void): number {
  if (raw === undefined) return 0;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw;
  const trimmed = typeof raw === 'string' ? raw.trim() : '';
  if (PLAIN.test(trimmed) || GROUPED.test(trimmed)) {
    const value = Number(trimmed.replace(/[,_ ]/g, ''));
    if (Number.isFinite(value)) return value;
  }
  warn(`annotation ${VALUE_ANNOTATION}: ${show(raw)} is not a number of 0 or more; read as 0`);
  return 0;
}

/** A list field; a single entry written without the list is read as a list of one. */
function listOf(raw: unknown, field: string, warn: (m: string) => void): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw;
  warn(`${field} is not a list; read as a list of one`);
  return [raw];
}

function isMapping(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapping(value: unknown): Fields {
  return isMapping(value) ? value : {};
}

/** Own fields only: a catalog may have a field named "constructor" or "__proto__". */
function own(object: Fields, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Non-blank text, trimmed; YAML reads `name: 2024` as a number, which is still a name. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function show(value: unknown): string {
  return typeof value === 'string' ? quote(value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : describe(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}
