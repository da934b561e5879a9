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
      const end = adjStart[u + 1]!;
      let e = cursor[u]!;
      let lowU = low[u]!;
      // Scan neighbours already seen in a tight loop; stop at the first new one and descend.
      let next = -1;
      while (e < end) {
        const v = adj[e++]!;
        const seen = disc[v]!;
        if (seen === -1) {
          next = v;
          break;
        }
        if (seen < lowU) lowU = seen;
      }
      low[u] = lowU;
      if (next !== -1) {
        cursor[u] = e;
        disc[next] = low[next] = time++;
        parent[next] = u;
        stack[++top] = next;
        continue;
      }
      top--;
      const p = parent[u]!;
      if (p === -1) continue;
      if (lowU < low[p]!) low[p] = lowU;
      if (lowU >= disc[p]!) delta[p]!++;
    }
  }
  return delta;
}
