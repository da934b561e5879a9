import { describe, expect, it } from 'vitest';
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
});
