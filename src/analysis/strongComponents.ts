import type { GraphIndex } from './graphIndex.ts';
import { borrowInt32, borrowUint8 } from './scratch.ts';

/** Strongly connected pieces of the supports edges between the nodes a mask keeps. */
export interface StrongComponents {
  /**
   * Per node: its piece, -1 outside the mask. Pieces are numbered in reverse topological order:
   * an edge between two pieces always runs from the higher number to the lower.
   */
  readonly piece: Int32Array;
  readonly count: number;
}

/** Tarjan's algorithm over the supports edges with both ends in `inside`, with explicit stacks. */
export function strongComponents(index: GraphIndex, inside: Uint8Array): StrongComponents {
  const n = index.ids.length;
  const { outStart, edgeTarget } = index;
  const piece = new Int32Array(n).fill(-1);
  const order = borrowInt32('strongComponents.order', n).fill(-1);
  const low = borrowInt32('strongComponents.low', n);
  const cursor = borrowInt32('strongComponents.cursor', n);
  cursor.set(outStart.subarray(0, n));
  const onStack = borrowUint8('strongComponents.onStack', n).fill(0);
  const open = borrowInt32('strongComponents.open', n);
  const walk = borrowInt32('strongComponents.walk', n);
  let time = 0;
  let openTop = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (!inside[root] || order[root] !== -1) continue;
    order[root] = low[root] = time++;
    open[openTop++] = root;
    onStack[root] = 1;
    let top = 0;
    walk[0] = root;
    while (top >= 0) {
      const u = walk[top]!;
      const end = outStart[u + 1]!;
      let e = cursor[u]!;
      let next = -1;
      while (e < end) {
        const v = edgeTarget[e++]!;
        if (!inside[v]) continue;
        if (order[v] === -1) {
          next = v;
          break;
        }
        if (onStack[v] && order[v]! < low[u]!) low[u] = order[v]!;
      }
      if (next !== -1) {
        cursor[u] = e;
        order[next] = low[next] = time++;
        open[openTop++] = next;
        onStack[next] = 1;
        walk[++top] = next;
        continue;
      }
      // u is finished: it roots a piece when nothing below it reached higher.
      if (low[u] === order[u]) {
        let v: number;
        do {
          v = open[--openTop]!;
          onStack[v] = 0;
          piece[v] = count;
        } while (v !== u);
        count++;
      }
      if (--top >= 0) {
        const p = walk[top]!;
        if (low[u]! < low[p]!) low[p] = low[u]!;
      }
    }
  }
  return { piece, count };
}
