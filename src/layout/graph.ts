import type { EcoMap } from '../model/types.ts';
import { footprintRadius } from './footprint.ts';
import type { LayoutMode } from './footprint.ts';
import { nodeRadius } from './radius.ts';
import { stackLayers } from './stackLayers.ts';

/**
 * The map as the layout engine reads it: plain arrays indexed like `ids`, cheap to send to a
 * worker and free of the document's objects (d3-force mutates what it is given).
 */
export interface LayoutGraph {
  readonly ids: readonly string[];
  /** Collision radius: the room a node and its label take (see `footprintRadius`). */
  readonly radius: Float32Array;
  /** Stored positions; NaN where unknown. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** 1 where the node stays put. */
  readonly pinned: Uint8Array;
  /** Link ends as index pairs: `[s0, t0, s1, t1, …]`. */
  readonly links: Int32Array;
  /** Per link: 1 for `supports`, 0 for `collaborates`. */
  readonly supports: Uint8Array;
  readonly weights: Float32Array;
  readonly mode: LayoutMode;
  /** Stack layer per node (0 = bottom); all 0 in force mode. */
  readonly layers: Int32Array;
  /** True: no simulation, nodes stay at their stored positions. */
  readonly locked: boolean;
  /** True while nodes are knocked out: the pull to the centre eases so silos drift apart. */
  readonly split: boolean;
  /** True: every node with a stored position starts from it (the pieces of a knock-out come back). */
  readonly fromStored: boolean;
}

export interface GraphOptions {
  readonly mode?: LayoutMode;
  readonly locked?: boolean;
  /**
   * Knocked-out nodes: held where they are (ghosts), and their links left out, so the pieces
   * that remain drift apart.
   */
  readonly removed?: ReadonlySet<string>;
  /** Start every node from its stored position, not from where the layout has it. */
  readonly fromStored?: boolean;
}

/** Compiles a map for the layout engine. Links with an unknown end or to themselves are left out. */
export function layoutGraph(map: EcoMap, { mode = 'force', locked = false, removed, fromStored = false }: GraphOptions = {}): LayoutGraph {
  const n = map.nodes.length;
  let maxValue = 0;
  for (const node of map.nodes) if (node.value > maxValue) maxValue = node.value;
  const indexOf = new Map<string, number>();
  const radius = new Float32Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const pinned = new Uint8Array(n);
  map.nodes.forEach((node, i) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
    radius[i] = footprintRadius(node, nodeRadius(node.value, maxValue));
    x[i] = Number.isFinite(node.x) ? node.x! : NaN;
    y[i] = Number.isFinite(node.y) ? node.y! : NaN;
    pinned[i] = node.pinned ? 1 : 0;
    if (removed?.has(node.id)) {
      // Held wherever the layout has it now: a ghost stays where it was knocked out.
      pinned[i] = 1;
      x[i] = y[i] = NaN;
    }
  });

  const ends: number[] = [];
  const kinds: number[] = [];
  const weights: number[] = [];
  for (const link of map.links) {
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
    if (s === undefined || t === undefined || s === t) continue;
    if (removed && (removed.has(link.source) || removed.has(link.target))) continue;
    ends.push(s, t);
    kinds.push(link.kind === 'supports' ? 1 : 0);
    weights.push(Number.isFinite(link.weight) && link.weight > 0 ? link.weight : 1);
  }

  const layers = new Int32Array(n);
  if (mode === 'stack') {
    const byId = stackLayers(map);
    map.nodes.forEach((node, i) => (layers[i] = byId.get(node.id) ?? 0));
  }
  return {
    ids: map.nodes.map((node) => node.id),
    radius, x, y, pinned,
    links: Int32Array.from(ends),
    supports: Uint8Array.from(kinds),
    weights: Float32Array.from(weights),
    mode, layers, locked,
    split: !!removed?.size,
    fromStored,
  };
}
