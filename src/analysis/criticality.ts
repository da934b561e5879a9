import type { EcoMap } from '../model/types.ts';
import { siloDeltas } from './articulation.ts';
import { dominated } from './dominators.ts';
import { indexMap } from './graphIndex.ts';
import { riskOrder } from './riskOrder.ts';
import { borrowFloat64, borrowInt32 } from './scratch.ts';

/** What knocking out one node alone would do. */
export interface Criticality {
  readonly id: string;
  readonly stranded: number;
  readonly valueAtRisk: number;
  readonly siloDelta: number;
  /** True when knocking the node out splits its component (`siloDelta ≥ 1`). */
  readonly articulation: boolean;
}

/**
 * Criticality of every node of the full map, as `knockOut(map, [x])` would report it, computed
 * for all nodes together in near-linear time. Sorted by value at risk descending, then stranded
 * count descending, then id.
 */
export function criticality(map: EcoMap): Criticality[] {
  const index = indexMap(map);
  const n = index.ids.length;
  const { count, value } = dominated(index, borrowInt32('criticality.count', n), borrowFloat64('criticality.value', n));
  const delta = siloDeltas(index, borrowInt32('criticality.delta', n));

  // Most nodes strand nothing: they end the list in id order, after the sorted rest.
  const out: Criticality[] = new Array<Criticality>(n);
  const record = (i: number): Criticality => ({
    id: index.ids[i]!,
    stranded: count[i]!,
    valueAtRisk: value[i]!,
    siloDelta: delta[i]!,
    articulation: delta[i]! >= 1,
  });
  let k = 0;
  for (const i of riskOrder(count, value)) out[k++] = record(i);
  for (let i = 0; i < n; i++) if (!count[i]) out[k++] = record(i);
  return out;
}

/**
 * The single points of failure: platforms whose knock-out alone strands nodes or splits the
 * map (the badge on the map). From `ranked`, the map's criticality when already known.
 */
export function singlePointsOfFailure(map: EcoMap, ranked: readonly Criticality[] = criticality(map)): ReadonlySet<string> {
  // The ids whose (last) node is a platform: a few, rather than a pair per node.
  const platforms = new Set<string>();
  for (const n of map.nodes) {
    if (n.kind === 'platform') platforms.add(n.id);
    else platforms.delete(n.id);
  }
  const out = new Set<string>();
  for (const c of ranked) if (platforms.has(c.id) && (c.stranded > 0 || c.articulation)) out.add(c.id);
  return out;
}
