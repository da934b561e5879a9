import type { EcoMap } from '../model/types.ts';
import { sortIds } from './compareIds.ts';
import { pairOrder, rowStarts } from './pairOrder.ts';

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
  const firstValue = new Map<string, number>();
  for (const node of map.nodes) {
    if (!firstValue.has(node.id)) firstValue.set(node.id, Number.isFinite(node.value) && node.value > 0 ? node.value : 0);
  }
  const ids = sortIds([...firstValue.keys()]);
  const n = ids.length;
  const indexOf = new Map<string, number>();
  const value = new Float64Array(n);
  ids.forEach((id, i) => {
    indexOf.set(id, i);
    value[i] = firstValue.get(id)!;
  });

  const links = map.links;
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  const usable: number[] = [];
  const supports: number[] = [];
  links.forEach((link, k) => {
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
    if (s === undefined || t === undefined || s === t) return;
    from[k] = s;
    to[k] = t;
    usable.push(k);
    if (link.kind === 'supports') supports.push(k);
  });

  return {
    ids,
    indexOf,
    value,
    linkCount: usable.length,
    ...supportEdges(map, supports, from, to, n),
    ...neighbours(usable, from, to, n),
  };
}

function supportEdges(map: EcoMap, supports: readonly number[], from: Int32Array, to: Int32Array, n: number) {
  const m = supports.length;
  const s = new Int32Array(m);
  const t = new Int32Array(m);
  supports.forEach((k, j) => {
    s[j] = from[k]!;
    t[j] = to[k]!;
  });
  const order = pairOrder(s, t, n);
  const linkEdge = new Int32Array(map.links.length).fill(-1);
  const edgeSource: number[] = [];
  const edgeTarget: number[] = [];
  const edgeWeight: number[] = [];
  for (let a = 0; a < m; ) {
    let b = a + 1;
    while (b < m && s[order[b]!] === s[order[a]!] && t[order[b]!] === t[order[a]!]) b++;
    // Parallel weights add in sorted order, so the sum does not depend on the file's link order.
    const weights: number[] = [];
    for (let c = a; c < b; c++) {
      const k = supports[order[c]!]!;
      weights.push(linkWeight(map.links[k]!.weight));
      linkEdge[k] = edgeSource.length;
    }
    edgeSource.push(s[order[a]!]!);
    edgeTarget.push(t[order[a]!]!);
    edgeWeight.push(weights.length === 1 ? weights[0]! : weights.sort((x, y) => x - y).reduce((x, y) => x + y, 0));
    a = b;
  }
  const sources = Int32Array.from(edgeSource);
  const targets = Int32Array.from(edgeTarget);
  const inStart = rowStarts(targets, n);
  const inEdge = new Int32Array(targets.length);
  const next = inStart.slice(0, n);
  for (let e = 0; e < targets.length; e++) inEdge[next[targets[e]!]!++] = e;
  const inSource = new Int32Array(targets.length);
  for (let k = 0; k < inEdge.length; k++) inSource[k] = sources[inEdge[k]!]!;
  return {
    outStart: rowStarts(sources, n),
    edgeSource: sources,
    edgeTarget: targets,
    edgeWeight: Float64Array.from(edgeWeight),
    inStart,
    inEdge,
    inSource,
    linkEdge,
  };
}

function neighbours(usable: readonly number[], from: Int32Array, to: Int32Array, n: number) {
  const u = new Int32Array(usable.length * 2);
  const v = new Int32Array(usable.length * 2);
  usable.forEach((k, j) => {
    u[2 * j] = v[2 * j + 1] = from[k]!;
    v[2 * j] = u[2 * j + 1] = to[k]!;
  });
  const order = pairOrder(u, v, n);
  const adjStart = new Int32Array(n + 1);
  const adj: number[] = [];
  for (let a = 0; a < order.length; a++) {
    const p = order[a]!;
    const q = order[a - 1];
    if (q !== undefined && u[q] === u[p] && v[q] === v[p]) continue;
    adj.push(v[p]!);
    adjStart[u[p]! + 1]!++;
  }
  for (let i = 0; i < n; i++) adjStart[i + 1]! += adjStart[i]!;
  return { adjStart, adj: Int32Array.from(adj) };
}

/** A link's weight as the engine reads it: a positive finite number, 1 otherwise. */
export function linkWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 1;
}
