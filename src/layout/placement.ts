import type { SimNode } from './forces.ts';
import { layerY } from './forces.ts';
import type { LayoutMode } from './forces.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Gives a position to every node whose x or y is NaN. A node appears beside a neighbour that
 * already has one (breadth first, so a new chain grows out from where it joins the map); a piece
 * with no placed node starts from a slot on a spiral spaced for the nodes' size, then grows the
 * same way. Growing along links, rather than d3's structure-blind spiral, leaves fewer tangles to
 * undo, so large maps settle sooner. In stack mode every new node starts on its layer.
 */
export function placeNodes(nodes: SimNode[], links: Int32Array, mode: LayoutMode, random: () => number): void {
  const n = nodes.length;
  const start = new Int32Array(n + 1);
  for (const end of links) start[end + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const adj = new Int32Array(links.length);
  const fill = start.slice(0, n);
  for (let k = 0; k < links.length; k += 2) {
    const s = links[k]!;
    const t = links[k + 1]!;
    adj[fill[s]!++] = t;
    adj[fill[t]!++] = s;
  }

  let topLayer = 0;
  let spacing = 0;
  for (const node of nodes) {
    topLayer = Math.max(topLayer, node.layer);
    spacing += node.r / n;
  }
  const placed = (node: SimNode) => Number.isFinite(node.x) && Number.isFinite(node.y);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (placed(nodes[i]!)) queue[tail++] = i;
  let slot = tail;

  let head = 0;
  const grow = () => {
    while (head < tail) {
      const u = nodes[queue[head++]!]!;
      for (let k = start[u.index!]!, end = start[u.index! + 1]!; k < end; k++) {
        const v = nodes[adj[k]!]!;
        if (placed(v)) continue;
        const angle = random() * 2 * Math.PI;
        const distance = (u.r + v.r) * (1 + random());
        v.x = u.x! + distance * Math.cos(angle);
        v.y = mode === 'stack' ? layerY(v.layer, topLayer) + (random() - 0.5) * 10 : u.y! + distance * Math.sin(angle);
        queue[tail++] = v.index!;
      }
    }
  };
  grow();
  for (let root = 0; root < n; root++) {
    const node = nodes[root]!;
    if (placed(node)) continue;
    const radius = spacing * Math.sqrt(0.5 + slot);
    node.x = radius * Math.cos(slot * GOLDEN_ANGLE);
    node.y = mode === 'stack' ? layerY(node.layer, topLayer) : radius * Math.sin(slot * GOLDEN_ANGLE);
    slot++;
    queue[tail++] = root;
    grow();
  }
}
