import { NODE_KINDS } from '../model/types.ts';
import type { MapNode, NodeKind } from '../model/types.ts';
import { MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_OWNER_LENGTH } from './limits.ts';
import { readCoordinate, readPinned, readScope, readTags, readText, readUrl, readValue } from './repairFields.ts';
import type { Repair } from './restoreReport.ts';
import { at, charCount, count, fitsText, kindOf, quote, show } from './restoreWords.ts';
import { NON_BLANK, nodeSchema } from './schema.ts';
import type { CleanNode } from './schemaFast.ts';
import { isRecord } from './schemaFast.ts';

/** A node being restored. An empty `id` or `name` is still to be filled by the id pass. */
export type NodeDraft = { -readonly [K in keyof MapNode]: MapNode[K] };

/** A fresh node with the format's fields in their fixed order, defaults filled, undefined left out. */
export function assembleNode(f: CleanNode): NodeDraft {
  // `+ 0` turns -0 into 0, which is what JSON would give back anyway.
  const node: NodeDraft = { id: f.id, kind: f.kind, name: f.name, value: f.value === undefined ? 0 : f.value + 0 };
  if (f.description !== undefined) node.description = f.description;
  if (f.owner !== undefined) node.owner = f.owner;
  if (f.tags !== undefined) node.tags = f.tags.slice();
  if (f.url !== undefined) node.url = f.url;
  if (f.scope !== undefined) node.scope = f.scope;
  if (f.x !== undefined) node.x = f.x + 0;
  if (f.y !== undefined) node.y = f.y + 0;
  if (f.pinned !== undefined) node.pinned = f.pinned;
  return node;
}

/**
 * A clean node whose keys already come in the format's order, from a document restore parsed
 * itself: nobody else holds it, so it becomes the node as it is instead of a copy, which saves an
 * object per node on a large file. It is changed only where assembleNode's copy would differ.
 */
export function adoptNode(f: CleanNode): NodeDraft {
  // Filling in a missing value would append it after the optional fields, out of order.
  if (f.value === undefined) return assembleNode(f);
  const node = f as NodeDraft;
  // Assigning 0 turns -0 into 0, as the copy's `+ 0` does.
  if (node.value === 0) node.value = 0;
  if (node.x === 0) node.x = 0;
  if (node.y === 0) node.y = 0;
  return node;
}

/**
 * A node that needs repair: zod names the fields that are wrong, and only those are read again.
 * Returns the draft, or a refusal when the node cannot stand (no kind, or neither id nor name).
 */
export function repairNode(raw: unknown, index: number, notes: Repair[]): NodeDraft | string {
  const path = (field?: string) => at('nodes', index, field);
  if (!isRecord(raw)) return `${path()}: expected a node object, got ${kindOf(raw)}`;
  const result = nodeSchema.safeParse(raw);
  const flagged = new Set<PropertyKey>();
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) notes.push({ path: path(key), message: 'not a field of this format; dropped' });
    } else if (issue.path[0] !== undefined) flagged.add(issue.path[0]);
  }
  const kind = flagged.has('kind') ? readKind(raw.kind, path('kind'), notes) : (raw.kind as NodeKind);
  if (kind instanceof Refusal) return kind.message;
  const id = flagged.has('id') ? readId(raw.id, path('id'), notes) : (raw.id as string);
  if (id instanceof Refusal) return id.message;
  const name = flagged.has('name') ? readName(raw.name, path('name'), notes) : (raw.name as string);
  if (id === '' && name === '') return `${path()}: has no id and no name`;

  return assembleNode({
    id,
    kind,
    name,
    value: flagged.has('value') ? readValue(raw.value, path('value'), notes) : (raw.value as number | undefined),
    description: flagged.has('description') ? readText(raw.description, MAX_DESCRIPTION_LENGTH, path('description'), notes) : (raw.description as string | undefined),
    owner: flagged.has('owner') ? readText(raw.owner, MAX_OWNER_LENGTH, path('owner'), notes) : (raw.owner as string | undefined),
    tags: flagged.has('tags') ? readTags(raw.tags, path('tags'), notes) : (raw.tags as string[] | undefined),
    url: flagged.has('url') ? readUrl(raw.url, path('url'), notes) : (raw.url as string | undefined),
    scope: readScope(raw.scope, kind === 'partner', path('scope'), notes),
    x: flagged.has('x') ? readCoordinate(raw.x, path('x'), notes) : (raw.x as number | undefined),
    y: flagged.has('y') ? readCoordinate(raw.y, path('y'), notes) : (raw.y as number | undefined),
    pinned: flagged.has('pinned') ? readPinned(raw.pinned, path('pinned'), notes) : (raw.pinned as boolean | undefined),
  });
}

/** Why a node cannot be restored: the whole document is refused with this message. */
class Refusal {
  constructor(readonly message: string) {}
}

function readKind(raw: unknown, path: string, notes: Repair[]): NodeKind | Refusal {
  const folded = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  const kind = NODE_KINDS.find((k) => k === folded);
  if (kind) {
    notes.push({ path, message: `${show(raw)} read as ${quote(kind)}` });
    return kind;
  }
  return new Refusal(raw === undefined ? `${path}: missing; expected platform, service or partner` : `${path}: ${show(raw)} is not platform, service or partner`);
}

function readId(raw: unknown, path: string, notes: Repair[]): string | Refusal {
  if (typeof raw === 'string' && !fitsText(raw, MAX_ID_LENGTH)) {
    return new Refusal(`${path}: ${count(charCount(raw))} characters long; ids may be up to ${count(MAX_ID_LENGTH)}`);
  }
  if (typeof raw === 'string') return raw; // only '' gets here: filled from the name later
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    notes.push({ path, message: `the number ${raw} read as the id ${quote(String(raw))}` });
    return String(raw);
  }
  if (raw !== undefined && raw !== null) notes.push({ path, message: `${show(raw)} is not an id; dropped` });
  return '';
}

function readName(raw: unknown, path: string, notes: Repair[]): string {
  const name = readText(raw, MAX_NAME_LENGTH, path, notes);
  return name !== undefined && NON_BLANK.test(name) ? name : '';
}
