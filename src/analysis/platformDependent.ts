import type { SupportRows } from './dominatorTree.ts';
import type { GraphIndex } from './graphIndex.ts';
import { baselineSupported, supportedMask } from './support.ts';

/**
 * The part of the map whose support hangs on platforms, as its own rows of supports edges. Nodes
 * that stay supported with every platform gone can be folded into the virtual root, and floating
 * nodes dropped: knocking out platforms never changes either. Local numbers keep id order.
 */
export interface PlatformDependent extends SupportRows {
  /** The map index of each local node. */
  readonly node: Int32Array;
  /** The local number of each map node, -1 when it is not part of this graph. */
  readonly local: Int32Array;
  /** Local nodes the virtual root links to: base nodes, and nodes an independent node supports. */
  readonly root: Uint8Array;
  /** Per map node: 1 when it stays supported with every platform gone. */
  readonly independent: Uint8Array;
}

/** The supported nodes that need a platform, with the supports edges among them. */
export function platformDependent(index: GraphIndex, platform: Uint8Array): PlatformDependent {
  const n = index.ids.length;
  const { outStart, edgeTarget, inStart, inSource } = index;
  const independent = supportedMask(index, platform);
  const supported = baselineSupported(index);
  const local = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) if (supported[i] && !independent[i]) local[i] = k++;
  const node = new Int32Array(k);
  for (let i = 0; i < n; i++) if (local[i]! >= 0) node[local[i]!] = i;

  const root = new Uint8Array(k);
  const localOut = new Int32Array(k + 1);
  const localIn = new Int32Array(k + 1);
  for (let y = 0; y < k; y++) {
    const i = node[y]!;
    if (inStart[i] === inStart[i + 1]) root[y] = 1;
    for (let q = inStart[i]!, end = inStart[i + 1]!; q < end; q++) {
      const s = inSource[q]!;
      if (independent[s]) root[y] = 1;
      else if (local[s]! >= 0) localIn[y + 1]!++;
    }
    for (let e = outStart[i]!, end = outStart[i + 1]!; e < end; e++) if (local[edgeTarget[e]!]! >= 0) localOut[y + 1]!++;
  }
  for (let y = 0; y < k; y++) {
    localOut[y + 1]! += localOut[y]!;
    localIn[y + 1]! += localIn[y]!;
  }
  // Rows stay sorted: the map's rows are, and local numbers keep their order.
  const target = new Int32Array(localOut[k]!);
  const source = new Int32Array(localIn[k]!);
  for (let y = 0, out = 0, into = 0; y < k; y++) {
    const i = node[y]!;
    for (let e = outStart[i]!, end = outStart[i + 1]!; e < end; e++) {
      const t = local[edgeTarget[e]!]!;
      if (t >= 0) target[out++] = t;
    }
    for (let q = inStart[i]!, end = inStart[i + 1]!; q < end; q++) {
      const s = local[inSource[q]!]!;
      if (s >= 0) source[into++] = s;
    }
  }
  return { node, local, root, independent, outStart: localOut, edgeTarget: target, inStart: localIn, inSource: source };
}
