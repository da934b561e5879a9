import type { GraphIndex } from './graphIndex.ts';
import { dominatorTree } from './dominatorTree.ts';
import { borrowInt32 } from './scratch.ts';
import { strongComponents } from './strongComponents.ts';

/**
 * The stranded nodes that would recover the most as the target of one new link from a supported
 * platform, sorted by index. A target recovers the stranded nodes it reaches through stranded
 * nodes; the best reach the most value, then the most nodes.
 *
 * Only entry pieces compete: a strongly connected piece of stranded nodes that another stranded
 * piece links into reaches strictly less than that one. Every stranded node hangs below an entry
 * point (a stranded node with a knocked-out supporter): after the last knocked-out node on a path
 * that supported it, only stranded nodes follow. In the dominator tree of the stranded nodes under
 * a virtual root joined to the entry points, a link from outside a root child's subtree can only
 * land on the root child itself. So a target's reach is a union of whole subtrees of root children,
 * found by a walk over the links between those subtrees, once per competing piece: linear where
 * stranded parts branch like trees or funnel into shared parts, quadratic only for ladders of
 * shared parts each entered by its own entry point.
 */
export function bestTargets(index: GraphIndex, stranded: Uint8Array, gone: Uint8Array): number[] {
  const n = stranded.length;
  const { inStart, inSource, outStart, edgeTarget, value } = index;
  const entry = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!stranded[i]) continue;
    for (let k = inStart[i]!, end = inStart[i + 1]!; k < end; k++) {
      if (gone[inSource[k]!]) {
        entry[i] = 1;
        break;
      }
    }
  }
  const { piece, count } = strongComponents(index, stranded);
  const entered = new Uint8Array(count);
  for (let u = 0; u < n; u++) {
    if (!stranded[u]) continue;
    for (let e = outStart[u]!, end = outStart[u + 1]!; e < end; e++) {
      const v = edgeTarget[e]!;
      if (stranded[v] && piece[v] !== piece[u]) entered[piece[v]!] = 1;
    }
  }

  const { reached, pre, vertex, idom } = dominatorTree(index, stranded, entry);
  // Subtree sums, dominated nodes first; and each node's root child, dominators first.
  const subValue = new Float64Array(reached + 1);
  const subCount = new Int32Array(reached + 1);
  for (let w = reached; w >= 1; w--) {
    subValue[w]! += value[vertex[w]!]!;
    subCount[w]!++;
    const d = idom[w]!;
    if (d > 0) {
      subValue[d]! += subValue[w]!;
      subCount[d]! += subCount[w]!;
    }
  }
  const head = new Int32Array(reached + 1);
  for (let w = 1; w <= reached; w++) head[w] = idom[w] === 0 ? w : head[idom[w]!]!;

  // Links between subtrees, as rows keyed by the subtree they leave.
  const rowStart = new Int32Array(reached + 2);
  const crossing = (w: number, v: number) => {
    const x = pre[v]!;
    return x > 0 && idom[x] === 0 && head[w] !== x ? x : 0;
  };
  for (let w = 1; w <= reached; w++) {
    const u = vertex[w]!;
    for (let e = outStart[u]!, end = outStart[u + 1]!; e < end; e++) if (crossing(w, edgeTarget[e]!)) rowStart[head[w]! + 1]!++;
  }
  for (let w = 0; w <= reached; w++) rowStart[w + 1]! += rowStart[w]!;
  const row = new Int32Array(rowStart[reached + 1]!);
  const next = rowStart.slice(0, reached + 1);
  for (let w = 1; w <= reached; w++) {
    const u = vertex[w]!;
    for (let e = outStart[u]!, end = outStart[u + 1]!; e < end; e++) {
      const x = crossing(w, edgeTarget[e]!);
      if (x) row[next[head[w]!]!++] = x;
    }
  }

  const stamp = new Int32Array(reached + 1);
  const queue = borrowInt32('strandedReach.queue', reached + 1);
  const done = new Uint8Array(count);
  const tied = new Uint8Array(count);
  let bestValue = -1;
  let bestCount = -1;
  let tiedPieces: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = piece[i]!;
    if (!entry[i] || entered[c] || done[c]) continue;
    done[c] = 1;
    const from = pre[i]!;
    let v = 0;
    let k = 0;
    let tail = 0;
    queue[tail++] = from;
    stamp[from] = from;
    for (let at = 0; at < tail; at++) {
      const w = queue[at]!;
      v += subValue[w]!;
      k += subCount[w]!;
      for (let r = rowStart[w]!, end = rowStart[w + 1]!; r < end; r++) {
        const x = row[r]!;
        if (stamp[x] !== from) {
          stamp[x] = from;
          queue[tail++] = x;
        }
      }
    }
    if (v > bestValue || (v === bestValue && k > bestCount)) {
      bestValue = v;
      bestCount = k;
      tiedPieces = [c];
    } else if (v === bestValue && k === bestCount) {
      tiedPieces.push(c);
    }
  }
  for (const c of tiedPieces) tied[c] = 1;
  const targets: number[] = [];
  for (let i = 0; i < n; i++) if (stranded[i] && tied[piece[i]!]) targets.push(i);
  return targets;
}
