import { MAP_FORMAT, MAP_VERSION } from './types.ts';
import type { EcoMap, MapLink, MapNode } from './types.ts';

/** A new, empty map. */
export function createMap(title = 'Untitled map', unit?: string): EcoMap {
  return { format: MAP_FORMAT, version: MAP_VERSION, title, ...(unit ? { unit } : {}), nodes: [], links: [] };
}

/** A map from parts that are already valid (builders, tests, converters). */
export function mapFrom(
  nodes: readonly MapNode[],
  links: readonly MapLink[],
  extra: { title?: string; unit?: string; description?: string } = {},
): EcoMap {
  return { format: MAP_FORMAT, version: MAP_VERSION, title: extra.title ?? 'Untitled map', ...withoutUndefined(extra), nodes, links };
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
