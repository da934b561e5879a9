import { knockOut, singlePointsOfFailure, valueFlow } from '../../analysis/index.ts';
import { lookupOf } from '../../model/lookup.ts';
import type { EcoMap, MapLink } from '../../model/types.ts';
import type { Positions } from '../../layout/settle.ts';
import { radiiOf } from '../../views/radii.ts';
import type { Silo } from '../../views/siloView.ts';

/**
 * What an export shows about each node and link: the same sets the screen derives in
 * store/nodeStates.ts and canvas/siloOverlay.ts, computed here from the map alone (io may not
 * import the store), so the file shows what the screen does.
 */
export interface ExportStates {
  readonly ghost: ReadonlySet<string>;
  readonly stranded: ReadonlySet<string>;
  readonly spof: ReadonlySet<string>;
  /** Value flowing up through each node; null when flow is not shown. */
  readonly enabled: ReadonlyMap<string, number> | null;
  /** Per link, its flow as a share of the largest; null when flow is not shown. */
  readonly linkFlow: ReadonlyMap<MapLink, number> | null;
  /** The knock-out's figures and silos; null when no knock-out is shown. */
  readonly knockOut: KnockOutFigures | null;
}

export interface KnockOutFigures {
  /** Names of the knocked-out nodes, in id order. */
  readonly removedNames: readonly string[];
  readonly silosBefore: number;
  readonly silosAfter: number;
  readonly stranded: number;
  readonly valueAtRisk: number;
  readonly silos: readonly Silo[];
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The states of `map` with `removed` knocked out (when `showKnockOut`) and value flow (when
 * `flow`). Silos hold only the nodes in `drawn` (all by default); a silo left empty is dropped
 * and the others keep their numbers.
 */
export function exportStates(map: EcoMap, removed: ReadonlySet<string>, positions: Positions, showKnockOut: boolean, flow: boolean, drawn?: ReadonlySet<string>): ExportStates {
  const result = showKnockOut && removed.size ? knockOut(map, removed) : null;
  const shown = result && result.removed.length ? result : null;
  const gone = shown ? new Set(shown.removed) : EMPTY;
  let enabled: Map<string, number> | null = null;
  let linkFlow: Map<MapLink, number> | null = null;
  if (flow) {
    const flows = valueFlow(map, gone);
    enabled = new Map();
    for (const [id, f] of flows.nodes) if (f.enabled > 0) enabled.set(id, f.enabled);
    let most = 0;
    for (const amount of flows.linkFlow) if (amount > most) most = amount;
    linkFlow = new Map();
    // By the link itself, not its key: an export looks up thousands, and a key is a new string each time.
    if (most > 0) map.links.forEach((link, k) => flows.linkFlow[k]! > 0 && linkFlow!.set(link, flows.linkFlow[k]! / most));
  }
  return {
    ghost: gone,
    stranded: shown ? new Set(shown.stranded) : EMPTY,
    spof: singlePointsOfFailure(map),
    enabled,
    linkFlow,
    knockOut: shown && {
      removedNames: shown.removed.map((id) => nameOf(map, id)),
      silosBefore: shown.components.length - shown.siloDelta,
      silosAfter: shown.components.length,
      stranded: shown.stranded.length,
      valueAtRisk: shown.valueAtRisk,
      silos: silosOf(map, shown.components, shown.newSilo, positions, drawn),
    },
  };
}

function silosOf(map: EcoMap, components: readonly string[][], newSilo: readonly boolean[], positions: Positions, drawn?: ReadonlySet<string>): Silo[] {
  const { nodes } = lookupOf(map);
  const radii = radiiOf(map);
  const silos = components.map((ids, i) => {
    // A loop, not flatMap: a knock-out can leave hundreds of silos of one node each.
    const members: Silo['nodes'][number][] = [];
    for (const id of ids) {
      const node = nodes.get(id);
      const p = positions.get(id);
      if (node && p && (!drawn || drawn.has(id))) members.push({ x: p.x, y: p.y, r: radii.get(id) ?? 14, kind: node.kind, value: node.value });
    }
    return { index: i + 1, isNew: newSilo[i] ?? false, nodes: members };
  });
  return drawn ? silos.filter((silo) => silo.nodes.length > 0) : silos;
}

let lookup: { map: EcoMap; names: Map<string, string> } | undefined;
function nameOf(map: EcoMap, id: string): string {
  if (lookup?.map !== map) lookup = { map, names: new Map(map.nodes.map((n) => [n.id, n.name])) };
  return lookup.names.get(id) ?? id;
}
