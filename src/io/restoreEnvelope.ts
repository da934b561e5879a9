import { MAP_VERSION } from '../model/types.ts';
import type { Limits } from './limits.ts';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH, MAX_UNIT_LENGTH } from './limits.ts';
import type { Document } from './migrations.ts';
import { readText } from './repairFields.ts';
import type { Repair } from './restoreReport.ts';
import { count, kindOf, show } from './restoreWords.ts';
import { bodySchema, headerSchema } from './schema.ts';
import { isPlainObject } from './schemaFast.ts';

// The document around its items, in two halves: the header (format, version) is read before
// migrating, since it says how to read the rest; the body is read after, in the current version.

export type Header = { ok: true; doc: Document; version: number } | { ok: false; error: string };

/** The document object, checked to be this format and a version this build can read. */
export function readHeader(value: unknown, notes: Repair[]): Header {
  if (!isPlainObject(value)) {
    return refuse(`expected a map object with nodes and links, got ${describe(value)}`);
  }
  const doc: Document = value;
  const { format, version } = doc;
  if (typeof version === 'number' && version > MAP_VERSION) {
    return refuse(`made by a newer version of Ecosystem Mapper (format version ${version}; this one reads up to ${MAP_VERSION}) — update the app to open it`);
  }
  const result = headerSchema.safeParse(doc);
  const wrong = new Set(result.error?.issues.map((issue) => issue.path[0]));
  if (wrong.has('format')) {
    if (format === undefined && doc.nodes === undefined) return refuse('not an Ecosystem Mapper map: it has no "format" and no "nodes"');
    return refuse(
      format === undefined
        ? 'format: missing; an Ecosystem Mapper map says "format": "ecosystem-map"'
        : `format: ${show(format)} is not "ecosystem-map"; this is not an Ecosystem Mapper map`,
    );
  }
  if (wrong.has('version')) return refuse(`version: ${show(version)} is not a format version (a whole number such as ${MAP_VERSION})`);
  if (version === undefined) notes.push({ path: 'version', message: `missing; read as format version ${MAP_VERSION}` });
  return { ok: true, doc, version: typeof version === 'number' ? version : MAP_VERSION };
}

/** The current version's document fields, before its items are read one by one. */
export interface Body {
  readonly title: string;
  readonly unit?: string;
  readonly description?: string;
  readonly nodes: readonly unknown[];
  readonly links: readonly unknown[];
}

/** Title, unit and description (repaired), and the node and link lists, within the limits. */
export function readBody(doc: Document, limits: Limits, notes: Repair[]): { ok: true; body: Body } | { ok: false; error: string } {
  const result = bodySchema.safeParse(doc);
  const wrong = new Set(result.error?.issues.map((issue) => issue.path[0]));
  for (const list of ['nodes', 'links'] as const) {
    if (!wrong.has(list)) continue;
    const what = list === 'nodes' ? 'nodes' : 'links between them';
    return refuse(doc[list] === undefined ? `${list}: missing; a map lists its ${what} in "${list}": [ … ]` : `${list}: expected a list of ${what}, got ${kindOf(doc[list])}`);
  }
  const nodes = doc.nodes as readonly unknown[];
  const links = doc.links as readonly unknown[];
  if (nodes.length > limits.maxNodes) return refuse(`too many nodes: ${count(nodes.length)} (this app opens maps of up to ${count(limits.maxNodes)} nodes)`);
  if (links.length > limits.maxLinks) return refuse(`too many links: ${count(links.length)} (this app opens maps of up to ${count(limits.maxLinks)} links)`);

  let title = wrong.has('title') ? readText(doc.title, MAX_TITLE_LENGTH, 'title', notes) : (doc.title as string | undefined);
  if (title === undefined) {
    if (doc.title !== undefined) notes.push({ path: 'title', message: 'set to "Untitled map"' });
    title = 'Untitled map';
  }
  const unit = wrong.has('unit') ? readText(doc.unit, MAX_UNIT_LENGTH, 'unit', notes) : (doc.unit as string | undefined);
  const description = wrong.has('description') ? readText(doc.description, MAX_DESCRIPTION_LENGTH, 'description', notes) : (doc.description as string | undefined);
  return { ok: true, body: { title, ...(unit !== undefined && { unit }), ...(description !== undefined && { description }), nodes, links } };
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return kindOf(value);
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' ? 'an object with a prototype of its own' : `a ${tag} object`;
}

function refuse(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
