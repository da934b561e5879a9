import type { EcoMap } from '../model/types.ts';
import { baselineComponents, componentIds, componentOrder, labelComponents } from './components.ts';
import { indexMap } from './graphIndex.ts';
import type { GraphIndex } from './graphIndex.ts';
import { idsWhere, removalMask } from './removal.ts';
import { baselineSupported, supportedMask } from './support.ts';

/** What knocking out a set of nodes does to the map. */
export interface KnockOut {
  /** The knocked-out ids the map holds, sorted. */
  readonly removed: string[];
  readonly components: string[][];
  readonly siloDelta: number;
  /** Per component: true when it is one of several pieces a baseline component fell into. */
  readonly newSilo: boolean[];
  readonly stranded: string[];
  readonly valueAtRisk: number;
}

/** Knocks out `removed` (unknown ids ignored): the pieces left, the new silos and what is stranded. */
export function knockOut(map: EcoMap, removed: Iterable<string>): KnockOut {
  const index = indexMap(map);
  const mask = removalMask(index, removed);
  // Knocking out nothing leaves the baseline: reuse its passes rather than walk the map again.
  const none = !mask.includes(1);
  const baseline = baselineComponents(index);
  const labels = none ? baseline : labelComponents(index, mask);

  // A piece is a new silo when its baseline component left more than one piece behind.
  const firstMember = new Int32Array(labels.size.length).fill(-1);
  for (let i = 0; i < labels.label.length; i++) {
    const c = labels.label[i]!;
    if (c !== -1 && firstMember[c] === -1) firstMember[c] = i;
  }
  const pieces = new Int32Array(baseline.size.length);
  for (const i of firstMember) pieces[baseline.label[i]!]!++;

  const stranded = none ? mask : strandedMask(index, mask);
  let valueAtRisk = 0;
  for (let i = 0; i < stranded.length; i++) if (stranded[i]) valueAtRisk += index.value[i]!;

  return {
    removed: idsWhere(index, mask),
    components: componentIds(index, labels),
    siloDelta: labels.size.length - baseline.size.length,
    newSilo: componentOrder(labels).map((c) => pieces[baseline.label[firstMember[c]!]!]! > 1),
    stranded: idsWhere(index, stranded),
    valueAtRisk,
  };
}

/** Stranded `T(R) = S(G,∅) ∖ S(G,R) ∖ R`. */
export function strandedMask(index: GraphIndex, removed: Uint8Array): Uint8Array {
  const before = baselineSupported(index);
  const after = supportedMask(index, removed);
  const out = new Uint8Array(before.length);
  for (let i = 0; i < out.length; i++) out[i] = before[i] && !after[i] && !removed[i] ? 1 : 0;
  return out;
}
