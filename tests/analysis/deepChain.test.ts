import { describe, expect, it } from 'vitest';
import { componentsOf, criticality, knockOut, valueFlow } from '../../src/analysis/index.ts';
import { mapFrom } from '../../src/model/create.ts';
import type { MapLink, MapNode } from '../../src/model/types.ts';

// Recursion would overflow the stack long before a million; every walk must be iterative.
const N = 1_000_000;
const id = (i: number) => `n${String(i).padStart(7, '0')}`;
const nodes: MapNode[] = Array.from({ length: N }, (_, i) => ({ id: id(i), name: id(i), kind: 'service', value: 1 }));
const links: MapLink[] = Array.from({ length: N - 1 }, (_, i) => ({ source: id(i), target: id(i + 1), kind: 'supports', weight: 1 }));
const chain = mapFrom(nodes, links);

describe('a supports chain of a million nodes', () => {
  it('has criticality for every node: each strands everything above it', { timeout: 60_000 }, () => {
    const result = criticality(chain);
    expect(result).toHaveLength(N);
    expect(result[0]).toEqual({ id: id(0), stranded: N - 1, valueAtRisk: N - 1, siloDelta: 0, articulation: false });
    expect(result[1]).toEqual({ id: id(1), stranded: N - 2, valueAtRisk: N - 2, siloDelta: 1, articulation: true });
    expect(result[N - 1]).toEqual({ id: id(N - 1), stranded: 0, valueAtRisk: 0, siloDelta: 0, articulation: false });
  });

  it('passes all value down to the first node', { timeout: 60_000 }, () => {
    const flow = valueFlow(chain);
    expect(flow.nodes.get(id(0))).toEqual({ value: 1, total: N, enabled: N - 1 });
    expect(flow.cycles).toEqual([]);
  });

  it('is one component', { timeout: 60_000 }, () => {
    const components = componentsOf(chain);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(N);
  });

  it('breaks in two when a middle node is knocked out, stranding the top half', { timeout: 60_000 }, () => {
    const result = knockOut(chain, [id(N / 2)]);
    expect(result.components.map((c) => c.length)).toEqual([N / 2, N / 2 - 1]);
    expect(result.siloDelta).toBe(1);
    expect(result.stranded).toHaveLength(N / 2 - 1);
    expect(result.valueAtRisk).toBe(N / 2 - 1);
  });

  it('closed into a cycle, floats: the closing link is dropped and flow still runs', { timeout: 60_000 }, () => {
    const ring = mapFrom(nodes, [...links, { source: id(N - 1), target: id(0), kind: 'supports', weight: 1 }]);
    const flow = valueFlow(ring);
    expect(flow.cycles).toEqual([[id(N - 1), id(0)]]);
    expect(flow.nodes.get(id(0))!.total).toBe(N);
    expect(criticality(ring).every((c) => c.stranded === 0)).toBe(true);
  });
});
