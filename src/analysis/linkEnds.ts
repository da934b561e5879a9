import type { MapLink, MapNode } from '../model/types.ts';

// Restore finds every link's two ends in the node list while it checks the links; building the
// index would look the same 600,000 ids up again, at several times the cost of reading positions.
// So restore leaves the positions here, and the index reads them, checking each pair of ends.

/** `links[k]` runs from `nodes[source[k]]` to `nodes[target[k]]`. */
export interface LinkEnds {
  readonly nodes: readonly MapNode[];
  readonly source: Int32Array;
  readonly target: Int32Array;
}

const known = new WeakMap<readonly MapLink[], LinkEnds>();

/** Remembers where the ends of `links` sit in `nodes`, for the index of a map holding both lists. */
export function rememberLinkEnds(links: readonly MapLink[], ends: LinkEnds): void {
  known.set(links, ends);
}

/** The remembered ends of `links`, when they were remembered for this very node list. */
export function linkEndsIn(nodes: readonly MapNode[], links: readonly MapLink[]): LinkEnds | undefined {
  const ends = known.get(links);
  return ends !== undefined && ends.nodes === nodes && ends.source.length === links.length ? ends : undefined;
}
