import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, componentsOf, criticality, indexMap, knockOut, supportedNodes, valueFlow } from '../../src/analysis/index.ts';
import { arbitraryKnockOut, arbitraryMap, shuffled } from './arbitraryMap.ts';
import { referenceComponents, referenceStranded, referenceSupported, referenceTotals, sortByCodePoint } from './reference.ts';

const runs = { numRuns: 300 };

describe('analysis properties', () => {
  it('criticality of every node equals knocking that node out alone', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        for (const c of criticality(map)) {
          const alone = knockOut(map, [c.id]);
          expect(c).toEqual({
            id: c.id,
            stranded: alone.stranded.length,
            valueAtRisk: alone.valueAtRisk,
            siloDelta: alone.siloDelta,
            articulation: alone.siloDelta >= 1,
          });
        }
      }),
      runs,
    );
  });

  it('criticality lists every node once, by value at risk, then stranded, then id', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const list = criticality(map);
        expect(sortByCodePoint(list.map((c) => c.id))).toEqual(sortByCodePoint(new Set(map.nodes.map((n) => n.id))));
        for (let k = 1; k < list.length; k++) {
          const [a, b] = [list[k - 1]!, list[k]!];
          const inOrder =
            a.valueAtRisk > b.valueAtRisk ||
            (a.valueAtRisk === b.valueAtRisk && (a.stranded > b.stranded || (a.stranded === b.stranded && sortByCodePoint([a.id, b.id])[0] === a.id)));
          expect(inOrder).toBe(true);
        }
      }),
      runs,
    );
  });

  it('knockOut follows the definitions read literally', () => {
    fc.assert(
      fc.property(arbitraryKnockOut, ({ map, removed }) => {
        const result = knockOut(map, removed);
        expect(result.removed).toEqual(sortByCodePoint(removed));
        expect(result.components).toEqual(referenceComponents(map, removed));
        expect(result.siloDelta).toBe(referenceComponents(map, removed).length - referenceComponents(map).length);
        expect(result.stranded).toEqual(referenceStranded(map, removed));
        expect(supportedNodes(map, removed)).toEqual(referenceSupported(map, removed));
      }),
      runs,
    );
  });

  it('never strands a removed node, and strands only nodes that were supported', () => {
    fc.assert(
      fc.property(arbitraryKnockOut, ({ map, removed }) => {
        const { stranded } = knockOut(map, removed);
        const before = new Set(supportedNodes(map));
        expect(stranded.filter((id) => removed.includes(id))).toEqual([]);
        expect(stranded.every((id) => before.has(id))).toBe(true);
      }),
      runs,
    );
  });

  it('components partition the nodes not removed, and new silos come in groups of two or more', () => {
    fc.assert(
      fc.property(arbitraryKnockOut, ({ map, removed }) => {
        const { components, newSilo } = knockOut(map, removed);
        const left = map.nodes.map((n) => n.id).filter((id) => !removed.includes(id));
        expect(sortByCodePoint(components.flat())).toEqual(sortByCodePoint(left));
        const baseline = componentsOf(map);
        const home = (piece: string[]) => baseline.findIndex((c) => c.includes(piece[0]!));
        components.forEach((piece, k) => {
          const siblings = components.filter((other) => home(other) === home(piece)).length;
          expect(newSilo[k]).toBe(siblings > 1);
        });
      }),
      runs,
    );
  });

  it('value flow matches the definition read literally', () => {
    fc.assert(
      fc.property(arbitraryKnockOut, ({ map, removed }) => {
        const expected = referenceTotals(map, removed);
        const { nodes } = valueFlow(map, removed);
        expect([...nodes.keys()]).toEqual(sortByCodePoint(expected.keys()));
        for (const [id, flow] of nodes) {
          expect(flow.total).toBeCloseTo(expected.get(id)!, 6);
          expect(flow.enabled).toBeCloseTo(flow.total - flow.value, 9);
        }
      }),
      runs,
    );
  });

  it('conserves value: what ends at nodes with no supporters left is all the value there is', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const flow = valueFlow(map);
        const index = indexMap(map);
        const dropped = new Set(flow.cycles.map(([s, t]) => `${s}\n${t}`));
        const passesOn = new Set(
          map.links
            .filter((l) => l.kind === 'supports' && l.source !== l.target && !dropped.has(`${l.source}\n${l.target}`))
            .map((l) => l.target),
        );
        const ends = index.ids.filter((id) => !passesOn.has(id));
        const arrived = ends.reduce((sum, id) => sum + flow.nodes.get(id)!.total, 0);
        const earned = map.nodes.reduce((sum, n) => sum + n.value, 0);
        expect(arrived).toBeCloseTo(earned, 6);
      }),
      runs,
    );
  });

  it('link flows into a node add up to what it passes on', () => {
    fc.assert(
      fc.property(arbitraryKnockOut, ({ map, removed }) => {
        const flow = valueFlow(map, removed);
        const passed = new Map<string, number>();
        map.links.forEach((l, k) => passed.set(l.target, (passed.get(l.target) ?? 0) + flow.linkFlow[k]!));
        for (const [id, amount] of passed) {
          if (amount > 0) expect(amount).toBeCloseTo(flow.nodes.get(id)!.total, 6);
        }
      }),
      runs,
    );
  });

  it('dropping the cycle links leaves no support cycle', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const dropped = new Set(valueFlow(map).cycles.map(([s, t]) => `${s}\n${t}`));
        const edges = map.links.filter((l) => l.kind === 'supports' && l.source !== l.target && !dropped.has(`${l.source}\n${l.target}`));
        // Kahn: peel nodes with no incoming edge; a cycle would leave some unpeeled.
        const indegree = new Map(map.nodes.map((n) => [n.id, 0]));
        edges.forEach((l) => indegree.set(l.target, indegree.get(l.target)! + 1));
        const ready = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
        let peeled = 0;
        while (ready.length) {
          const id = ready.pop()!;
          peeled++;
          for (const l of edges) if (l.source === id) {
            indegree.set(l.target, indegree.get(l.target)! - 1);
            if (indegree.get(l.target) === 0) ready.push(l.target);
          }
        }
        expect(peeled).toBe(map.nodes.length);
      }),
      runs,
    );
  });

  it('gives identical results when nodes and links are shuffled', () => {
    fc.assert(
      fc.property(arbitraryKnockOut, fc.integer(), ({ map, removed }, seed) => {
        const { map: other, linkOrder } = shuffled(map, seed);
        expect(JSON.stringify(analyze(other, removed))).toBe(JSON.stringify(analyze(map, removed)));
        expect(knockOut(other, removed)).toEqual(knockOut(map, removed));
        const flow = valueFlow(map, removed).linkFlow;
        expect(Array.from(valueFlow(other, removed).linkFlow)).toEqual(linkOrder.map((k) => flow[k]));
      }),
      runs,
    );
  });
});
