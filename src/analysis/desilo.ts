import type { EcoMap } from '../model/types.ts';
import { labelComponents } from './components.ts';
import { indexMap } from './graphIndex.ts';
import type { GraphIndex } from './graphIndex.ts';
import { kindMask } from './kindMask.ts';
import { removalMask } from './removal.ts';
import { borrowInt32 } from './scratch.ts';
import { bestTargets } from './strandedReach.ts';
import { baselineSupported, supportedMask } from './support.ts';

/** The one new `supports` link that wins back the most of a knock-out's value at risk. */
export interface DesiloSuggestion {
  /** A platform still supported after the knock-out. */
  readonly source: string;
  /** A stranded node. */
  readonly target: string;
  /** How much the value at risk falls once the link is added: Σ value over `recovered`. */
  readonly recoveredValue: number;
  readonly recoveredCount: number;
  /** The stranded nodes the link lifts back, sorted by code point. */
  readonly recovered: string[];
}

/**
 * The new link `source → target` that, added to the map, lowers the value at risk of knocking out
 * `removed` the most; then recovers the most nodes; then joins a source and target that are in
 * one component of what is left; then the smallest (source, target) by code point. Null when
 * nothing is stranded or no supported platform is left to lift it.
 *
 * Candidates are the links from a platform not removed to a node not removed, new and not a
 * self-link, that leave the full map's support `S(G,∅)` as it is: a suggestion repairs the
 * knock-out; it does not lift floating nodes, nor make a base node hang on another. Among those,
 * only a link from a platform that is still supported to a stranded node recovers anything, and it
 * recovers exactly the stranded nodes reachable from the target through stranded nodes.
 */
export function desiloSuggestion(map: EcoMap, removed: Iterable<string>): DesiloSuggestion | null {
  const index = indexMap(map);
  const n = index.ids.length;
  const gone = removalMask(index, removed);
  const before = baselineSupported(index);
  const after = supportedMask(index, gone);
  const platform = kindMask(map, index, 'platform');
  const stranded = new Uint8Array(n);
  let anyStranded = false;
  let anyLifter = false;
  for (let i = 0; i < n; i++) {
    if (before[i] && !after[i] && !gone[i]) stranded[i] = 1;
    anyStranded ||= stranded[i] === 1;
    anyLifter ||= platform[i] === 1 && after[i] === 1;
  }
  if (!anyStranded || !anyLifter) return null;

  const best = bestTargets(index, stranded, gone);
  const labels = labelComponents(index, gone).label;
  // Per component of what is left, its smallest supported platform; index order is code-point order.
  const lifter = new Int32Array(n).fill(-1);
  let first = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (!platform[i] || !after[i]) continue;
    lifter[labels[i]!] = i;
    first = i;
  }
  let source = -1;
  let target = -1;
  for (const t of best) {
    const s = lifter[labels[t]!]!;
    if (s !== -1 && (source === -1 || s < source || (s === source && t < target))) [source, target] = [s, t];
  }
  if (source === -1) [source, target] = [first, best[0]!];

  const recovered = reachWithin(index, stranded, target);
  // Summed in id order, as knockOut sums the value at risk.
  let recoveredValue = 0;
  for (const i of recovered) recoveredValue += index.value[i]!;
  return {
    source: index.ids[source]!,
    target: index.ids[target]!,
    recoveredValue,
    recoveredCount: recovered.length,
    recovered: Array.from(recovered, (i) => index.ids[i]!),
  };
}

/** The nodes reachable from `from` along supports edges inside `within`, sorted by index. */
function reachWithin(index: GraphIndex, within: Uint8Array, from: number): Int32Array {
  const { outStart, edgeTarget } = index;
  const seen = new Uint8Array(within.length);
  const queue = borrowInt32('desilo.queue', within.length);
  let tail = 0;
  queue[tail++] = from;
  seen[from] = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let e = outStart[u]!, end = outStart[u + 1]!; e < end; e++) {
      const v = edgeTarget[e]!;
      if (within[v] && !seen[v]) {
        seen[v] = 1;
        queue[tail++] = v;
      }
    }
  }
  return queue.slice(0, tail).sort();
}
