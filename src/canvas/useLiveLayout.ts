import { useEffect, useState } from 'react';
import { createLayout } from '../layout/layoutController.ts';
import type { LayoutController } from '../layout/layoutController.ts';
import type { EcoMap } from '../model/types.ts';
import { placeNodes } from '../model/nodes.ts';
import type { Stores } from '../store/context.ts';
import { glide } from './glide.ts';
import { commit, commitQuietly } from '../store/documentStore.ts';
import type { LayoutHandle } from './pointerController.ts';

/** How hard a knock-out shakes the layout: enough for the pieces to part visibly. */
const KNOCK_OUT_ALPHA = 0.6;

export interface LiveLayout {
  readonly current: LayoutHandle | null;
  /** Called each time the layout comes to rest; returns the unsubscribe. */
  onSettle(listener: () => void): () => void;
  /** Called with true when nodes start to move (at once, if they already are) and false when they come to rest. */
  onMotion(listener: (moving: boolean) => void): () => void;
  /** Runs the layout again from where nodes are; the result is one undo step. */
  relayout(): void;
}

/**
 * Keeps the layout running on the open map. Frames go to live positions; a settled layout is
 * written to the document quietly (no undo step), except after "Re-run layout", which is one.
 */
export function useLiveLayout(stores: Stores): LiveLayout {
  const [live] = useState(() => createLiveLayout(stores));
  useEffect(() => live.start(), [live]);
  return live;
}

function createLiveLayout({ doc, ui, live }: Stores): LiveLayout & { start(): () => void } {
  let layout: LayoutController | null = null;
  let rerun = false;
  // The map this layout itself last wrote positions into: nothing in it is news to the layout.
  let written: EcoMap | null = null;
  const settleListeners = new Set<() => void>();
  const motionListeners = new Set<(moving: boolean) => void>();
  // Listeners hear when motion starts and stops, not of every frame between (frames come ~80 a second).
  let moving: boolean | null = null;
  const motion = (now: boolean) => {
    if (now === moving) return;
    moving = now;
    for (const listener of motionListeners) listener(now);
  };
  const settledPositions = (positions: Float32Array, ids: readonly string[]) => {
    // The last batch before rest is reported only here (a small map may settle in one batch): draw it too.
    live.setAll(ids, positions);
    const points = new Map(ids.map((id, i) => [id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }]));
    // While nodes are knocked out the drift is a what-if: only nodes with no place yet get one.
    const knockedOut = ui.getState().knockedOut.size > 0;
    const current = doc.getState().map;
    if (knockedOut) for (const n of current.nodes) if (n.x !== undefined && n.y !== undefined) points.delete(n.id);
    // Known before the store tells its listeners (synchronously), so this layout skips its own write.
    written = placeNodes(current, points);
    const next = written;
    if (rerun) commit(doc, 'Re-run layout', () => next);
    else commitQuietly(doc, () => next);
    rerun = false;
    for (const listener of settleListeners) listener();
    motion(false);
  };
  return {
    get current() {
      return layout;
    },
    onMotion(listener) {
      motionListeners.add(listener);
      // A listener that comes after the motion started hears it at once.
      if (moving !== null) listener(moving);
      return () => motionListeners.delete(listener);
    },
    onSettle(listener) {
      settleListeners.add(listener);
      return () => settleListeners.delete(listener);
    },
    relayout() {
      rerun = true;
      motion(true);
      layout?.reheat(1);
    },
    start() {
      layout = createLayout({
        onFrame: (positions, ids) => {
          live.setAll(ids, positions);
          motion(true);
        },
        onSettled: settledPositions,
      });
      let map = doc.getState().map;
      let { layoutMode, layoutLocked, knockedOut } = ui.getState();
      let stopGlide = () => {};
      // Every load may move nodes until the layout reports that it is at rest.
      const load = (fromStored = false) => {
        motion(true);
        layout?.load(map, { mode: layoutMode, locked: layoutLocked, removed: knockedOut, fromStored });
      };
      // Knocked out: the links go and the pieces drift apart. Restored: they glide back to where
      // the document has them, then the layout carries on from there.
      const knock = (next: ReadonlySet<string>) => {
        const wasOut = knockedOut.size > 0;
        knockedOut = next;
        stopGlide();
        if (next.size) {
          // After the frame that shows the knock-out has been painted: the drift starts a frame
          // later, and sending the graph to the layout does not hold that frame up.
          let timer: ReturnType<typeof setTimeout> | undefined;
          const frame = requestAnimationFrame(() => {
            timer = setTimeout(() => {
              load();
              layout?.reheat(KNOCK_OUT_ALPHA);
            }, 0);
          });
          stopGlide = () => {
            cancelAnimationFrame(frame);
            clearTimeout(timer);
          };
        } else if (wasOut) {
          motion(true);
          layout?.stop();
          stopGlide = glide(live, map, () => load(true));
        }
      };
      load();
      const offDoc = doc.subscribe((state) => {
        if (state.map === map) return;
        const before = map;
        map = state.map;
        if (map === written) return;
        moveWhatTheDocumentMoved(before, map);
        load();
      });
      const offUi = ui.subscribe((state) => {
        if (state.knockedOut !== knockedOut) knock(state.knockedOut);
        if (state.layoutMode === layoutMode && state.layoutLocked === layoutLocked) return;
        ({ layoutMode, layoutLocked } = state);
        load();
      });
      return () => {
        stopGlide();
        offDoc();
        offUi();
        layout?.destroy();
        layout = null;
      };
    },
  };

  /** Undo, redo and edits that place nodes move them on screen too, not only in the document. */
  function moveWhatTheDocumentMoved(before: EcoMap, after: EcoMap) {
    const old = new Map(before.nodes.map((n) => [n.id, n]));
    const moves = new Map<string, { x: number; y: number }>();
    for (const n of after.nodes) {
      const o = old.get(n.id);
      if (n.x === undefined || n.y === undefined) continue;
      if (!o || o.x !== n.x || o.y !== n.y || o.pinned !== n.pinned) {
        const p = live.get(n.id);
        if (!p || Math.abs(p.x - n.x) > 0.5 || Math.abs(p.y - n.y) > 0.5) moves.set(n.id, { x: n.x, y: n.y });
      }
    }
    if (!moves.size) return;
    live.setSome(moves);
    const pinned = new Set(after.nodes.filter((n) => n.pinned).map((n) => n.id));
    // All held first, then all let go: the layout may tick between messages, and a node let go
    // while others still wait to move back would settle against where they were, not where they go.
    for (const [id, p] of moves) layout?.drag(id, p.x, p.y);
    for (const id of moves.keys()) layout?.release(id, pinned.has(id));
  }
}
