import { dominatorTree } from './dominatorTree.ts';
import type { SupportRows } from './dominatorTree.ts';

/**
 * The dominator tree of what stays supported as nodes are removed one at a time, with what each
 * node alone holds up. A virtual root links to the nodes flagged in `root`.
 */
export interface SupportTree {
  /** Per node: 1 while it is supported (reachable from the root without removed nodes). */
  readonly alive: Uint8Array;
  /** Per supported node: Σ value over itself and every node it dominates. */
  readonly heldValue: Float64Array;
  /** Per supported node: itself and every node it dominates, counted. */
  readonly heldCount: Int32Array;
  /** Σ value over the supported nodes. */
  supportedValue(): number;
  supportedCount(): number;
  /** Removes a node, supported or not. */
  remove(node: number): void;
}

const ROOT = -1;
const UNSET = -2;
// Order numbers grow with every local update; past this, renumber from scratch.
const NUMBER_LIMIT = 1 << 30;

/**
 * Keeps the tree up to date. Removing `p` can only change what `p` reaches: the rest keeps its
 * dominators. When that part is small (at most `localShare` of what is supported), only its nodes
 * get new immediate dominators, by the iterative intersection of Cooper, Harvey and Kennedy over
 * order numbers in which every dominator precedes what it dominates; otherwise semi-NCA rebuilds
 * the whole tree. Either way one pass in that order then sums what each node holds up.
 */
export function supportTree(graph: SupportRows & { readonly root: Uint8Array }, value: Float64Array, localShare = 0.5): SupportTree {
  const k = value.length;
  const { outStart, edgeTarget, inStart, inSource, root } = graph;
  const left = new Uint8Array(k).fill(1);
  const alive = new Uint8Array(k);
  const idom = new Int32Array(k);
  const order = new Int32Array(k);
  const number = new Int32Array(k);
  const heldValue = new Float64Array(k);
  const heldCount = new Int32Array(k);
  const pending = new Uint8Array(k);
  const stack = new Int32Array(k);
  const cursor = new Int32Array(k);
  const reach = new Int32Array(k);
  const post = new Int32Array(k);
  let size = 0;
  let nextNumber = 0;
  let totalValue = 0;

  function rebuild(): void {
    const tree = dominatorTree(graph, left, root);
    alive.fill(0);
    for (let w = 1; w <= tree.reached; w++) {
      const y = tree.vertex[w]!;
      alive[y] = 1;
      order[w - 1] = y;
      number[y] = w;
      const d = tree.idom[w]!;
      idom[y] = d === 0 ? ROOT : tree.vertex[d]!;
    }
    size = tree.reached;
    nextNumber = size + 1;
    sum();
  }

  /** Children follow their dominators in `order`, so one backward pass adds subtrees up. */
  function sum(): void {
    totalValue = 0;
    for (let i = 0; i < size; i++) {
      const y = order[i]!;
      heldValue[y] = value[y]!;
      heldCount[y] = 1;
    }
    for (let i = size - 1; i >= 0; i--) {
      const y = order[i]!;
      const d = idom[y]!;
      if (d === ROOT) {
        totalValue += heldValue[y]!;
      } else {
        heldValue[d]! += heldValue[y]!;
        heldCount[d]! += heldCount[y]!;
      }
    }
  }

  function intersect(a: number, b: number): number {
    while (a !== b) {
      if (a === ROOT || b === ROOT) return ROOT;
      if (number[a]! > number[b]!) a = idom[a]!;
      else b = idom[b]!;
    }
    return a;
  }

  /** Marks `p` and what it reaches among the supported nodes as pending, listed in `reach`; returns how many. */
  function markReached(p: number): number {
    let count = 0;
    reach[count++] = p;
    pending[p] = 1;
    for (let head = 0; head < count; head++) {
      const u = reach[head]!;
      for (let e = outStart[u]!, end = outStart[u + 1]!; e < end; e++) {
        const v = edgeTarget[e]!;
        if (alive[v] && !pending[v]) {
          pending[v] = 1;
          reach[count++] = v;
        }
      }
    }
    return count;
  }

  /**
   * Removes `p`, given what it reached (`reach[0..count)`, `p` first, marked pending). Those of them
   * still supported are the ones an entry reaches: a root, or a node with a supporter outside the
   * pending part, which keeps its dominators. A depth-first walk from the entries numbers them in
   * reverse postorder after every number in use, so dominators keep preceding what they dominate.
   */
  function removeLocally(p: number, count: number): void {
    for (let r = 0; r < count; r++) alive[reach[r]!] = 0;
    // Pending marks: 1 not walked yet, 2 walked (still supported); `p` itself is never walked into.
    pending[p] = 3;
    let finished = 0;
    for (let r = 1; r < count; r++) {
      const start = reach[r]!;
      if (pending[start] !== 1 || !isEntry(start)) continue;
      pending[start] = 2;
      cursor[start] = outStart[start]!;
      let top = 0;
      stack[0] = start;
      while (top >= 0) {
        const u = stack[top]!;
        const end = outStart[u + 1]!;
        let e = cursor[u]!;
        while (e < end && pending[edgeTarget[e]!] !== 1) e++;
        if (e === end) {
          post[finished++] = u;
          top--;
          continue;
        }
        const v = edgeTarget[e]!;
        cursor[u] = e + 1;
        pending[v] = 2;
        cursor[v] = outStart[v]!;
        stack[++top] = v;
      }
    }
    for (let i = 0; i < finished; i++) {
      const y = post[i]!;
      number[y] = nextNumber + finished - 1 - i;
      idom[y] = UNSET;
    }
    nextNumber += finished;
    // Iterate to a fixed point in reverse postorder; loops among the pending nodes need a second pass.
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = finished - 1; i >= 0; i--) {
        const y = post[i]!;
        let d = root[y] ? ROOT : UNSET;
        for (let q = inStart[y]!, end = inStart[y + 1]!; q < end && d !== ROOT; q++) {
          const s = inSource[q]!;
          if (alive[s] || (pending[s] === 2 && idom[s] !== UNSET)) d = d === UNSET ? s : intersect(s, d);
        }
        if (d !== idom[y]) {
          idom[y] = d;
          changed = true;
        }
      }
    }
    for (let r = 0; r < count; r++) pending[reach[r]!] = 0;
    let kept = 0;
    for (let i = 0; i < size; i++) {
      const y = order[i]!;
      if (alive[y]) order[kept++] = y;
    }
    for (let i = finished - 1; i >= 0; i--) {
      const y = post[i]!;
      alive[y] = 1;
      order[kept++] = y;
    }
    size = kept;
    sum();
  }

  function isEntry(y: number): boolean {
    if (root[y]) return true;
    for (let q = inStart[y]!, end = inStart[y + 1]!; q < end; q++) if (alive[inSource[q]!]) return true;
    return false;
  }

  rebuild();
  return {
    alive,
    heldValue,
    heldCount,
    supportedValue: () => totalValue,
    supportedCount: () => size,
    remove(p: number): void {
      left[p] = 0;
      if (!alive[p]) return;
      const count = markReached(p);
      if (count - 1 > localShare * size || nextNumber + count > NUMBER_LIMIT) {
        for (let r = 0; r < count; r++) pending[reach[r]!] = 0;
        rebuild();
        return;
      }
      removeLocally(p, count);
    },
  };
}
