import { describe, expect, it } from 'vitest';
import { createLayout } from '../../src/layout/layoutController.ts';
import type { LayoutController } from '../../src/layout/layoutController.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';

const map = mapOf('pay>checkout', 'pay>search', 'id>pay', 'crm~checkout');
// Large enough that settling takes many batches, so frames come before the end.
const large = mapOf(...Array.from({ length: 300 }, (_, i) => `p${i % 20}>s${i}`));

interface Seen {
  frames: { positions: Float32Array; ids: readonly string[]; alpha: number }[];
  settled: { positions: Float32Array; ids: readonly string[] }[];
  layout: LayoutController;
  /** Resolves at the next onSettled. */
  next(): Promise<void>;
  /** Resolves at the next onFrame. */
  frame(): Promise<void>;
}

function watch(): Seen {
  let wake: () => void = () => {};
  let tick: () => void = () => {};
  const seen: Omit<Seen, 'layout'> = {
    frames: [],
    settled: [],
    next: () => new Promise<void>((resolve) => (wake = resolve)),
    frame: () => new Promise<void>((resolve) => (tick = resolve)),
  };
  const layout = createLayout({
    inThread: true,
    onFrame: (positions, ids, alpha) => {
      seen.frames.push({ positions, ids, alpha });
      tick();
    },
    onSettled: (positions, ids) => {
      seen.settled.push({ positions, ids });
      wake();
    },
  });
  return { ...seen, layout };
}

const at = (positions: Float32Array, ids: readonly string[], id: string) => {
  const i = ids.indexOf(id);
  return [positions[2 * i], positions[2 * i + 1]];
};

describe('createLayout (in this thread)', () => {
  it('reports frames while the layout moves, then the settled positions once', async () => {
    const seen = watch();
    const done = seen.next();
    seen.layout.load(large, { seed: 1 });
    await done;
    expect(seen.frames.length).toBeGreaterThan(0);
    expect(seen.frames.every((f) => f.alpha > 0 && f.positions.length === 2 * large.nodes.length)).toBe(true);
    expect(seen.settled).toHaveLength(1);
    const last = seen.settled[0]!;
    expect(last.ids).toEqual(large.nodes.map((n) => n.id));
    expect(last.positions.every(Number.isFinite)).toBe(true);
    seen.layout.destroy();
  });

  it('reports a locked map at its stored positions without moving it', async () => {
    const placed: EcoMap = { ...map, nodes: map.nodes.map((n, i) => ({ ...n, x: 10 * i, y: 20 * i })) };
    const seen = watch();
    const done = seen.next();
    seen.layout.load(placed, { locked: true });
    await done;
    expect(seen.frames).toHaveLength(0);
    expect([...seen.settled[0]!.positions]).toEqual(placed.nodes.flatMap((n) => [n.x, n.y]));
    seen.layout.destroy();
  });

  it('drops frames of a graph that a newer load replaced', async () => {
    const seen = watch();
    const grown = mapOf('pay>checkout', 'pay>search', 'id>pay', 'crm~checkout', 'pay>fraud', 'fraud~bank');
    const done = seen.next();
    seen.layout.load(map, { seed: 1 });
    seen.layout.load(grown, { seed: 1 });
    await done;
    const reported = [...seen.frames, ...seen.settled];
    expect(reported.every((r) => r.ids.length === grown.nodes.length && r.positions.length === 2 * grown.nodes.length)).toBe(true);
    seen.layout.destroy();
  });

  it('moves a dragged node to the pointer and lets it go on release', async () => {
    const seen = watch();
    let done = seen.next();
    seen.layout.load(map, { seed: 1 });
    await done;
    const moved = seen.frame();
    seen.layout.drag('pay', 400, -300);
    await moved;
    const dragged = seen.frames.at(-1)!;
    expect(at(dragged.positions, dragged.ids, 'pay')).toEqual([400, -300]);
    done = seen.next();
    seen.layout.release('pay', false);
    await done;
    const dropped = seen.settled.at(-1)!;
    expect(at(dropped.positions, dropped.ids, 'pay')).not.toEqual([400, -300]);
    seen.layout.destroy();
  });

  it('reports nothing after destroy', async () => {
    const seen = watch();
    seen.layout.load(map, { seed: 1 });
    seen.layout.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.frames).toHaveLength(0);
    expect(seen.settled).toHaveLength(0);
  });

  it('stops reporting on stop() and starts again on reheat()', async () => {
    const seen = watch();
    seen.layout.load(map, { seed: 1 });
    seen.layout.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.frames).toHaveLength(0);
    const done = seen.next();
    seen.layout.reheat();
    await done;
    expect(seen.settled).toHaveLength(1);
    seen.layout.destroy();
  });
});
