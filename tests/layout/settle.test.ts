import { describe, expect, it } from 'vitest';
import { valueFlow } from '../../src/analysis/index.ts';
import { settle } from '../../src/layout/settle.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('settle', () => {
  const map = mapOf('pay>checkout', 'pay>search', 'id>pay', 'ads', 'crm~ads');

  it('gives every node a finite position', () => {
    const positions = settle(map, { seed: 7 });
    expect([...positions.keys()].sort()).toEqual(map.nodes.map((n) => n.id).sort());
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('gives the same positions for the same map and seed', () => {
    expect(settle(map, { seed: 3 })).toEqual(settle(map, { seed: 3 }));
  });

  it('keeps pinned nodes where they were dropped', () => {
    const pinned: EcoMap = { ...map, nodes: map.nodes.map((n) => (n.id === 'pay' ? { ...n, x: 500, y: -200, pinned: true } : n)) };
    expect(settle(pinned, { seed: 1 }).get('pay')).toEqual({ x: 500, y: -200 });
  });

  it('puts linked nodes closer together than unlinked ones', () => {
    const positions = settle(mapOf('a>b', 'c>d'), { seed: 2 });
    const at = (id: string) => positions.get(id)!;
    expect(distance(at('a'), at('b'))).toBeLessThan(distance(at('a'), at('d')));
    expect(distance(at('c'), at('d'))).toBeLessThan(distance(at('b'), at('c')));
  });

  it('does not change the map it lays out', () => {
    const before = JSON.stringify(map);
    settle(map);
    expect(JSON.stringify(map)).toBe(before);
  });

  it('settles in stack mode with every supporter below what it supports', () => {
    const stacked = mapOf('base>pay', 'pay>checkout', 'pay>search', 'id>pay', 'id>search', 'search>ads', 'ads>search', 'ads~agency', 'agency:partner', 'lonely:platform');
    const closing = new Set(valueFlow(stacked).cycles.map(([s, t]) => `${s}>${t}`));
    const positions = settle(stacked, { seed: 5, mode: 'stack' });
    const supports = stacked.links.filter((l) => l.kind === 'supports' && !closing.has(`${l.source}>${l.target}`));
    expect(supports.length).toBeGreaterThan(5);
    for (const link of supports) expect(positions.get(link.source)!.y).toBeGreaterThan(positions.get(link.target)!.y);
  });

  it('gives the same positions for the same map and seed in stack mode', () => {
    expect(settle(map, { seed: 9, mode: 'stack' })).toEqual(settle(map, { seed: 9, mode: 'stack' }));
  });

  it('keeps a 60-node map free of overlapping nodes', () => {
    const specs = Array.from({ length: 59 }, (_, i) => `p${i % 6}>s${i}`);
    const positions = [...settle(mapOf(...specs), { seed: 11 }).values()];
    let closest = Infinity;
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) closest = Math.min(closest, distance(positions[i]!, positions[j]!));
    }
    // Two nodes of the smallest size, radius 14, with their labels: well over one diameter apart.
    expect(closest).toBeGreaterThan(40);
  });
});
