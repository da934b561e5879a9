import type { GraphIndex } from './graphIndex.ts';
import { borrowInt32 } from './scratch.ts';

/**
 * Silo delta of every node at once: how many more pieces its component breaks into when the node
 * alone is knocked out (−1 for an isolated node, which takes its component with it). Tarjan's
 * low-link over the undirected graph of both link kinds, with an explicit stack: a child subtree
 * whose low-link cannot climb above the node comes loose as its own piece.
 */
export function siloDeltas(index: GraphIndex): Int32Array {
  const n = index.ids.length;
  const { adjStart, adj } = index;
  const disc = borrowInt32('articulation.disc', n).fill(-1);
  const low = borrowInt32('articulation.low', n);
  const parent = borrowInt32('articulation.parent', n);
  const cursor = borrowInt32('articulation.cursor', n);
  cursor.set(adjStart.subarray(0, n));
  const stack = borrowInt32('articulation.stack', n);
  const delta = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = low[root] = time++;
    parent[root] = -1;
    // The root has no piece "above" it: it leaves one piece per child, so it starts one short.
    delta[root] = -1;
    let top = 0;
    stack[0] = root;
    while (top >= 0) {
      const u = stack[top]!;
      const e = cursor[u]!;
      if (e < adjStart[u + 1]!) {
        cursor[u] = e + 1;
        const v = adj[e]!;
        if (disc[v] === -1) {
          disc[v] = low[v] = time++;
          parent[v] = u;
          stack[++top] = v;
        } else if (disc[v]! < low[u]!) {
          low[u] = disc[v]!;
        }
        continue;
      }
      top--;
      const p = parent[u]!;
      if (p === -1) continue;
      if (low[u]! < low[p]!) low[p] = low[u]!;
      if (low[u]! >= disc[p]!) delta[p]!++;
    }
  }
  return delta;
}
