import type { Scenario } from '../model/types.ts';
import { compareIds } from '../model/compareIds.ts';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH } from './limits.ts';
import type { Repair } from './restoreReport.ts';
import { isPlainObject } from './schemaFast.ts';

/**
 * The map's saved knock-outs, repaired: each needs an id (unique) and a name, and lists node ids
 * the map holds. Anything else is dropped with a note; an empty list is no list.
 */
export function repairScenarios(raw: unknown, nodeIds: { has(id: string): boolean }, notes: Repair[]): Scenario[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    notes.push({ path: 'scenarios', message: 'not a list; dropped' });
    return undefined;
  }
  const out: Scenario[] = [];
  const taken = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const path = `scenarios[${i}]`;
    if (!isPlainObject(item)) return void notes.push({ path, message: 'not a scenario object; dropped' });
    const { id, name, removed } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !id || id.length > MAX_ID_LENGTH) return void notes.push({ path: `${path}.id`, message: 'missing or not a usable id; scenario dropped' });
    if (taken.has(id)) return void notes.push({ path: `${path}.id`, message: `"${id}" is used by an earlier scenario; dropped` });
    if (typeof name !== 'string' || !/\S/.test(name)) return void notes.push({ path: `${path}.name`, message: 'missing name; scenario dropped' });
    if (!Array.isArray(removed)) return void notes.push({ path: `${path}.removed`, message: 'not a list of node ids; scenario dropped' });
    const kept = new Set<string>();
    removed.forEach((ref: unknown, k) => {
      if (typeof ref === 'string' && nodeIds.has(ref)) kept.add(ref);
      else notes.push({ path: `${path}.removed[${k}]`, message: `${typeof ref === 'string' ? `no node "${ref}" in the map` : 'not a node id'}; dropped` });
    });
    const sorted = [...kept].sort(compareIds);
    if (sorted.length === removed.length && sorted.some((v, k) => v !== removed[k])) notes.push({ path: `${path}.removed`, message: 'put in id order' });
    const short = [...name].length > MAX_NAME_LENGTH ? [...name].slice(0, MAX_NAME_LENGTH).join('') : name;
    if (short !== name) notes.push({ path: `${path}.name`, message: `longer than ${MAX_NAME_LENGTH} characters; cut` });
    taken.add(id);
    out.push({ id, name: short, removed: sorted });
  });
  return out.length ? out : undefined;
}
