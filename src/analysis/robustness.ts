import type { EcoMap } from '../model/types.ts';
import { indexMap } from './graphIndex.ts';
import { kindMask } from './kindMask.ts';
import { platformDependent } from './platformDependent.ts';
import { supportTree } from './supportTree.ts';

/** The map after one more platform is gone. */
export interface RobustnessStep {
  /** Every platform removed so far, in removal order. */
  readonly removed: string[];
  /** The platform removed at this step; null for step 0, the untouched map. */
  readonly id: string | null;
  /** Σ value over `S(G,R)`: the nodes still supported, removed ones excluded. */
  readonly supportedValue: number;
  /**
   * `supportedValue` over the value of every node on the map, removed and floating ones included.
   * On a map with no value at all, the supported share of nodes instead; 1 on an empty map.
   */
  readonly share: number;
}

/**
 * How the map holds up as its platforms go one by one, most critical first: step 0 is the full
 * map; each later step removes the remaining platform whose removal, on top of the ones before,
 * drops the supported value the most (its own value, if it was supported, plus the value of all
 * it alone held up), then strands the most nodes, then has the smallest id. Every platform is
 * removed in the end.
 *
 * One dominator tree of what is left answers the question for every remaining platform at once
 * (a platform alone holds up the nodes it dominates). Nodes that stand without any platform are
 * set aside once; the tree over the rest is updated after each removal, only where the removed
 * platform reached; removing a platform that is no longer supported changes nothing.
 */
export function robustnessCurve(map: EcoMap): RobustnessStep[] {
  const index = indexMap(map);
  const n = index.ids.length;
  const { ids, value } = index;
  const platform = kindMask(map, index, 'platform');
  // Only the nodes whose support hangs on platforms can change; the rest is summed once.
  const graph = platformDependent(index, platform);
  const k = graph.node.length;
  let total = 0;
  let independentValue = 0;
  let independentCount = 0;
  for (let i = 0; i < n; i++) {
    total += value[i]!;
    if (graph.independent[i]) {
      independentValue += value[i]!;
      independentCount++;
    }
  }
  const localValue = new Float64Array(k);
  for (let y = 0; y < k; y++) localValue[y] = value[graph.node[y]!]!;
  const tree = supportTree(graph, localValue);

  const remaining: number[] = [];
  for (let i = 0; i < n; i++) if (platform[i]) remaining.push(i);
  const removed: string[] = [];
  const steps: RobustnessStep[] = [];
  for (;;) {
    const supportedValue = independentValue + tree.supportedValue();
    const share = total > 0 ? supportedValue / total : n > 0 ? (independentCount + tree.supportedCount()) / n : 1;
    steps.push({ removed: removed.slice(), id: removed.length ? removed[removed.length - 1]! : null, supportedValue, share });
    if (!remaining.length) break;

    // The largest drop, then the most stranded; `remaining` is in id order, so ties keep the first.
    let best = 0;
    let bestDrop = -1;
    let bestStranded = -1;
    for (let r = 0; r < remaining.length; r++) {
      const y = graph.local[remaining[r]!]!;
      const held = y >= 0 && tree.alive[y] === 1;
      const drop = held ? tree.heldValue[y]! : 0;
      const stranded = held ? tree.heldCount[y]! - 1 : 0;
      if (drop > bestDrop || (drop === bestDrop && stranded > bestStranded)) {
        best = r;
        bestDrop = drop;
        bestStranded = stranded;
      }
    }
    const p = remaining[best]!;
    remaining.splice(best, 1);
    removed.push(ids[p]!);
    if (graph.local[p]! >= 0) tree.remove(graph.local[p]!);
  }
  return steps;
}
