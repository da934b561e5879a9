import type { EcoMap } from '../model/types.ts';
import { sortIds } from './compareIds.ts';
import { neighbours, supportEdges } from './edgeTables.ts';
import { linkEndsIn } from './linkEnds.ts';

/**
 * A map compiled for analysis. Nodes are numbered by their id's code-point order, so walking
 * indices in order is walking ids in order, and every list below is sorted by node index.
 * Parallel `supports` links between one pair merge into one edge whose weight is their sum.
 */
export interface GraphIndex {
  /** Node ids sorted by code point; a node's index is its position here. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly value: Float64Array;
  /** Links the engine reads: both ends known and distinct. */
  readonly linkCount: number;
  /** Supports edges sorted by (source, target); out-edges of `i` are `outStart[i]..outStart[i+1]`. */
  readonly outStart: Int32Array;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeWeight: Float64Array;
  /** In-edges of `i` (edge numbers, by source) are `inEdge[inStart[i]..inStart[i+1]]`. */
  readonly inStart: Int32Array;
  readonly inEdge: Int32Array;
  /** `inSource[k]` is the source of edge `inEdge[k]`. */
  readonly inSource: Int32Array;
  /** Undirected neighbours over both link kinds, deduplicated and sorted. */
  readonly adjStart: Int32Array;
  readonly adj: Int32Array;
  /** For each of `map.links`: its merged supports edge, or -1 (collaborates, self-link, unknown end). */
  readonly linkEdge: Int32Array;
}

const cache = new WeakMap<EcoMap, GraphIndex>();

/** The compiled index of `map`, built once per map object. */
export function indexMap(map: EcoMap): GraphIndex {
  let index = cache.get(map);
  if (!index) {
    index = buildIndex(map);
    cache.set(map, index);
  }
  return index;
}

function buildIndex(map: EcoMap): GraphIndex {
  const ids = uniqueSorted(map.nodes.map((node) => node.id));
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i]!, i);
  // The first node with an id gives its value; restore never lets a second one through.
  const nodes = map.nodes;
  const value = new Float64Array(n).fill(-1);
  const rank = new Int32Array(nodes.length);
  for (let p = 0; p < nodes.length; p++) {
    const node = nodes[p]!;
    const i = indexOf.get(node.id)!;
    rank[p] = i;
    if (value[i] === -1) value[i] = Number.isFinite(node.value) && node.value > 0 ? node.value : 0;
  }

  const links = map.links;
  // Positions restore found for the ends, used where they still name the same ids.
  const ends = linkEndsIn(nodes, links);
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  const weight = new Float64Array(links.length);
  const usable = new Int32Array(links.length);
  const supports = new Int32Array(links.length);
  let usableCount = 0;
  let supportCount = 0;
  for (let k = 0; k < links.length; k++) {
    const link = links[k]!;
    let s: number | undefined;
    let t: number | undefined;
    const ps = ends ? ends.source[k]! : -1;
    const pt = ends ? ends.target[k]! : -1;
    if (nodes[ps]?.id === link.source && nodes[pt]?.id === link.target) {
      s = rank[ps];
      t = rank[pt];
    } else {
      s = indexOf.get(link.source);
      t = indexOf.get(link.target);
    }
    if (s === undefined || t === undefined || s === t) continue;
    from[k] = s;
    to[k] = t;
    weight[k] = linkWeight(link.weight);
    usable[usableCount++] = k;
    if (link.kind === 'supports') supports[supportCount++] = k;
  }

  return {
    ids,
    indexOf,
    value,
    linkCount: usableCount,
    ...supportEdges(supports.subarray(0, supportCount), from, to, weight, n),
    ...neighbours(usable.subarray(0, usableCount), from, to, n),
  };
}

function uniqueSorted(ids: string[]): string[] {
  sortIds(ids);
  let kept = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[kept - 1]) ids[kept++] = ids[i]!;
  ids.length = kept;
  return ids;
}

/** A link's weight as the engine reads it: a positive finite number, 1 otherwise. */
export function linkWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 1;
}
