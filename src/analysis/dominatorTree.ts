import type { GraphIndex } from './graphIndex.ts';
import { borrowInt32 } from './scratch.ts';

/** The supports edges as rows: out-edges by source, and each node's supporters. */
export type SupportRows = Pick<GraphIndex, 'outStart' | 'edgeTarget' | 'inStart' | 'inSource'>;

/**
 * A dominator tree over the supports edges among the nodes a mask keeps, from a virtual root
 * joined to chosen nodes. Nodes are numbered in depth-first preorder: 0 is the virtual root,
 * 1..reached the nodes it reaches, so every dominator is numbered before what it dominates.
 * The arrays are borrowed: read them before the next call.
 */
export interface DominatorTree {
  readonly reached: number;
  /** `pre[i]`: node i's number, -1 when the root does not reach it. */
  readonly pre: Int32Array;
  /** `vertex[w]`: the node numbered w (w ≥ 1). */
  readonly vertex: Int32Array;
  /** `idom[w]`: the number of w's immediate dominator, 0 for the virtual root. */
  readonly idom: Int32Array;
}

/**
 * The dominator tree of the nodes in `inside` reachable from the virtual root, which links to
 * every node flagged in `root` (roots outside `inside` are ignored). Depth-first search from the
 * roots in id order, targets in id order, then semi-NCA (Georgiadis) with path compression: the
 * same algorithm as `dominated`, generalised to a kept set and any roots.
 */
export function dominatorTree(rows: SupportRows, inside: Uint8Array, root: Uint8Array): DominatorTree {
  const n = rows.inStart.length - 1;
  const pre = borrowInt32('dominatorTree.pre', n).fill(-1);
  const vertex = borrowInt32('dominatorTree.vertex', n + 1);
  const parent = borrowInt32('dominatorTree.parent', n + 1);
  const reached = preorder(rows, inside, root, pre, vertex, parent);
  const idom = immediateDominators(rows, root, pre, vertex, parent, reached);
  return { reached, pre, vertex, idom };
}

function preorder(rows: SupportRows, inside: Uint8Array, root: Uint8Array, pre: Int32Array, vertex: Int32Array, parent: Int32Array): number {
  const n = pre.length;
  const { outStart, edgeTarget } = rows;
  const cursor = borrowInt32('dominatorTree.cursor', n);
  cursor.set(outStart.subarray(0, n));
  const stack = borrowInt32('dominatorTree.stack', n);
  let reached = 0;
  for (let start = 0; start < n; start++) {
    if (!root[start] || !inside[start] || pre[start] !== -1) continue;
    pre[start] = ++reached;
    vertex[reached] = start;
    parent[reached] = 0;
    let top = 0;
    stack[0] = start;
    while (top >= 0) {
      const u = stack[top]!;
      const end = outStart[u + 1]!;
      let e = cursor[u]!;
      let next = -1;
      while (e < end) {
        const v = edgeTarget[e++]!;
        if (pre[v] === -1 && inside[v]) {
          next = v;
          break;
        }
      }
      if (next === -1) {
        top--;
        continue;
      }
      cursor[u] = e;
      pre[next] = ++reached;
      vertex[reached] = next;
      parent[reached] = pre[u]!;
      stack[++top] = next;
    }
  }
  return reached;
}

function immediateDominators(rows: SupportRows, root: Uint8Array, pre: Int32Array, vertex: Int32Array, parent: Int32Array, reached: number): Int32Array {
  const { inStart, inSource } = rows;
  const semi = borrowInt32('dominatorTree.semi', reached + 1);
  const label = borrowInt32('dominatorTree.label', reached + 1);
  const ancestor = borrowInt32('dominatorTree.ancestor', reached + 1).fill(-1);
  const path = borrowInt32('dominatorTree.path', reached + 1);
  for (let w = 0; w <= reached; w++) semi[w] = label[w] = w;
  for (let w = reached; w >= 1; w--) {
    const y = vertex[w]!;
    // A root has the virtual root among its predecessors, and nothing comes before it.
    let best = root[y] ? 0 : semi[w]!;
    for (let k = inStart[y]!, end = inStart[y + 1]!; k < end && best > 0; k++) {
      const v = pre[inSource[k]!]!;
      // Supporters outside the kept set or unreached are no predecessors.
      if (v === -1) continue;
      const s = v < w ? v : semi[evaluate(v, ancestor, label, semi, path)]!;
      if (s < best) best = s;
    }
    semi[w] = best;
    ancestor[w] = parent[w]!;
  }
  const idom = borrowInt32('dominatorTree.idom', reached + 1);
  idom[0] = 0;
  for (let w = 1; w <= reached; w++) {
    let d = parent[w]!;
    while (d > semi[w]!) d = idom[d]!;
    idom[w] = d;
  }
  return idom;
}

/** The vertex of least semidominator on `v`'s forest path, compressing the path on the way. */
function evaluate(v: number, ancestor: Int32Array, label: Int32Array, semi: Int32Array, path: Int32Array): number {
  let top = 0;
  let x = v;
  while (ancestor[ancestor[x]!]! !== -1) {
    path[top++] = x;
    x = ancestor[x]!;
  }
  while (top > 0) {
    const y = path[--top]!;
    const a = ancestor[y]!;
    if (semi[label[a]!]! < semi[label[y]!]!) label[y] = label[a]!;
    ancestor[y] = ancestor[a]!;
  }
  return label[v]!;
}
