import { MAX_ID_LENGTH, MAX_NAME_LENGTH } from './limits.ts';
import type { NodeDraft } from './repairNode.ts';
import type { Repair } from './restoreReport.ts';
import { at, cutText, quote } from './restoreWords.ts';
import { NON_BLANK } from './schema.ts';

/** Where each settled node id sits in the node list: what a map's links may point at. */
export interface NodeIds {
  readonly index: ReadonlyMap<string, number>;
  /** Names of nodes whose id was made from their name: a hand-written link may use the name. */
  readonly aliases: ReadonlyMap<string, string>;
}

const SLUG_LENGTH = 64;

/**
 * Gives every node a unique id, in document order. A repeated id is renamed (`pay` → `pay-2`), so
 * links naming it keep pointing at the first node that had it. A missing id is made from the name.
 * Made-up ids never take an id that a later node states, so no stated id is ever renamed for them.
 */
export function settleNodeIds(nodes: NodeDraft[], notes: Repair[]): NodeIds {
  const index = new Map<string, number>();
  let settled = true;
  for (let i = 0; i < nodes.length; i++) {
    const { id, name } = nodes[i]!;
    if (id === '' || name === '') settled = false;
    else if (index.size === index.set(id, i).size) {
      // A repeated id: set() did not grow the map. One hash lookup a node instead of has() then set().
      settled = false;
    }
  }
  // Almost every map stops here: all ids present and distinct.
  return settled ? { index, aliases: new Map() } : renameNodes(nodes, new Set(index.keys()), notes);
}

function renameNodes(nodes: NodeDraft[], stated: ReadonlySet<string>, notes: Repair[]): NodeIds {
  const index = new Map<string, number>();
  const aliases = new Map<string, string>();
  const fresh = freshIds((id) => index.has(id) || stated.has(id));
  nodes.forEach((node, i) => {
    if (node.id === '') {
      const base = slug(node.name);
      const id = stated.has(base) || index.has(base) ? fresh(base) : base;
      notes.push({ path: at('nodes', i, 'id'), message: `missing; set to ${quote(id)} from the name` });
      if (!stated.has(node.name) && !aliases.has(node.name)) aliases.set(node.name, id);
      node.id = id;
    } else if (index.has(node.id)) {
      const id = fresh(node.id);
      notes.push({ path: at('nodes', i, 'id'), message: `${quote(node.id)} is already the id of nodes[${index.get(node.id)}]; renamed ${quote(id)}` });
      node.id = id;
    }
    index.set(node.id, i);
    if (node.name === '') {
      // An id of blanks would make a blank name, which the next restore would repair again.
      node.name = NON_BLANK.test(node.id) ? cutText(node.id, MAX_NAME_LENGTH) : 'Unnamed node';
      notes.push({ path: at('nodes', i, 'name'), message: `no name; named after its id ${quote(node.id)}` });
    }
  });
  return { index, aliases };
}

/** `base-2`, `base-3`, … the first not taken; a counter per base keeps many repeats linear. */
export function freshIds(taken: (id: string) => boolean): (base: string) => string {
  const next = new Map<string, number>();
  return (base) => {
    for (let k = next.get(base) ?? 2; ; k++) {
      const suffix = `-${k}`;
      const id = cutText(base, MAX_ID_LENGTH - suffix.length) + suffix;
      if (!taken(id)) {
        next.set(base, k + 1);
        return id;
      }
    }
  };
}

/** "Payments Gateway" → "payments-gateway"; letters of any script are kept, accents dropped. */
export function slug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  return cutText(words.replace(/^-+/, ''), SLUG_LENGTH).replace(/-+$/, '') || 'node';
}
