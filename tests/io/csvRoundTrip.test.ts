import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapFromCsv, mapToCsv } from '../../src/io/csv.ts';
import { mapFrom } from '../../src/model/create.ts';
import { NODE_KINDS } from '../../src/model/types.ts';
import type { EcoMap, MapLink, MapNode } from '../../src/model/types.ts';
import { restoreMap } from '../../src/io/restore.ts';
import { mapOf } from '../builders.ts';

/**
 * Maps within what a sheet holds: cells are trimmed, so texts have no edge spaces; tags are
 * `;`-separated, so a tag holds no `;`; every link has weight 1 and no id; a pair of nodes
 * collaborates once; the title is the caller's. Everything else must come back as it went.
 */
const tricky = fc.constantFrom('a', 'B', 'é', '7', ' ', ',', ';', '"', "'", '\n', '\r\n', '=', '+', '-', '@', '\t', '|', '中', '😀');
const text = (max: number) =>
  fc
    .string({ unit: tricky, minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s !== '');
const tag = text(8).filter((t) => !t.includes(';'));
const coordinate = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((v) => (v === 0 ? 0 : v));
const value = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0, max: 1e12, noNaN: true })).map((v) => (v === 0 ? 0 : v));
const url = fc.constantFrom('https://a.example/x?y=1,2', 'http://b.example', 'mailto:team@c.example');

const nodeArb = fc.record(
  {
    id: text(12),
    name: text(12),
    kind: fc.constantFrom(...NODE_KINDS),
    value,
    owner: text(8),
    tags: fc.uniqueArray(tag, { minLength: 1, maxLength: 3 }),
    description: text(20),
    url,
    scope: fc.constantFrom('internal', 'external') as fc.Arbitrary<'internal' | 'external'>,
    x: coordinate,
    y: coordinate,
    pinned: fc.boolean(),
  },
  { requiredKeys: ['id', 'name', 'kind', 'value'] },
).map((n): MapNode => {
  const { scope, ...rest } = n;
  return rest.kind === 'partner' && scope !== undefined ? { ...rest, scope } : rest;
});

const mapArb: fc.Arbitrary<EcoMap> = fc
  .uniqueArray(nodeArb, { selector: (n) => n.id, minLength: 1, maxLength: 8 })
  .chain((nodes) => {
    const end = fc.integer({ min: 0, max: nodes.length - 1 });
    const linkArb = fc
      .record({ s: end, t: end, kind: fc.constantFrom('supports', 'collaborates') as fc.Arbitrary<MapLink['kind']> })
      .filter((l) => l.s !== l.t);
    const key = (l: { s: number; t: number; kind: string }) => (l.kind === 'supports' ? `s${l.s}>${l.t}` : `c${Math.min(l.s, l.t)}~${Math.max(l.s, l.t)}`);
    return fc.uniqueArray(linkArb, { selector: key, maxLength: nodes.length < 2 ? 0 : 12 }).map((raw) =>
      mapFrom(
        nodes,
        raw.map((l): MapLink => ({ source: nodes[l.s]!.id, target: nodes[l.t]!.id, kind: l.kind, weight: 1 })),
        { title: 'Round trip' },
      ),
    );
  });

const sorted = (links: readonly MapLink[]) => [...links].map((l) => JSON.stringify([l.kind, l.source, l.target, l.weight])).sort();

describe('mapToCsv then mapFromCsv', () => {
  it('gives back the same map, without a warning, for any map a sheet can hold', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const result = mapFromCsv(mapToCsv(map), { title: map.title });
        if (!result.ok) throw new Error(result.error);
        expect(result.warnings).toEqual([]);
        expect(result.map.nodes).toEqual(map.nodes);
        expect(sorted(result.map.links)).toEqual(sorted(map.links));
        expect(result.map.title).toBe(map.title);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the nodes but weight 1 for a weighted link: the sheet has no place for weights', () => {
    const result = mapFromCsv(mapToCsv(mapOf('pay>shop*3')));
    expect(result.ok && result.map.links).toEqual([{ source: 'pay', target: 'shop', kind: 'supports', weight: 1 }]);
  });

  it('reads back the same bytes it wrote: export is stable', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const once = mapToCsv(map);
        const result = mapFromCsv(once);
        expect(result.ok && mapToCsv(result.map)).toBe(once);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on any text, and what it gives restore keeps as it is', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'platform', 'service', ',', ';', '\t', '"', '\n', '\r\n', '=', "'", ' ', '1', 'name', 'kind'), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(cell, cell.map((body) => `name,kind,supported by,value\n${body}`)), (text) => {
        const result = mapFromCsv(text);
        if (result.ok) expect(restoreMap(result.map)).toEqual({ ok: true, map: result.map, repairs: [] });
        else expect(result.error).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });
});
