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
  const ids = uniqueSorted(map.nodes.map((node) => node.id));
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i]!, i);
  // The first node with an id gives its value; restore never lets a second one through.
  const value = new Float64Array(n).fill(-1);
  for (const node of map.nodes) {
    const i = indexOf.get(node.id)!;
    if (value[i] === -1) value[i] = Number.isFinite(node.value) && node.value > 0 ? node.value : 0;
  }

  const links = map.links;
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  const weight = new Float64Array(links.length);
  const usable = new Int32Array(links.length);
  const supports = new Int32Array(links.length);
  let usableCount = 0;
  let supportCount = 0;
  for (let k = 0; k < links.length; k++) {
    const link = links[k]!;
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
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

function supportEdges(supports: Int32Array, from: Int32Array, to: Int32Array, weight: Float64Array, n: number) {
  const m = supports.length;
  const s = new Int32Array(m);
  const t = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    s[j] = from[supports[j]!]!;
    t[j] = to[supports[j]!]!;
  }
  const order = pairOrder(s, t, n);
  const linkEdge = new Int32Array(from.length).fill(-1);
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  let edges = 0;
  for (let a = 0; a < m; ) {
    const first = order[a]!;
    let b = a + 1;
    while (b < m && s[order[b]!] === s[first] && t[order[b]!] === t[first]) b++;
    sources[edges] = s[first]!;
    targets[edges] = t[first]!;
    weights[edges] = b - a === 1 ? weight[supports[first]!]! : parallelWeight(weight, supports, order, a, b);
    for (let c = a; c < b; c++) linkEdge[supports[order[c]!]!] = edges;
    edges++;
    a = b;
  }
  const edgeSource = sources.slice(0, edges);
  const edgeTarget = targets.slice(0, edges);
  const inStart = rowStarts(edgeTarget, n);
  const inEdge = new Int32Array(edges);
  const next = inStart.slice(0, n);
  for (let e = 0; e < edges; e++) inEdge[next[edgeTarget[e]!]!++] = e;
  const inSource = new Int32Array(edges);
  for (let k = 0; k < edges; k++) inSource[k] = edgeSource[inEdge[k]!]!;
  return {
    outStart: rowStarts(edgeSource, n),
    edgeSource,
    edgeTarget,
    edgeWeight: weights.slice(0, edges),
    inStart,
    inEdge,
    inSource,
    linkEdge,
  };
}

/** Parallel weights add in sorted order, so the sum does not depend on the file's link order. */
function parallelWeight(weight: Float64Array, supports: Int32Array, order: Int32Array, a: number, b: number): number {
  const parallel = new Float64Array(b - a);
  for (let c = a; c < b; c++) parallel[c - a] = weight[supports[order[c]!]!]!;
  return parallel.sort().reduce((sum, w) => sum + w, 0);
}

function neighbours(usable: Int32Array, from: Int32Array, to: Int32Array, n: number) {
  const u = new Int32Array(usable.length * 2);
  const v = new Int32Array(usable.length * 2);
  for (let j = 0; j < usable.length; j++) {
    const k = usable[j]!;
    u[2 * j] = v[2 * j + 1] = from[k]!;
    v[2 * j] = u[2 * j + 1] = to[k]!;
  }
  const order = pairOrder(u, v, n);
  const adjStart = new Int32Array(n + 1);
  const adj = new Int32Array(order.length);
  let size = 0;
  for (let a = 0; a < order.length; a++) {
    const p = order[a]!;
    const q = a > 0 ? order[a - 1]! : -1;
    if (q !== -1 && u[q] === u[p] && v[q] === v[p]) continue;
    adj[size++] = v[p]!;
    adjStart[u[p]! + 1]!++;
  }
  for (let i = 0; i < n; i++) adjStart[i + 1]! += adjStart[i]!;
  return { adjStart, adj: adj.slice(0, size) };
}

/** A link's weight as the engine reads it: a positive finite number, 1 otherwise. */
export function linkWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 1;
}
