import { compareIds } from './compareIds.ts';
import { slugOf, uniqueId } from './ids.ts';
import type { EcoMap, Scenario } from './types.ts';

const NO_SCENARIOS: readonly Scenario[] = Object.freeze([]);

/** The map's saved knock-outs, in the order the user made them (the same empty list when none). */
export function scenariosOf(map: EcoMap): readonly Scenario[] {
  return map.scenarios ?? NO_SCENARIOS;
}

/** The knock-out as a scenario's list: ids the map holds, sorted, once each. */
export function scenarioRemoval(map: EcoMap, removed: Iterable<string>): string[] {
  const ids = new Set(map.nodes.map((n) => n.id));
  return [...new Set(removed)].filter((id) => ids.has(id)).sort(compareIds);
}

/** A name for the next scenario, from the names of what it knocks out. */
export function scenarioName(map: EcoMap, removed: readonly string[]): string {
  const names = new Map(map.nodes.map((n) => [n.id, n.name]));
  const first = removed.slice(0, 2).map((id) => names.get(id) ?? id);
  const base = `Without ${first.join(' and ')}${removed.length > 2 ? ` and ${removed.length - 2} more` : ''}`;
  const taken = new Set(scenariosOf(map).map((s) => s.name));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`)) return `${base} (${i})`;
}

/** Saves a knock-out under `name`; the new scenario's id is returned with the map. */
export function addScenario(map: EcoMap, name: string, removed: Iterable<string>): { map: EcoMap; id: string } {
  const list = scenariosOf(map);
  const id = uniqueId(slugOf(name), new Set(list.map((s) => s.id)));
  const scenario: Scenario = { id, name, removed: scenarioRemoval(map, removed) };
  return { map: { ...map, scenarios: [...list, scenario] }, id };
}

export function renameScenario(map: EcoMap, id: string, name: string): EcoMap {
  const list = scenariosOf(map);
  const at = list.findIndex((s) => s.id === id);
  if (at === -1 || list[at]!.name === name) return map;
  return { ...map, scenarios: list.map((s, i) => (i === at ? { ...s, name } : s)) };
}

export function removeScenario(map: EcoMap, id: string): EcoMap {
  const list = scenariosOf(map);
  if (!list.some((s) => s.id === id)) return map;
  const rest = list.filter((s) => s.id !== id);
  if (rest.length) return { ...map, scenarios: rest };
  const { scenarios: _, ...without } = map;
  return without;
}
