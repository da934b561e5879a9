import { DOCUMENT_FIELDS } from './documentFields.ts';
import { MAX_EXTRA_DEPTH } from './limits.ts';
import type { Repair } from './restoreReport.ts';
import { fieldPath, kindOf } from './restoreWords.ts';
import { isPlainObject } from './schemaFast.ts';

export { DOCUMENT_FIELDS };

// Top-level fields this version does not know are kept: the document grows (views, scenes,
// styles) and a file saved by a build that knows them must not lose them when opened here.
// Restore does not read them, so it only makes sure they are plain JSON: no prototypes, no
// `__proto__` keys, no cycles, no functions, no NaN, no nesting past MAX_EXTRA_DEPTH.
// Unknown fields on nodes and links are dropped instead: those are the format's fixed records,
// and tools outside the app rely on them carrying exactly the documented fields.



const DROP = Symbol('drop');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The document's unknown top-level fields as plain JSON, in their order, with a note for each thing dropped. */
export function keepExtras(doc: Readonly<Record<string, unknown>>, notes: Repair[]): [string, Json][] {
  const extras: [string, Json][] = [];
  for (const key of Object.keys(doc)) {
    if (DOCUMENT_FIELDS.has(key) || doc[key] === undefined) continue;
    const path = fieldPath(key).replace(/^\./, '');
    if (key === '__proto__') {
      notes.push({ path, message: 'a field named __proto__ is never kept; dropped' });
      continue;
    }
    const value = plainJson(doc[key], path, 1, new Set(), notes);
    if (value !== DROP) extras.push([key, value]);
  }
  return extras;
}

function plainJson(value: unknown, path: string, depth: number, open: Set<object>, notes: Repair[]): Json | typeof DROP {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value + 0;
    return drop(`${value} is not a finite number`, path, notes);
  }
  if (typeof value !== 'object') return drop(`${kindOf(value)} is not JSON`, path, notes);
  if (depth > MAX_EXTRA_DEPTH) return drop(`nested deeper than ${MAX_EXTRA_DEPTH} levels`, path, notes);
  if (open.has(value)) return drop('refers back to itself', path, notes);
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) return drop(`${Object.prototype.toString.call(value).slice(8, -1)} is not plain JSON`, path, notes);
  open.add(value);
  let out: Json;
  if (isArray) {
    out = Array.from(value as unknown[], (item, i) => {
      const kept = plainJson(item, `${path}[${i}]`, depth + 1, open, notes);
      return kept === DROP ? null : kept; // as JSON.stringify does, so later indices keep their place
    });
  } else {
    const object: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      if (key === '__proto__') {
        notes.push({ path: `${path}${fieldPath(key)}`, message: 'a field named __proto__ is never kept; dropped' });
        continue;
      }
      const kept = plainJson(item, `${path}${fieldPath(key)}`, depth + 1, open, notes);
      if (kept !== DROP) object[key] = kept;
    }
    out = object;
  }
  open.delete(value);
  return out;
}

function drop(why: string, path: string, notes: Repair[]): typeof DROP {
  notes.push({ path, message: `${why}; dropped` });
  return DROP;
}
