import { describe, expect, it } from 'vitest';
import { indexMap } from '../../src/analysis/index.ts';
import { rememberLinkEnds } from '../../src/analysis/linkEnds.ts';
import { serializeMap } from '../../src/io/json.ts';
import { restoreMap } from '../../src/io/restore.ts';
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

  it('reads the link ends restore found, and gives the index it would build without them', () => {
    const map = mapOf('pay>checkout', 'api>search', 'pay~api', 'search>checkout*2');
    const restored = restoreMap(serializeMap(map));
    if (!restored.ok) throw new Error(restored.error);
    expect(plain(indexMap(restored.map))).toEqual(plain(indexMap({ ...map })));
  });

  it('ignores remembered ends that no longer name the link’s nodes', () => {
    const map = mapOf('pay>checkout', 'api>search');
    const wrong = { nodes: map.nodes, source: Int32Array.from([3, 99]), target: Int32Array.from([0, -1]) };
    const tricked = mapFrom(map.nodes, map.links);
    rememberLinkEnds(tricked.links, { ...wrong, nodes: tricked.nodes });
    expect(plain(indexMap(tricked))).toEqual(plain(indexMap({ ...map })));
  });
});

/** The index's tables as plain arrays, for comparing two indexes. */
function plain(index: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(index).map(([key, value]) => [key, ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value instanceof Map ? [...value] : value]));
}
