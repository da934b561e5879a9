import type { EcoMap } from '../model/types.ts';
import { dominatorTree } from './dominatorTree.ts';
import { indexMap } from './graphIndex.ts';
import { kindMask } from './kindMask.ts';
import { platformDependent } from './platformDependent.ts';

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
 * set aside once, so each step costs one tree over the supported nodes that need a platform;
 * removing a platform that is no longer supported changes nothing and costs none.
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

  const remaining: number[] = [];
  for (let i = 0; i < n; i++) if (platform[i]) remaining.push(i);
  const left = new Uint8Array(k).fill(1);
  const removed: string[] = [];
  const steps: RobustnessStep[] = [];
  const subValue = new Float64Array(k + 1);
  const subCount = new Int32Array(k + 1);
  let pre: Int32Array = new Int32Array(0);
  let supportedValue = 0;
  let supportedCount = 0;
  let stale = true;
  for (;;) {
    if (stale) {
      const tree = dominatorTree(graph, left, graph.root);
      const { reached, vertex, idom } = tree;
      pre = tree.pre;
      subValue.fill(0, 0, reached + 1);
      subCount.fill(0, 0, reached + 1);
      for (let w = reached; w >= 1; w--) {
        subValue[w]! += localValue[vertex[w]!]!;
        subCount[w]!++;
        const d = idom[w]!;
        subValue[d]! += subValue[w]!;
        subCount[d]! += subCount[w]!;
      }
      supportedValue = independentValue + subValue[0]!;
      supportedCount = independentCount + reached;
      stale = false;
    }
    const share = total > 0 ? supportedValue / total : n > 0 ? supportedCount / n : 1;
    steps.push({ removed: removed.slice(), id: removed.length ? removed[removed.length - 1]! : null, supportedValue, share });
    if (!remaining.length) break;

    // The largest drop, then the most stranded; `remaining` is in id order, so ties keep the first.
    let best = 0;
    let bestDrop = -1;
    let bestStranded = -1;
    for (let r = 0; r < remaining.length; r++) {
      const y = graph.local[remaining[r]!]!;
      const w = y >= 0 ? pre[y]! : -1;
      const drop = w > 0 ? subValue[w]! : 0;
      const stranded = w > 0 ? subCount[w]! - 1 : 0;
      if (drop > bestDrop || (drop === bestDrop && stranded > bestStranded)) {
        best = r;
        bestDrop = drop;
        bestStranded = stranded;
      }
    }
    const p = remaining[best]!;
    remaining.splice(best, 1);
    removed.push(ids[p]!);
    const y = graph.local[p]!;
    // A platform nothing supports any more leaves the supported nodes and their tree as they are.
    stale = y >= 0 && pre[y]! > 0;
    if (y >= 0) left[y] = 0;
  }
  return steps;
}
