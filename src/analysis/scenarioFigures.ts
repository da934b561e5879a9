import type { EcoMap } from '../model/types.ts';
import { knockOut } from './knockOut.ts';
import { supportedNodes } from './support.ts';

/** The figures a scenario is compared by. */
export interface ScenarioFigures {
  readonly removed: string[];
  readonly silos: number;
  readonly stranded: string[];
  readonly valueAtRisk: number;
  /** Σ value over the supported nodes not removed: `S(G,R) ∖ R`. */
  readonly supportedValue: number;
  /** `supportedValue` over the value of every node on the map; 1 when the map holds no value. */
  readonly supportedShare: number;
}

/** What the map looks like with `removed` knocked out (nothing: the baseline). */
export function scenarioFigures(map: EcoMap, removed: Iterable<string> = []): ScenarioFigures {
  const result = knockOut(map, removed);
  const out = new Set(result.removed);
  const value = new Map(map.nodes.map((n) => [n.id, n.value]));
  let total = 0;
  for (const n of map.nodes) total += n.value;
  let supportedValue = 0;
  for (const id of supportedNodes(map, out)) if (!out.has(id)) supportedValue += value.get(id) ?? 0;
  return {
    removed: result.removed,
    silos: result.components.length,
    stranded: result.stranded,
    valueAtRisk: result.valueAtRisk,
    supportedValue,
    supportedShare: total > 0 ? supportedValue / total : 1,
  };
}
