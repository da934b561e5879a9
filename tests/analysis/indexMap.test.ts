import { describe, expect, it } from 'vitest';
import { indexMap } from '../../src/analysis/index.ts';
import { mapFrom } from '../../src/model/create.ts';
import { mapOf } from '../builders.ts';

describe('indexMap', () => {
  it('numbers nodes in id order', () => {
    const index = indexMap(mapOf('pay>checkout', 'api>search'));
    expect(index.ids).toEqual(['api', 'checkout', 'pay', 'search']);
    expect(index.indexOf.get('pay')).toBe(2);
  });

  it('is built once per map object', () => {
    const map = mapOf('pay>checkout');
    expect(indexMap(map)).toBe(indexMap(map));
    expect(indexMap({ ...map })).not.toBe(indexMap(map));
  });

  it('merges parallel supports links into one edge whose weight is their sum', () => {
    const index = indexMap(mapOf('pay>checkout*2', 'pay>checkout*3'));
    expect(Array.from(index.edgeWeight)).toEqual([5]);
    expect(Array.from(index.linkEdge)).toEqual([0, 0]);
  });

  it('ignores self-links and links to unknown ids', () => {
    const map = mapOf('pay>checkout', 'pay>pay');
    const withDangling = mapFrom(map.nodes, [...map.links, { source: 'pay', target: 'ghost', kind: 'supports', weight: 1 }]);
    const index = indexMap(withDangling);
    expect(index.linkCount).toBe(1);
    expect(Array.from(index.linkEdge)).toEqual([0, -1, -1]);
  });

  it('lists each node’s neighbours once across both link kinds', () => {
    const index = indexMap(mapOf('a>b', 'a~b', 'b~a', 'b>c'));
    const b = index.indexOf.get('b')!;
    expect(Array.from(index.adj.subarray(index.adjStart[b], index.adjStart[b + 1]))).toEqual([0, 2]);
  });
});
