import { describe, expect, it } from 'vitest';
import { createLayoutEngine } from '../../src/layout/engine.ts';
import type { LayoutEngine } from '../../src/layout/engine.ts';
import { layoutGraph } from '../../src/layout/graph.ts';
import { mapOf } from '../builders.ts';

// Two clusters held together by one hub: knocking the hub out leaves two silos.
const map = mapOf('hub>a1', 'hub>b1', 'a1>a2', 'a1>a3', 'a2~a3', 'b1>b2', 'b1>b3', 'b2~b3');

const pointOf = (engine: LayoutEngine, id: string) => {
  const i = engine.ids.indexOf(id);
  const xy = engine.positions();
  return { x: xy[2 * i]!, y: xy[2 * i + 1]! };
};
const centre = (engine: LayoutEngine, ids: string[]) => {
  const ps = ids.map((id) => pointOf(engine, id));
  return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
};
const gap = (engine: LayoutEngine) => {
  const a = centre(engine, ['a1', 'a2', 'a3']);
  const b = centre(engine, ['b1', 'b2', 'b3']);
  return Math.hypot(a.x - b.x, a.y - b.y);
};

describe('layoutGraph with knocked-out nodes', () => {
  it('leaves out every link that touches a knocked-out node and holds the node', () => {
    const graph = layoutGraph(map, { removed: new Set(['hub']) });
    const hub = graph.ids.indexOf('hub');
    for (let k = 0; k < graph.links.length; k++) expect(graph.links[k]).not.toBe(hub);
    expect(graph.pinned[hub]).toBe(1);
    expect(graph.links.length / 2).toBe(map.links.length - 2);
  });

  it('lets the remaining pieces drift apart while the ghost stays where it was', () => {
    const engine = createLayoutEngine({ seed: 3 });
    engine.load(layoutGraph(map));
    engine.run(1000);
    const before = gap(engine);
    const hubBefore = pointOf(engine, 'hub');

    engine.load(layoutGraph(map, { removed: new Set(['hub']) }));
    engine.reheat(0.6);
    engine.run(1000);
    expect(gap(engine)).toBeGreaterThan(before * 1.2);
    expect(pointOf(engine, 'hub')).toEqual(hubBefore);
  });
});
