import type { EcoMap } from '../model/types.ts';
import { indexMap } from './graphIndex.ts';
import type { GraphIndex } from './graphIndex.ts';
import { idsWhere, removalMask } from './removal.ts';
import { borrowInt32 } from './scratch.ts';

/** True for each base node: one with no incoming `supports` link. */
export function baseMask(index: GraphIndex): Uint8Array {
  const n = index.ids.length;
  const base = new Uint8Array(n);
  for (let i = 0; i < n; i++) base[i] = index.inStart[i] === index.inStart[i + 1] ? 1 : 0;
  return base;
}

/** True for each node reachable from a base node outside `removed`, never entering `removed`. */
export function supportedMask(index: GraphIndex, removed?: Uint8Array): Uint8Array {
  const n = index.ids.length;
  const { inStart, outStart, edgeTarget } = index;
  const seen = new Uint8Array(n);
  const queue = borrowInt32('support.queue', n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (inStart[i] === inStart[i + 1] && !removed?.[i]) {
      seen[i] = 1;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let e = outStart[u]!, end = outStart[u + 1]!; e < end; e++) {
      const v = edgeTarget[e]!;
      if (!seen[v] && !removed?.[v]) {
        seen[v] = 1;
        queue[tail++] = v;
      }
    }
  }
  return seen;
}

const baselines = new WeakMap<GraphIndex, Uint8Array>();

/** `S(G,∅)`, computed once per index. */
export function baselineSupported(index: GraphIndex): Uint8Array {
  let mask = baselines.get(index);
  if (!mask) {
    mask = supportedMask(index);
    baselines.set(index, mask);
  }
  return mask;
}

/** Base nodes `B`: nodes with no incoming `supports` link, in id order. */
export function baseNodes(map: EcoMap): string[] {
  const index = indexMap(map);
  return idsWhere(index, baseMask(index));
}

/** Supported `S(G,R)`: nodes reachable from `B ∖ R` along `supports` links without entering `R`. */
export function supportedNodes(map: EcoMap, removed?: Iterable<string>): string[] {
  const index = indexMap(map);
  return idsWhere(index, removed ? supportedMask(index, removalMask(index, removed)) : baselineSupported(index));
}

/** Floating nodes: not in `S(G,∅)`, held up only by support cycles. */
export function floatingNodes(map: EcoMap): string[] {
  const index = indexMap(map);
  const supported = baselineSupported(index);
  return index.ids.filter((_, i) => !supported[i]);
}
