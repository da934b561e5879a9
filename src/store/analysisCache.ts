import { criticality, desiloSuggestion, healthOf, knockOut, singlePointsOfFailure, valueFlow } from '../analysis/index.ts';
import type { Criticality, DesiloSuggestion, Health, KnockOut, ValueFlow } from '../analysis/index.ts';
import type { EcoMap } from '../model/types.ts';

/**
 * The analyses the screen shows, computed once per graph and knock-out however many views ask:
 * the canvas, the banner and the panels all read the same result.
 */
function byMapAndSet<T>(compute: (map: EcoMap, removed: ReadonlySet<string>) => T) {
  const cache = new WeakMap<EcoMap, WeakMap<ReadonlySet<string>, T>>();
  return (changed: EcoMap, removed: ReadonlySet<string>): T => {
    const map = graphOf(changed);
    let forMap = cache.get(map);
    if (!forMap) cache.set(map, (forMap = new WeakMap()));
    let result = forMap.get(removed);
    if (result === undefined) forMap.set(removed, (result = compute(map, removed)));
    return result;
  };
}

function byMap<T>(compute: (map: EcoMap) => T) {
  const cache = new WeakMap<EcoMap, T>();
  return (changed: EcoMap): T => {
    const map = graphOf(changed);
    let result = cache.get(map);
    if (result === undefined) cache.set(map, (result = compute(map)));
    return result;
  };
}

/** Of each map seen, the first map with the same graph: the one its analyses are kept under. */
const graphs = new WeakMap<EcoMap, EcoMap>();
let lastSeen: EcoMap | null = null;

/**
 * The map `map`'s analyses are kept under. The layout writes settled positions to the document
 * as a new map; nothing the analyses read changed, so they keep their results (a knock-out right
 * after the map comes to rest then costs no more than any other).
 */
export function graphOf(map: EcoMap): EcoMap {
  let graph = graphs.get(map);
  if (!graph) {
    graph = lastSeen && sameGraph(lastSeen, map) ? graphs.get(lastSeen)! : map;
    graphs.set(map, graph);
  }
  lastSeen = map;
  return graph;
}

/** Same nodes and links, but for where the nodes are (x, y, pinned). */
function sameGraph(a: EcoMap, b: EcoMap): boolean {
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
  for (let i = 0; i < a.links.length; i++) if (!sameFields(a.links[i]!, b.links[i]!)) return false;
  for (let i = 0; i < a.nodes.length; i++) if (!sameFields(a.nodes[i]!, b.nodes[i]!, PLACE)) return false;
  return true;
}

const PLACE: ReadonlySet<string> = new Set(['x', 'y', 'pinned']);
const NOTHING: ReadonlySet<string> = new Set();

function sameFields<T extends object>(a: T, b: T, skip = NOTHING): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T & string)[];
  let count = 0;
  for (const key of keys) {
    if (skip.has(key)) continue;
    count++;
    // Tags are the one array field: compared by content.
    const x = a[key];
    const y = b[key];
    if (x !== y && !(Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]))) return false;
  }
  for (const key of Object.keys(b)) if (!skip.has(key)) count--;
  return count === 0;
}

export const knockOutOf: (map: EcoMap, removed: ReadonlySet<string>) => KnockOut = byMapAndSet(knockOut);
export const flowOf: (map: EcoMap, removed: ReadonlySet<string>) => ValueFlow = byMapAndSet(valueFlow);
export const criticalityOf: (map: EcoMap) => Criticality[] = byMap(criticality);
/** Criticality by id. */
export const criticalityById: (map: EcoMap) => ReadonlyMap<string, Criticality> = byMap((map) => new Map(criticalityOf(map).map((c) => [c.id, c])));
/** Platforms whose knock-out alone strands nodes or splits the map. */
export const spofOf: (map: EcoMap) => ReadonlySet<string> = byMap((map) => singlePointsOfFailure(map, criticalityOf(map)));
export const desiloOf: (map: EcoMap, removed: ReadonlySet<string>) => DesiloSuggestion | null = byMapAndSet(desiloSuggestion);
export const healthOfMap: (map: EcoMap) => Health = byMap(healthOf);
