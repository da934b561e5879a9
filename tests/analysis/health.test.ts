import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatingNodes, healthOf, valueFlow } from '../../src/analysis/index.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';
import { arbitraryKindedMap } from './arbitraryKinds.ts';
import { shuffled } from './arbitraryMap.ts';
import { sortByCodePoint } from './reference.ts';

describe('healthOf', () => {
  it('reports nothing on a healthy map', () => {
    expect(healthOf(mapOf('pay>checkout', 'id>checkout', 'checkout~courier', 'courier:partner'))).toEqual({
      unsupportedServices: [],
      idlePlatforms: [],
      cycles: [],
      floating: [],
    });
  });

  it('lists services no platform lifts, even through other services', () => {
    const map = mapOf('pay>checkout', 'checkout>receipts', 'receipts:service', 'search>results', 'search:service', 'results:service', 'lonely:service');
    expect(healthOf(map).unsupportedServices).toEqual(['lonely', 'results', 'search']);
  });

  it('counts a platform reached through a partner as support', () => {
    expect(healthOf(mapOf('pay>agency', 'agency:partner', 'agency>campaign', 'campaign:service')).unsupportedServices).toEqual([]);
  });

  it('does not count a collaborating platform as support', () => {
    expect(healthOf(mapOf('pay:platform', 'pay~checkout', 'checkout:service')).unsupportedServices).toEqual(['checkout']);
  });

  it('lets a platform on a support cycle lift the services around it', () => {
    const { unsupportedServices, floating } = healthOf(mapOf('a:service', 'a>pay', 'pay>a', 'pay:platform', 'a>b'));
    expect(unsupportedServices).toEqual([]);
    expect(floating).toEqual(['a', 'b', 'pay']);
  });

  it('lists platforms that lift nothing, a self-link included', () => {
    const map = mapOf('pay>checkout', 'idle:platform', 'selfish>selfish', 'selfish:platform', 'collab:platform', 'collab~checkout');
    expect(healthOf(map).idlePlatforms).toEqual(['collab', 'idle', 'selfish']);
  });

  it('reports the support cycles value flow drops, and the nodes that float on them', () => {
    const map = mapOf('x>y', 'y>x', 'x>z', 'pay>checkout');
    expect(healthOf(map)).toMatchObject({ cycles: [['y', 'x']], floating: ['x', 'y', 'z'] });
  });

  it('sorts ids by code point, astral characters after the rest of the plane', () => {
    expect(healthOf(mapOf('😀:service', '！:service', 'z:service')).unsupportedServices).toEqual(['z', '！', '😀']);
  });

  it('matches the definitions read literally, in any order of nodes and links', () => {
    fc.assert(
      fc.property(arbitraryKindedMap, fc.integer(), (map, seed) => {
        const health = healthOf(map);
        expect(health).toEqual(referenceHealth(map));
        expect(health.cycles).toEqual(valueFlow(map).cycles);
        expect(health.floating).toEqual(floatingNodes(map));
        expect(healthOf(shuffled(map, seed).map)).toEqual(health);
      }),
      { numRuns: 300 },
    );
  });
});

/** Services and platforms by their definitions, with support ancestors found by repeated sweeps. */
function referenceHealth(map: EcoMap) {
  const supports = map.links.filter((l) => l.kind === 'supports' && l.source !== l.target);
  const kind = (id: string) => map.nodes.find((n) => n.id === id)!.kind;
  const ids = [...new Set(map.nodes.map((n) => n.id))];
  const lifted = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of supports) {
      if ((kind(l.source) === 'platform' || lifted.has(l.source)) && !lifted.has(l.target)) {
        lifted.add(l.target);
        grew = true;
      }
    }
  }
  return {
    unsupportedServices: sortByCodePoint(ids.filter((id) => kind(id) === 'service' && !lifted.has(id))),
    idlePlatforms: sortByCodePoint(ids.filter((id) => kind(id) === 'platform' && !supports.some((l) => l.source === id))),
    cycles: valueFlow(map).cycles,
    floating: floatingNodes(map),
  };
}
