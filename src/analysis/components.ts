import type { EcoMap } from '../model/types.ts';
import { indexMap } from './graphIndex.ts';
import type { GraphIndex } from './graphIndex.ts';
import { removalMask } from './removal.ts';
import { borrowInt32 } from './scratch.ts';

/**
 * Connected pieces of the undirected graph as a label per node (-1 for removed nodes).
 * Labels count up from 0 in order of each piece's smallest id, because the scan runs in id order.
 */
export interface Labels {
  readonly label: Int32Array;
  readonly size: Int32Array;
}

/** Labels the connected pieces left once the masked nodes are gone (breadth-first, no recursion). */
export function labelComponents(index: GraphIndex, removed?: Uint8Array): Labels {
  const n = index.ids.length;
  const { adjStart, adj } = index;
  const label = new Int32Array(n).fill(-1);
  const queue = borrowInt32('components.queue', n);
  const sizes: number[] = [];
  for (let root = 0; root < n; root++) {
    if (label[root] !== -1 || removed?.[root]) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    label[root] = c;
    while (head < tail) {
      const u = queue[head++]!;
      for (let e = adjStart[u]!, end = adjStart[u + 1]!; e < end; e++) {
        const v = adj[e]!;
        if (label[v] === -1 && !removed?.[v]) {
          label[v] = c;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
  }
  return { label, size: Int32Array.from(sizes) };
}

const baselines = new WeakMap<GraphIndex, Labels>();

/** The pieces of the whole map, computed once per index. */
export function baselineComponents(index: GraphIndex): Labels {
  let labels = baselines.get(index);
  if (!labels) {
    labels = labelComponents(index);
    baselines.set(index, labels);
  }
  return labels;
}

/** Piece numbers in report order: size descending, then smallest id. */
export function componentOrder(labels: Labels): number[] {
  const order = Array.from(labels.size.keys());
  return order.sort((a, b) => labels.size[b]! - labels.size[a]! || a - b);
}

/** Each labelled piece's ids, sorted by code point, pieces in report order. */
export function componentIds(index: GraphIndex, labels: Labels): string[][] {
  const { label, size } = labels;
  const pieces: string[][] = [];
  const fill = new Int32Array(size.length);
  for (let c = 0; c < size.length; c++) pieces.push(new Array<string>(size[c]!));
  for (let i = 0; i < label.length; i++) {
    const c = label[i]!;
    if (c !== -1) pieces[c]![fill[c]!++] = index.ids[i]!;
  }
  return componentOrder(labels).map((c) => pieces[c]!);
}

/**
 * Components `C(G,R)`: the connected pieces of the nodes not in `removed`, over links of both
 * kinds. Ids sorted by code point; pieces by size descending, then smallest id.
 */
export function componentsOf(map: EcoMap, removed?: Iterable<string>): string[][] {
  const index = indexMap(map);
  return componentIds(index, labelComponents(index, removed && removalMask(index, removed)));
}

/** Silo delta `|C(G,R)| − |C(G,∅)|`: how many more pieces the map has once `removed` are gone. */
export function siloDelta(map: EcoMap, removed: Iterable<string>): number {
  const index = indexMap(map);
  return labelComponents(index, removalMask(index, removed)).size.length - baselineComponents(index).size.length;
}
