import { describe, expect, it } from 'vitest';
import { createLayoutEngine } from '../../src/layout/engine.ts';
import type { LayoutEngine } from '../../src/layout/engine.ts';
import { layoutGraph } from '../../src/layout/graph.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';

const map = mapOf('pay>checkout', 'pay>search', 'id>pay', 'id>search', 'crm~checkout', 'ads');

function settled(engine: LayoutEngine, ...args: Parameters<LayoutEngine['load']>): LayoutEngine {
  engine.load(...args);
  engine.run(1000);
  return engine;
}
const pointOf = (engine: LayoutEngine, id: string) => {
  const i = engine.ids.indexOf(id);
  const xy = engine.positions();
  return { x: xy[2 * i]!, y: xy[2 * i + 1]! };
};
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const withNode = (base: EcoMap, node: EcoMap['nodes'][number], link?: EcoMap['links'][number]): EcoMap => ({
  ...base,
  nodes: [...base.nodes, node],
  links: link ? [...base.links, link] : base.links,
});

describe('createLayoutEngine', () => {
  it('gives every node a finite position, in the order of the loaded ids', () => {
    const engine = createLayoutEngine({ seed: 1 });
    engine.load(layoutGraph(map));
    const { positions } = engine.step(5);
    expect(engine.ids).toEqual(map.nodes.map((n) => n.id));
    expect(positions).toHaveLength(map.nodes.length * 2);
    expect(positions.every(Number.isFinite)).toBe(true);
  });

  it('runs at least one tick per step, and several when the budget allows', () => {
    const engine = createLayoutEngine({ seed: 1 });
    engine.load(layoutGraph(map));
    expect(engine.step(0).ticks).toBe(1);
    expect(engine.step(20).ticks).toBeGreaterThan(1);
  });

  it('is settled once alpha falls below alphaMin', () => {
    const engine = settled(createLayoutEngine({ seed: 1 }), layoutGraph(map));
    expect(engine.settled).toBe(true);
    expect(engine.alpha).toBeLessThan(0.001);
  });

  it('keeps the positions of ids it already had when a graph is loaded again', () => {
    const engine = settled(createLayoutEngine({ seed: 2 }), layoutGraph(map));
    const before = engine.positions();
    engine.load(layoutGraph(withNode(map, { id: 'fraud', kind: 'service', name: 'Fraud', value: 0 }, { source: 'pay', target: 'fraud', kind: 'supports', weight: 1 })));
    expect(engine.positions().subarray(0, before.length)).toEqual(before);
  });

  it('places a new node beside its neighbour, and at its stored point when it has one', () => {
    const engine = settled(createLayoutEngine({ seed: 2 }), layoutGraph(map));
    const grown = withNode(map, { id: 'fraud', kind: 'service', name: 'Fraud', value: 0 }, { source: 'pay', target: 'fraud', kind: 'supports', weight: 1 });
    engine.load(layoutGraph(withNode(grown, { id: 'note', kind: 'service', name: 'Note', value: 0, x: 900, y: -40 })));
    expect(distance(pointOf(engine, 'fraud'), pointOf(engine, 'pay'))).toBeLessThan(300);
    expect(pointOf(engine, 'note')).toEqual({ x: 900, y: -40 });
  });

  it('forgets nodes the new graph no longer has', () => {
    const engine = settled(createLayoutEngine({ seed: 2 }), layoutGraph(map));
    engine.load(layoutGraph({ ...map, nodes: map.nodes.filter((n) => n.id !== 'ads') }));
    expect(engine.ids).not.toContain('ads');
    expect(engine.positions()).toHaveLength(2 * (map.nodes.length - 1));
  });

  it('does not reheat when the same graph is loaded again', () => {
    const engine = settled(createLayoutEngine({ seed: 2 }), layoutGraph(map));
    engine.load(layoutGraph(map));
    expect(engine.settled).toBe(true);
  });

  it('holds a dragged node at the pointer and keeps the rest moving', () => {
    const engine = settled(createLayoutEngine({ seed: 3 }), layoutGraph(map));
    engine.drag(0, 500, 500);
    engine.run(50);
    expect(pointOf(engine, 'pay')).toEqual({ x: 500, y: 500 });
    expect(engine.settled).toBe(false);
  });

  it('lets a released node go back into the layout unless it is pinned', () => {
    const engine = settled(createLayoutEngine({ seed: 3 }), layoutGraph(map));
    engine.drag(0, 500, 500);
    engine.run(20);
    engine.release(0, false);
    engine.drag(1, -500, 500);
    engine.release(1, true);
    engine.run(1000);
    expect(engine.settled).toBe(true);
    expect(distance(pointOf(engine, 'pay'), { x: 500, y: 500 })).toBeGreaterThan(50);
    expect(pointOf(engine, 'checkout')).toEqual({ x: -500, y: 500 });
  });

  it('keeps pinned nodes where the map put them', () => {
    const pinned = { ...map, nodes: map.nodes.map((n) => (n.id === 'search' ? { ...n, x: 321.5, y: -99.25, pinned: true } : n)) };
    const engine = settled(createLayoutEngine({ seed: 4 }), layoutGraph(pinned));
    expect(pointOf(engine, 'search')).toEqual({ x: 321.5, y: -99.25 });
  });

  it('moves nothing when the graph is locked', () => {
    const placed = { ...map, nodes: map.nodes.map((n, i) => ({ ...n, x: i * 100, y: -i * 50 })) };
    const engine = createLayoutEngine({ seed: 5 });
    engine.load(layoutGraph(placed, { locked: true }));
    const frame = engine.step(20);
    expect(frame.ticks).toBe(0);
    expect(engine.settled).toBe(true);
    expect([...frame.positions]).toEqual(placed.nodes.flatMap((n) => [n.x, n.y]));
  });

  it('holds a pinned node through a reheat and lets it move once unpinned', () => {
    const engine = settled(createLayoutEngine({ seed: 6 }), layoutGraph(map));
    const held = pointOf(engine, 'search');
    engine.pin(2);
    engine.reheat(1);
    engine.run(1000);
    expect(pointOf(engine, 'search')).toEqual(held);
    engine.drag(2, held.x + 400, held.y);
    engine.release(2, false);
    engine.unpin(2);
    engine.run(1000);
    expect(pointOf(engine, 'search').x).not.toBe(held.x + 400);
  });
});
