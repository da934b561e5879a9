/**
 * The supports edges as tables: parallel links merged, sorted by (source, target), with rows of
 * out-edges and in-edges, and each link's edge number. `from`, `to`, `weight` are per link.
 */
export function supportEdges(supports: Int32Array, from: Int32Array, to: Int32Array, weight: Float64Array, n: number) {
  const m = supports.length;
  // No sort: the links are dealt into rows by target, then, targets in increasing order, into
  // rows by source. Each source's row comes out sorted by target, parallel links side by side.
  const targetStart = new Int32Array(n + 1);
  const sourceStart = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    const k = supports[j]!;
    targetStart[to[k]! + 1]!++;
    sourceStart[from[k]! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    targetStart[i + 1]! += targetStart[i]!;
    sourceStart[i + 1]! += sourceStart[i]!;
  }
  const byTarget = new Int32Array(m);
  const next = targetStart.slice(0, n);
  for (let j = 0; j < m; j++) byTarget[next[to[supports[j]!]!]!++] = supports[j]!;
  const order = new Int32Array(m);
  next.set(sourceStart.subarray(0, n));
  for (let j = 0; j < m; j++) order[next[from[byTarget[j]!]!]!++] = byTarget[j]!;

  const linkEdge = new Int32Array(from.length).fill(-1);
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  let edges = 0;
  for (let a = 0; a < m; ) {
    const first = order[a]!;
    const s = from[first]!;
    const t = to[first]!;
    let b = a + 1;
    while (b < m && from[order[b]!] === s && to[order[b]!] === t) b++;
    sources[edges] = s;
    targets[edges] = t;
    weights[edges] = b - a === 1 ? weight[first]! : parallelWeight(weight, order, a, b);
    for (let c = a; c < b; c++) linkEdge[order[c]!] = edges;
    edges++;
    a = b;
  }
  const edgeSource = sources.slice(0, edges);
  const edgeTarget = targets.slice(0, edges);
  const inStart = rowStarts(edgeTarget, n);
  const inEdge = new Int32Array(edges);
  next.set(inStart.subarray(0, n));
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
function parallelWeight(weight: Float64Array, links: Int32Array, a: number, b: number): number {
  const parallel = new Float64Array(b - a);
  for (let c = a; c < b; c++) parallel[c - a] = weight[links[c]!]!;
  return parallel.sort().reduce((sum, w) => sum + w, 0);
}

/**
 * Undirected adjacency over the given links: each node's neighbours, sorted and deduplicated.
 * No sort: the ends are first dealt into rows as they come, then each node x, in increasing
 * order, is appended to the rows of its neighbours, so every row fills in order and a repeat
 * lands right after its twin. About half the passes of sorting the 2·m pairs.
 */
export function neighbours(usable: Int32Array, from: Int32Array, to: Int32Array, n: number) {
  const m = usable.length;
  const start = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    const k = usable[j]!;
    start[from[k]! + 1]!++;
    start[to[k]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, n);
  const unsorted = new Int32Array(2 * m);
  for (let j = 0; j < m; j++) {
    const k = usable[j]!;
    const s = from[k]!;
    const t = to[k]!;
    unsorted[next[s]!++] = t;
    unsorted[next[t]!++] = s;
  }
  const adj = new Int32Array(2 * m);
  next.set(start.subarray(0, n));
  let repeats = 0;
  for (let x = 0; x < n; x++) {
    for (let e = start[x]!, end = start[x + 1]!; e < end; e++) {
      const y = unsorted[e]!;
      const at = next[y]!;
      if (at > start[y]! && adj[at - 1] === x) {
        repeats++;
      } else {
        adj[at] = x;
        next[y] = at + 1;
      }
    }
  }
  if (repeats === 0) return { adjStart: start, adj };
  // Repeated links left gaps at the ends of some rows: close them up.
  const adjStart = new Int32Array(n + 1);
  let size = 0;
  for (let y = 0; y < n; y++) {
    for (let e = start[y]!, end = next[y]!; e < end; e++) adj[size++] = adj[e]!;
    adjStart[y + 1] = size;
  }
  return { adjStart, adj: adj.slice(0, size) };
}

/** Rows of a compressed sparse row table: `start[i]..start[i + 1]` are the entries keyed `i`. */
function rowStarts(keys: Int32Array, n: number): Int32Array {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < keys.length; k++) start[keys[k]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  return start;
}
