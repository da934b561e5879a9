import type { GraphIndex } from './graphIndex.ts';
import { borrowFloat64, borrowInt32 } from './scratch.ts';

/** For every node, what knocking out that node alone strands. */
export interface Dominated {
  /** How many nodes the node strictly dominates. */
  readonly count: Int32Array;
  /** Σ value over the nodes it strictly dominates. */
  readonly value: Float64Array;
}

/**
 * Stranded sets of every node at once. A virtual root supports every base node; a node `y` is
 * stranded by knocking out `x` exactly when every path from the root to `y` passes through `x`,
 * i.e. when `x` strictly dominates `y`. The dominator tree comes from semi-NCA (Georgiadis), with
 * an iterative depth-first search and path compression so deep maps cannot overflow the stack.
 * Fills and returns `count` and `value`, one entry per node.
 */
export function dominated(
  index: GraphIndex,
  count: Int32Array = new Int32Array(index.ids.length),
  value: Float64Array = new Float64Array(index.ids.length),
): Dominated {
  const n = index.ids.length;
  // Preorder numbers: 0 is the virtual root, 1..reached are the supported nodes.
  const pre = borrowInt32('dominators.pre', n);
  const vertex = borrowInt32('dominators.vertex', n + 1);
  const parent = borrowInt32('dominators.parent', n + 1);
  const reached = preorder(index, pre, vertex, parent);
  const idom = immediateDominators(index, pre, vertex, parent, reached);

  // Dominators precede what they dominate in preorder, so one backward pass sums each subtree.
  const below = borrowInt32('dominators.below', reached + 1).fill(0);
  const belowValue = borrowFloat64('dominators.belowValue', reached + 1).fill(0);
  count.fill(0);
  value.fill(0);
  for (let w = reached; w >= 1; w--) {
    const d = idom[w]!;
    const y = vertex[w]!;
    count[y] = below[w]!;
    value[y] = belowValue[w]!;
    below[d]! += below[w]! + 1;
    belowValue[d]! += belowValue[w]! + index.value[y]!;
  }
  return { count, value };
}

/** Depth-first from the virtual root (base nodes in id order, targets in id order); -1 if unreached. */
function preorder(index: GraphIndex, pre: Int32Array, vertex: Int32Array, parent: Int32Array): number {
  const n = pre.length;
  const { outStart, edgeTarget, inStart } = index;
  const cursor = borrowInt32('dominators.cursor', n);
  cursor.set(outStart.subarray(0, n));
  const stack = borrowInt32('dominators.stack', n);
  pre.fill(-1);
  let reached = 0;
  for (let base = 0; base < n; base++) {
    if (inStart[base] !== inStart[base + 1] || pre[base] !== -1) continue;
    pre[base] = ++reached;
    vertex[reached] = base;
    parent[reached] = 0;
    let top = 0;
    stack[0] = base;
    while (top >= 0) {
      const u = stack[top]!;
      const end = outStart[u + 1]!;
      let e = cursor[u]!;
      let next = -1;
      while (e < end) {
        const v = edgeTarget[e++]!;
        if (pre[v] === -1) {
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

/** Semi-NCA over preorder numbers: semidominators in reverse preorder, then idom by climbing. */
function immediateDominators(index: GraphIndex, pre: Int32Array, vertex: Int32Array, parent: Int32Array, reached: number): Int32Array {
  const { inStart, inSource } = index;
  const semi = borrowInt32('dominators.semi', reached + 1);
  const label = borrowInt32('dominators.label', reached + 1);
  const ancestor = borrowInt32('dominators.ancestor', reached + 1).fill(-1);
  const path = borrowInt32('dominators.path', reached + 1);
  for (let w = 0; w <= reached; w++) semi[w] = label[w] = w;
  for (let w = reached; w >= 1; w--) {
    const y = vertex[w]!;
    // A base node has no supporters: its only predecessor is the root, which is its parent.
    if (inStart[y] === inStart[y + 1]) semi[w] = 0;
    let best = semi[w]!;
    for (let k = inStart[y]!, end = inStart[y + 1]!; k < end; k++) {
      const v = pre[inSource[k]!]!;
      // Unreached supporters do not count; one earlier in preorder is not linked yet: its own semi.
      if (v === -1) continue;
      const s = v < w ? v : semi[evaluate(v, ancestor, label, semi, path)]!;
      if (s < best) best = s;
    }
    semi[w] = best;
    ancestor[w] = parent[w]!;
  }
  const idom = borrowInt32('dominators.idom', reached + 1);
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
