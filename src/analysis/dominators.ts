import type { GraphIndex } from './graphIndex.ts';

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
 */
export function dominated(index: GraphIndex): Dominated {
  const n = index.ids.length;
  const { outStart, edgeTarget, edgeSource, inStart, inEdge } = index;

  // Preorder numbers: 0 is the virtual root, 1..reached are the supported nodes.
  const pre = new Int32Array(n).fill(-1);
  const vertex = new Int32Array(n + 1);
  const parent = new Int32Array(n + 1);
  const cursor = outStart.slice(0, n);
  const stack = new Int32Array(n);
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
      const e = cursor[u]!;
      if (e === outStart[u + 1]!) {
        top--;
        continue;
      }
      cursor[u] = e + 1;
      const v = edgeTarget[e]!;
      if (pre[v] !== -1) continue;
      pre[v] = ++reached;
      vertex[reached] = v;
      parent[reached] = pre[u]!;
      stack[++top] = v;
    }
  }

  // Semidominators in reverse preorder, over a forest linked as the scan goes.
  const semi = new Int32Array(reached + 1);
  const label = new Int32Array(reached + 1);
  const ancestor = new Int32Array(reached + 1).fill(-1);
  for (let w = 0; w <= reached; w++) semi[w] = label[w] = w;
  for (let w = reached; w >= 1; w--) {
    const y = vertex[w]!;
    // A base node's only predecessor is the root, its parent: semi stays at 0 via the parent rule.
    if (inStart[y] === inStart[y + 1]) semi[w] = 0;
    for (let k = inStart[y]!, end = inStart[y + 1]!; k < end; k++) {
      const v = pre[edgeSource[inEdge[k]!]!]!;
      if (v === -1) continue;
      const u = ancestor[v] === -1 ? v : evaluate(v, ancestor, label, semi, stack);
      if (semi[u]! < semi[w]!) semi[w] = semi[u]!;
    }
    ancestor[w] = parent[w]!;
  }

  // Immediate dominators: the nearest common ancestor of parent and semidominator.
  const idom = new Int32Array(reached + 1);
  for (let w = 1; w <= reached; w++) {
    let d = parent[w]!;
    while (d > semi[w]!) d = idom[d]!;
    idom[w] = d;
  }

  // Dominators precede what they dominate in preorder, so one backward pass sums each subtree.
  const below = new Int32Array(reached + 1);
  const belowValue = new Float64Array(reached + 1);
  for (let w = reached; w >= 1; w--) {
    const d = idom[w]!;
    below[d]! += below[w]! + 1;
    belowValue[d]! += belowValue[w]! + index.value[vertex[w]!]!;
  }
  const count = new Int32Array(n);
  const value = new Float64Array(n);
  for (let w = 1; w <= reached; w++) {
    count[vertex[w]!] = below[w]!;
    value[vertex[w]!] = belowValue[w]!;
  }
  return { count, value };
}

/** The vertex of least semidominator on `v`'s forest path, compressing the path on the way. */
function evaluate(v: number, ancestor: Int32Array, label: Int32Array, semi: Int32Array, stack: Int32Array): number {
  let top = 0;
  let x = v;
  while (ancestor[ancestor[x]!]! !== -1) {
    stack[top++] = x;
    x = ancestor[x]!;
  }
  while (top > 0) {
    const y = stack[--top]!;
    const a = ancestor[y]!;
    if (semi[label[a]!]! < semi[label[y]!]!) label[y] = label[a]!;
    ancestor[y] = ancestor[a]!;
  }
  return label[v]!;
}
