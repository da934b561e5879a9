import { pairOrder, rowStarts } from './pairOrder.ts';

/**
 * The supports edges as tables: parallel links merged, sorted by (source, target), with rows of
 * out-edges and in-edges, and each link's edge number. `from`, `to`, `weight` are per link.
 */
export function supportEdges(supports: Int32Array, from: Int32Array, to: Int32Array, weight: Float64Array, n: number) {
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

/** Undirected adjacency over the given links: each node's neighbours, sorted and deduplicated. */
export function neighbours(usable: Int32Array, from: Int32Array, to: Int32Array, n: number) {
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
