import type { GraphIndex } from './graphIndex.ts';
import { borrowInt32 } from './scratch.ts';

/**
 * Silo delta of every node at once: how many more pieces its component breaks into when the node
 * alone is knocked out (−1 for an isolated node, which takes its component with it). Tarjan's
 * low-link over the undirected graph of both link kinds, with an explicit stack: a child subtree
 * whose low-link cannot climb above the node comes loose as its own piece. Fills and returns `delta`.
 */
export function siloDeltas(index: GraphIndex, delta: Int32Array = new Int32Array(index.ids.length)): Int32Array {
  const n = index.ids.length;
  const { adjStart, adj } = index;
  const disc = borrowInt32('articulation.disc', n).fill(-1);
  const low = borrowInt32('articulation.low', n);
  const cursor = borrowInt32('articulation.cursor', n);
  cursor.set(adjStart.subarray(0, n));
  const stack = borrowInt32('articulation.stack', n);
  delta.fill(0);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = low[root] = time++;
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
        stack[++top] = next;
        continue;
      }
      // The node below on the stack is the parent: the walk only ever pushes a child onto it.
      if (--top < 0) continue;
      const p = stack[top]!;
      if (lowU < low[p]!) low[p] = lowU;
      if (lowU >= disc[p]!) delta[p]!++;
    }
  }
  return delta;
}
