import { describe, expect, it } from 'vitest';
import type { EcoMap } from '../../src/model/types.ts';
import { criticalityOf, graphOf, knockOutOf } from '../../src/store/analysisCache.ts';
import { mapOf } from '../builders.ts';

const moved = (map: EcoMap, dx: number): EcoMap => ({ ...map, nodes: map.nodes.map((n, i) => ({ ...n, x: i * 10 + dx, y: 5, pinned: i === 0 })) });

describe('analysis cache', () => {
  const base = mapOf('core>pay', 'core>shop', 'pay>shop', 'shop:service=100', 'pay:service=40');

  it('keeps its results when only node positions changed', () => {
    const removed = new Set(['core']);
    const before = knockOutOf(base, removed);
    const settled = moved(base, 0);
    expect(graphOf(settled)).toBe(graphOf(base));
    expect(knockOutOf(settled, removed)).toBe(before);
    expect(criticalityOf(moved(settled, 3))).toBe(criticalityOf(base));
  });

  it('computes anew when anything the analyses read changed', () => {
    const revalued: EcoMap = { ...base, nodes: base.nodes.map((n) => (n.id === 'shop' ? { ...n, value: 7 } : n)) };
    expect(graphOf(revalued)).toBe(revalued);
    expect(knockOutOf(revalued, new Set(['core'])).valueAtRisk).not.toBe(knockOutOf(base, new Set(['core'])).valueAtRisk);
    const relinked: EcoMap = { ...base, links: base.links.map((l, i) => (i === 0 ? { ...l, weight: 4 } : l)) };
    expect(graphOf(relinked)).toBe(relinked);
    const renamed: EcoMap = { ...base, nodes: base.nodes.map((n) => (n.id === 'pay' ? { ...n, name: 'Payments' } : n)) };
    expect(graphOf(renamed)).toBe(renamed);
    const tagged = { ...base, nodes: base.nodes.map((n) => ({ ...n, tags: ['a'] })) };
    const retagged = { ...tagged, nodes: tagged.nodes.map((n) => ({ ...n, tags: ['a'] })) };
    expect(graphOf(tagged)).toBe(tagged);
    expect(graphOf(retagged)).toBe(tagged);
    expect(graphOf({ ...tagged, nodes: tagged.nodes.map((n) => ({ ...n, tags: ['b'] })) })).not.toBe(tagged);
  });
});
