import { NODE_KINDS } from '../model/types.ts';
import type { EcoMap, NodeKind } from '../model/types.ts';
import type { GraphIndex } from './graphIndex.ts';

const codes = new WeakMap<GraphIndex, Uint8Array>();

/** Per node index: 1 when the node is of `kind`. The first node with an id gives its kind, as it gives its value. */
export function kindMask(map: EcoMap, index: GraphIndex, kind: NodeKind): Uint8Array {
  const code = NODE_KINDS.indexOf(kind);
  const kinds = kindCodes(map, index);
  const mask = new Uint8Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) mask[i] = kinds[i] === code ? 1 : 0;
  return mask;
}

/** Each node's position in `NODE_KINDS`, read once per index: looking 10,000 ids up costs more than the walks. */
function kindCodes(map: EcoMap, index: GraphIndex): Uint8Array {
  let kinds = codes.get(index);
  if (!kinds) {
    const n = index.ids.length;
    kinds = new Uint8Array(n).fill(255);
    for (const node of map.nodes) {
      const i = index.indexOf.get(node.id)!;
      // 255 marks "not seen yet"; a kind the model does not know (254) matches no mask.
      if (kinds[i] !== 255) continue;
      const code = NODE_KINDS.indexOf(node.kind);
      kinds[i] = code === -1 ? 254 : code;
    }
    codes.set(index, kinds);
  }
  return kinds;
}
