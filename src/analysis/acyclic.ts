import type { GraphIndex } from './graphIndex.ts';

/** The supports graph made acyclic, as the value flow needs it. */
export interface Acyclic {
  /** Per supports edge: 1 when it closed a cycle and was dropped. */
  readonly dropped: Uint8Array;
  /** Nodes in depth-first finishing order: every kept edge's target comes before its source. */
  readonly postorder: Int32Array;
}

const cache = new WeakMap<GraphIndex, Acyclic>();

/**
 * Drops the supports edges that close a cycle: a depth-first search from nodes in id order,
 * visiting targets in id order, drops every edge to a node still on its stack. Once per index.
 */
export function acyclic(index: GraphIndex): Acyclic {
  let result = cache.get(index);
  if (!result) {
    result = dropCycles(index);
    cache.set(index, result);
  }
  return result;
}

const WHITE = 0;
const ON_STACK = 1;
const DONE = 2;

function dropCycles(index: GraphIndex): Acyclic {
  const n = index.ids.length;
  const { outStart, edgeTarget } = index;
  const state = new Uint8Array(n);
  const cursor = outStart.slice(0, n);
  const stack = new Int32Array(n);
  const dropped = new Uint8Array(edgeTarget.length);
  const postorder = new Int32Array(n);
  let finished = 0;
  for (let start = 0; start < n; start++) {
    if (state[start] !== WHITE) continue;
    let top = 0;
    stack[0] = start;
    state[start] = ON_STACK;
    while (top >= 0) {
      const u = stack[top]!;
      const end = outStart[u + 1]!;
      let e = cursor[u]!;
      let next = -1;
      while (e < end) {
        const v = edgeTarget[e]!;
        const seen = state[v]!;
        if (seen === WHITE) {
          next = v;
          break;
        }
        if (seen === ON_STACK) dropped[e] = 1;
        e++;
      }
      if (next === -1) {
        state[u] = DONE;
        postorder[finished++] = u;
        top--;
        continue;
      }
      cursor[u] = e + 1;
      state[next] = ON_STACK;
      stack[++top] = next;
    }
  }
  return { dropped, postorder };
}
