import type { Point } from '../layout/settle.ts';

/**
 * Where every node is drawn right now. The layout writes here many times a second; the canvas
 * reads once per animation frame. Nothing here goes to React state, history or storage.
 */
export interface LivePositions {
  get(id: string): Point | undefined;
  /** All positions at once, from the layout: `xy` is [x0, y0, x1, y1, …] in `ids` order. */
  setAll(ids: readonly string[], xy: Float32Array): void;
  /** Moves some nodes (a drag), leaving the others where they are. */
  setSome(moves: ReadonlyMap<string, Point>): void;
  snapshot(): Map<string, Point>;
  /**
   * The positions array and each id's slot in it, for a reader that visits every node each frame
   * (a canvas drawing 20,000 nodes). The index is replaced, not changed, when the ids change,
   * except that `setSome` may add ids to it; read, never write.
   */
  raw(): { readonly xy: Float32Array; readonly index: ReadonlyMap<string, number> };
  /** Called after each change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  readonly version: number;
}

export function createLivePositions(): LivePositions {
  let index = new Map<string, number>();
  let lastIds: readonly string[] | null = null;
  let xy: Float32Array = new Float32Array(0);
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version++;
    for (const listener of listeners) listener();
  };
  return {
    get(id) {
      const i = index.get(id);
      return i === undefined ? undefined : { x: xy[2 * i]!, y: xy[2 * i + 1]! };
    },
    setAll(ids, next) {
      // The layout sends the same ids array with every frame of a load: compare it only when it is another.
      if (ids !== lastIds && (ids.length !== index.size || ids.some((id, i) => index.get(id) !== i))) index = new Map(ids.map((id, i) => [id, i]));
      lastIds = ids;
      xy = next;
      changed();
    },
    setSome(moves) {
      let grown = false;
      for (const [id, p] of moves) {
        let i = index.get(id);
        if (i === undefined) {
          i = index.size;
          index.set(id, i);
          lastIds = null;
          grown = true;
        }
        if (grown && xy.length < 2 * index.size) {
          const bigger = new Float32Array(Math.max(2 * index.size, xy.length * 2));
          bigger.set(xy);
          xy = bigger;
        }
        xy[2 * i] = p.x;
        xy[2 * i + 1] = p.y;
      }
      changed();
    },
    raw: () => ({ xy, index }),
    snapshot() {
      const out = new Map<string, Point>();
      for (const [id, i] of index) out.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! });
      return out;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get version() {
      return version;
    },
  };
}
