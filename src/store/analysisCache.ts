import { criticality, desiloSuggestion, healthOf, knockOut, valueFlow } from '../analysis/index.ts';
import type { Criticality, DesiloSuggestion, Health, KnockOut, ValueFlow } from '../analysis/index.ts';
import type { EcoMap } from '../model/types.ts';

/**
 * The analyses the screen shows, computed once per map and knock-out however many views ask:
 * the canvas, the banner and the panels all read the same result.
 */
function byMapAndSet<T>(compute: (map: EcoMap, removed: ReadonlySet<string>) => T) {
  const cache = new WeakMap<EcoMap, WeakMap<ReadonlySet<string>, T>>();
  return (map: EcoMap, removed: ReadonlySet<string>): T => {
    let forMap = cache.get(map);
    if (!forMap) cache.set(map, (forMap = new WeakMap()));
    let result = forMap.get(removed);
    if (result === undefined) forMap.set(removed, (result = compute(map, removed)));
    return result;
  };
}

function byMap<T>(compute: (map: EcoMap) => T) {
  const cache = new WeakMap<EcoMap, T>();
  return (map: EcoMap): T => {
    let result = cache.get(map);
    if (result === undefined) cache.set(map, (result = compute(map)));
    return result;
  };
}

export const knockOutOf: (map: EcoMap, removed: ReadonlySet<string>) => KnockOut = byMapAndSet(knockOut);
export const flowOf: (map: EcoMap, removed: ReadonlySet<string>) => ValueFlow = byMapAndSet(valueFlow);
export const criticalityOf: (map: EcoMap) => Criticality[] = byMap(criticality);
/** Criticality by id. */
export const criticalityById: (map: EcoMap) => ReadonlyMap<string, Criticality> = byMap((map) => new Map(criticalityOf(map).map((c) => [c.id, c])));
export const desiloOf: (map: EcoMap, removed: ReadonlySet<string>) => DesiloSuggestion | null = byMapAndSet(desiloSuggestion);
export const healthOfMap: (map: EcoMap) => Health = byMap(healthOf);
