import { describe, expect, it } from 'vitest';
import { desiloSuggestion, healthOf, robustnessCurve } from '../../src/analysis/index.ts';
import { mapFrom } from '../../src/model/create.ts';
import type { MapLink, MapNode } from '../../src/model/types.ts';

// The walks behind the suggestion, the curve and the health report must not recurse either.
const N = 1_000_000;
const id = (i: number) => `n${String(i).padStart(7, '0')}`;
const nodes: MapNode[] = Array.from({ length: N }, (_, i) => ({ id: id(i), name: id(i), kind: i % 1000 === 0 ? 'platform' : 'service', value: 1 }));
const links: MapLink[] = Array.from({ length: N - 1 }, (_, i) => ({ source: id(i), target: id(i + 1), kind: 'supports', weight: 1 }));
const chain = mapFrom(nodes, links);

describe('a supports chain of a million nodes, a platform every thousand', () => {
  it('suggests linking the first platform to the node above a knocked-out middle node', { timeout: 60_000 }, () => {
    const suggestion = desiloSuggestion(chain, [id(N / 2)]);
    expect(suggestion).toMatchObject({ source: id(0), target: id(N / 2 + 1), recoveredValue: N / 2 - 1, recoveredCount: N / 2 - 1 });
  });

  it('loses everything at the first removal: the base platform holds the whole chain up', { timeout: 60_000 }, () => {
    const curve = robustnessCurve(chain);
    expect(curve).toHaveLength(N / 1000 + 1);
    expect(curve[1]).toMatchObject({ id: id(0), supportedValue: 0, share: 0 });
  });

  it('finds nothing wrong with it', { timeout: 60_000 }, () => {
    expect(healthOf(chain)).toEqual({ unsupportedServices: [], idlePlatforms: [], cycles: [], floating: [] });
  });
});
