import type { EcoMap, LinkKind, MapLink } from './types.ts';

/** Two links join the same pair the same way (collaborates ignores direction). */
export function sameLink(a: Pick<MapLink, 'source' | 'target' | 'kind'>, b: Pick<MapLink, 'source' | 'target' | 'kind'>): boolean {
  if (a.kind !== b.kind) return false;
  if (a.source === b.source && a.target === b.target) return true;
  return a.kind === 'collaborates' && a.source === b.target && a.target === b.source;
}

/**
 * The map with the link added; the same map for a self-link, an unknown end or a link it already has.
 */
export function addLink(map: EcoMap, link: MapLink): EcoMap {
  if (link.source === link.target) return map;
  const ids = new Set(map.nodes.map((n) => n.id));
  if (!ids.has(link.source) || !ids.has(link.target)) return map;
  if (map.links.some((l) => sameLink(l, link))) return map;
  return { ...map, links: [...map.links, link] };
}

/**
 * A link's stable identity: a map holds at most one link per pair and kind, so the pair names it.
 * Collaboration has no direction, so its ends are put in order.
 */
export function linkKey(link: Pick<MapLink, 'source' | 'target' | 'kind'>): string {
  if (link.kind === 'supports') return `${link.source}>${link.target}`;
  return link.source < link.target ? `${link.source}~${link.target}` : `${link.target}~${link.source}`;
}

/** The map without the links with these keys. */
export function removeLinks(map: EcoMap, keys: ReadonlySet<string>): EcoMap {
  const links = map.links.filter((l) => !keys.has(linkKey(l)));
  return links.length === map.links.length ? map : { ...map, links };
}

/** The map with the link `key` changed; the same map when it would duplicate another link. */
export function updateLink(map: EcoMap, key: string, patch: Partial<Pick<MapLink, 'kind' | 'weight' | 'source' | 'target'>>): EcoMap {
  const index = map.links.findIndex((l) => linkKey(l) === key);
  const link = map.links[index];
  if (!link) return map;
  const next: MapLink = { ...link, ...patch };
  if (next.kind === link.kind && next.weight === link.weight && next.source === link.source && next.target === link.target) return map;
  if (next.source === next.target || !(next.weight > 0)) return map;
  if (map.links.some((l, i) => i !== index && sameLink(l, next))) return map;
  return { ...map, links: map.links.map((l, i) => (i === index ? next : l)) };
}

/** A `supports` link turned around: the supported becomes the supporter. */
export function reverseLink(map: EcoMap, key: string): EcoMap {
  const link = linkByKey(map, key);
  return link ? updateLink(map, key, { source: link.target, target: link.source }) : map;
}

/** Switches a link between `supports` and `collaborates`. */
export function toggleLinkKind(map: EcoMap, key: string): EcoMap {
  const link = linkByKey(map, key);
  if (!link) return map;
  const kind: LinkKind = link.kind === 'supports' ? 'collaborates' : 'supports';
  return updateLink(map, key, { kind });
}

/** The link with this key, if any. */
export function linkByKey(map: EcoMap, key: string): MapLink | undefined {
  return map.links.find((l) => linkKey(l) === key);
}
