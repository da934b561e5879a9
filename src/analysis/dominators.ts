import { dominatorTree } from './dominatorTree.ts';
import type { GraphIndex } from './graphIndex.ts';
import { borrowFloat64, borrowInt32, borrowUint8 } from './scratch.ts';

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
 * i.e. when `x` strictly dominates `y`. The dominator tree (dominatorTree.ts: semi-NCA, iterative,
 * so deep maps cannot overflow the stack) is over every node, rooted at the base nodes.
 * Fills and returns `count` and `value`, one entry per node.
 */
export function dominated(
  index: GraphIndex,
  count: Int32Array = new Int32Array(index.ids.length),
  value: Float64Array = new Float64Array(index.ids.length),
): Dominated {
  const n = index.ids.length;
  const { inStart } = index;
  const every = borrowUint8('dominators.every', n).fill(1);
  const base = borrowUint8('dominators.base', n);
  for (let i = 0; i < n; i++) base[i] = inStart[i] === inStart[i + 1] ? 1 : 0;
  // Preorder numbers: 0 is the virtual root, 1..reached are the supported nodes.
  const { reached, vertex, idom } = dominatorTree(index, every, base);

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
