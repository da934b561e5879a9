import { acyclic } from '../analysis/acyclic.ts';
import { indexMap } from '../analysis/index.ts';
import type { EcoMap, NodeKind } from '../model/types.ts';

/** The layer a node in no supports chain, and with no neighbour in one, sits on: by what it is. */
const LAYER_BY_KIND: Record<NodeKind, number> = { platform: 0, service: 1, partner: 1 };

/**
 * The layer of every node in the platform stack: 0 is the bottom. A node in a supports chain sits
 * one above its highest supporter (the longest supports path from a base node), after dropping the
 * links that close a cycle by the analysis engine's rule, so supporters always sit below.
 * A node in no supports chain takes the layer of its nearest neighbour that has one (partners
 * beside the services they work with); a node with neither sits by its kind. Linear time.
 */
export function stackLayers(map: EcoMap): Map<string, number> {
  const index = indexMap(map);
  const { ids, outStart, edgeTarget, inStart, adjStart, adj } = index;
  const { dropped, postorder } = acyclic(index);
  const n = ids.length;
  const layer = new Int32Array(n).fill(-1);

  // Reverse post-order visits every kept edge's source before its target.
  for (let k = n - 1; k >= 0; k--) {
    const s = postorder[k]!;
    const hasEdges = outStart[s] !== outStart[s + 1] || inStart[s] !== inStart[s + 1];
    if (hasEdges && layer[s]! < 0) layer[s] = 0;
    for (let e = outStart[s]!, end = outStart[s + 1]!; e < end; e++) {
      const t = edgeTarget[e]!;
      if (!dropped[e] && layer[t]! < layer[s]! + 1) layer[t] = layer[s]! + 1;
    }
  }

  // Breadth first from every layered node at once: each other node copies the first to reach it.
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (layer[i]! >= 0) queue[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let k = adjStart[u]!, end = adjStart[u + 1]!; k < end; k++) {
      const v = adj[k]!;
      if (layer[v]! < 0) {
        layer[v] = layer[u]!;
        queue[tail++] = v;
      }
    }
  }

  const result = new Map<string, number>();
  for (const node of map.nodes) {
    const i = index.indexOf.get(node.id);
    const found = i === undefined ? -1 : layer[i]!;
    if (!result.has(node.id)) result.set(node.id, found >= 0 ? found : LAYER_BY_KIND[node.kind]);
  }
  return result;
}
