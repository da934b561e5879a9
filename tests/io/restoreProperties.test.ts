import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/io/json.ts';
import { restoreMap } from '../../src/io/restore.ts';
import { linkSchema, mapSchema, nodeSchema } from '../../src/io/schema.ts';
import { isCleanLink, isCleanNode } from '../../src/io/schemaFast.ts';
import { mapFrom } from '../../src/model/create.ts';
import type { EcoMap, MapLink, MapNode } from '../../src/model/types.ts';

const id = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'pay', 'pay-2'));
const text = (maxLength: number) => fc.string({ maxLength, unit: 'grapheme' });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((v) => v + 0);
const amount = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e12 }).map((v) => v + 0);

/** Any valid map: unique ids, links between existing distinct nodes, no repeats. */
const validMap: fc.Arbitrary<EcoMap> = fc
  .uniqueArray(id, { maxLength: 12 })
  .chain((ids) =>
    fc.tuple(
      fc.tuple(...ids.map((nodeId) => validNode(nodeId))),
      fc.array(fc.record({ s: fc.nat(), t: fc.nat(), kind: fc.constantFrom('supports' as const, 'collaborates' as const), weight: fc.double({ min: 0.001, max: 1e6, noNaN: true }), id: fc.option(fc.constantFrom('l1', 'l2', 'l3'), { nil: undefined }) }), { maxLength: 30 }),
      text(30),
    ),
  )
  .map(([nodes, raw, title]) => {
    const links: MapLink[] = [];
    const seen = new Set<string>();
    const linkIds = new Set<string>();
    for (const r of nodes.length ? raw : []) {
      const source = nodes[r.s % nodes.length]!.id;
      const target = nodes[r.t % nodes.length]!.id;
      const key = r.kind === 'supports' ? JSON.stringify([source, target]) : JSON.stringify([source, target].sort());
      if (source === target || seen.has(r.kind + key) || (r.id !== undefined && linkIds.has(r.id))) continue;
      seen.add(r.kind + key);
      if (r.id !== undefined) linkIds.add(r.id);
      links.push({ ...(r.id !== undefined && { id: r.id }), source, target, kind: r.kind, weight: r.weight });
    }
    return mapFrom(nodes, links, { title });
  });

function validNode(nodeId: string): fc.Arbitrary<MapNode> {
  return fc
    .record(
      {
        kind: fc.constantFrom('platform' as const, 'service' as const, 'partner' as const),
        name: text(20).filter((s) => /\S/.test(s)),
        value: amount,
        description: text(50),
        owner: text(20),
        tags: fc.array(text(10), { maxLength: 3 }),
        url: fc.constantFrom('https://a.example/x', 'http://b.example', 'mailto:c@d.example'),
        scope: fc.constantFrom('internal' as const, 'external' as const),
        x: finite,
        y: finite,
        pinned: fc.boolean(),
      },
      { requiredKeys: ['kind', 'name', 'value'] },
    )
    .map(({ kind, name, value, scope, ...rest }) => {
      const node: MapNode = { id: nodeId, kind, name, value, ...rest, ...(kind === 'partner' && scope !== undefined && { scope }) };
      // Fixed key order, as restore builds it, so toEqual compares like with like.
      return JSON.parse(serializeMap(mapFrom([node], []))).nodes[0] as MapNode;
    });
}

/** Any outcome: a one-line refusal, or a valid map that restores to itself with no repairs. */
function expectWellBehaved(input: unknown): void {
  const result = restoreMap(input);
  if (!result.ok) {
    expect(result.error).toMatch(/^[^\n]+$/);
    return;
  }
  expect(mapSchema.safeParse(result.map).success).toBe(true);
  const ids = new Set(result.map.nodes.map((n) => n.id));
  expect(ids.size).toBe(result.map.nodes.length);
  for (const link of result.map.links) expect(ids.has(link.source) && ids.has(link.target) && link.source !== link.target).toBe(true);
  expect(restoreMap(result.map)).toEqual({ ok: true, map: result.map, repairs: [] });
  expect(restoreMap(serializeMap(result.map))).toEqual({ ok: true, map: result.map, repairs: [] });
}

describe('restoreMap, for any input', () => {
  it('restores a valid map to itself, with no repairs, as a value and as JSON', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        expect(restoreMap(map)).toEqual({ ok: true, map, repairs: [] });
        expect(restoreMap(serializeMap(map))).toEqual({ ok: true, map, repairs: [] });
      }),
    );
  });

  it('never throws on any JSON value, and what it accepts is valid and stable', () => {
    fc.assert(fc.property(fc.jsonValue(), expectWellBehaved));
  });

  it('never throws on any value at all', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withDate: true, withBigInt: true }), expectWellBehaved));
  });

  it('never throws on any string or any bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectWellBehaved));
    fc.assert(fc.property(fc.uint8Array(), expectWellBehaved));
  });

  it('never throws on a valid map cut off anywhere', () => {
    fc.assert(
      fc.property(validMap, fc.nat(), (map, at) => {
        const text = serializeMap(map);
        expectWellBehaved(text.slice(0, at % text.length));
      }),
    );
  });

  it('never throws on a valid map with any field of any item set to anything', () => {
    const mutation = fc.record({ list: fc.constantFrom('nodes', 'links'), at: fc.nat(), field: fc.constantFrom('id', 'kind', 'name', 'value', 'source', 'target', 'weight', 'url', 'scope', 'tags', 'x', '__proto__', 'extra'), value: fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, Number.NaN, Infinity, -1, '', 'javascript:alert(1)')) });
    fc.assert(
      fc.property(validMap, fc.array(mutation, { minLength: 1, maxLength: 6 }), (map, mutations) => {
        const doc = JSON.parse(serializeMap(map)) as Record<'nodes' | 'links', Record<string, unknown>[]>;
        for (const m of mutations) {
          const items = doc[m.list];
          const item = items[m.at % Math.max(items.length, 1)];
          if (item) Object.defineProperty(item, m.field, { value: m.value, enumerable: true, writable: true, configurable: true });
        }
        expectWellBehaved(doc);
        expectWellBehaved(JSON.stringify(doc));
      }),
    );
  });

  it('never throws on a valid map with items repeated, dropped or shuffled', () => {
    fc.assert(
      fc.property(validMap, fc.array(fc.nat()), (map, picks) => {
        const nodes = picks.map((p) => map.nodes[p % Math.max(map.nodes.length, 1)]).filter(Boolean);
        const links = picks.map((p) => map.links[p % Math.max(map.links.length, 1)]).filter(Boolean);
        expectWellBehaved({ ...map, nodes, links });
      }),
    );
  });
});

describe('the fast checks agree with the zod schemas', () => {
  const anyField = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, Number.NaN, Infinity, -0, '', ' ', 'https://a.example', 'javascript:x', 'internal', 'partner', 'service', 'supports', '😀'.repeat(201), 'x'.repeat(201)));
  const nodeLike = fc.record({ id: anyField, kind: fc.oneof(fc.constantFrom('platform', 'service', 'partner'), anyField), name: fc.oneof(fc.string(), anyField), value: anyField, description: anyField, owner: anyField, tags: fc.oneof(fc.array(fc.string()), anyField), url: anyField, scope: anyField, x: anyField, y: anyField, pinned: anyField, other: anyField }, { requiredKeys: [] });
  const linkLike = fc.record({ id: anyField, source: fc.oneof(fc.string(), anyField), target: fc.oneof(fc.string(), anyField), kind: fc.oneof(fc.constantFrom('supports', 'collaborates'), anyField), weight: anyField, other: anyField }, { requiredKeys: [] });

  it('isCleanNode(x) is nodeSchema.safeParse(x).success', () => {
    fc.assert(fc.property(fc.oneof(nodeLike, validMap.map((m) => m.nodes[0] ?? {})), (node) => {
      expect(isCleanNode(node)).toBe(nodeSchema.safeParse(node).success);
    }), { numRuns: 500 });
  });

  it('isCleanLink(x) is linkSchema.safeParse(x).success', () => {
    fc.assert(fc.property(linkLike, (link) => {
      expect(isCleanLink(link)).toBe(linkSchema.safeParse(link).success);
    }), { numRuns: 500 });
  });
});
