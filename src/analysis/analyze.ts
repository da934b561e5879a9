import type { EcoMap } from '../model/types.ts';
import { criticality } from './criticality.ts';
import type { Criticality } from './criticality.ts';
import { indexMap } from './graphIndex.ts';
import { knockOut } from './knockOut.ts';
import { floatingNodes } from './support.ts';
import { removalMask } from './removal.ts';
import { cycleLinks, flowTotals } from './valueFlow.ts';
import type { NodeFlow } from './valueFlow.ts';

/** Everything the analysis says about a map and a knock-out, ready for `JSON.stringify`. */
export interface AnalysisReport {
  /** Distinct node ids. */
  readonly nodes: number;
  /** Links the engine reads: both ends on the map and distinct. */
  readonly links: number;
  readonly removed: string[];
  readonly components: string[][];
  readonly siloDelta: number;
  readonly stranded: string[];
  readonly floating: string[];
  readonly valueAtRisk: number;
  readonly cycles: [string, string][];
  /**
   * Every node not removed, keys inserted in id order on a null-prototype object, so an id such
   * as `__proto__` is an ordinary key. The language lists integer-like keys ("7", "42") first.
   */
  readonly flow: Record<string, NodeFlow>;
  /** Always of the full map: knock-outs do not change it. */
  readonly criticality: Criticality[];
}

/** The full report of knocking out `removed` (unknown ids ignored), keys in a fixed order. */
export function analyze(map: EcoMap, removed: Iterable<string>): AnalysisReport {
  const index = indexMap(map);
  const ids = [...removed];
  const out = knockOut(map, ids);
  // valueFlow's figures, written straight into the report: no Map to copy, no per-link amounts.
  const gone = removalMask(index, ids);
  const { total } = flowTotals(index, gone);
  const byId: Record<string, NodeFlow> = Object.create(null) as Record<string, NodeFlow>;
  for (let i = 0; i < gone.length; i++) {
    const value = index.value[i]!;
    if (!gone[i]) byId[index.ids[i]!] = { value, total: total[i]!, enabled: total[i]! - value };
  }
  return {
    nodes: index.ids.length,
    links: index.linkCount,
    removed: out.removed,
    components: out.components,
    siloDelta: out.siloDelta,
    stranded: out.stranded,
    floating: floatingNodes(map),
    valueAtRisk: out.valueAtRisk,
    cycles: cycleLinks(index),
    flow: byId,
    criticality: criticality(map),
  };
}
