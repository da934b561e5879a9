import { describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/io/json.ts';
import { mapFrom } from '../../src/model/create.ts';
import type { EcoMap, MapNode } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';
import { restored } from './restoreHelpers.ts';

const full: EcoMap = mapFrom(
  [
    { id: 'pay', kind: 'platform', name: 'Payments', value: 0, description: 'Cards and wallets', owner: 'Money team', tags: ['core'], url: 'https://pay.example', x: 10.5, y: -3, pinned: true },
    { id: 'acme', kind: 'partner', name: 'Acme', value: 12.5, scope: 'external' },
    { id: 'shop', kind: 'service', name: 'Shop', value: 1200 },
  ],
  [
    { id: 'l1', source: 'pay', target: 'shop', kind: 'supports', weight: 2 },
    { source: 'acme', target: 'shop', kind: 'collaborates', weight: 1 },
  ],
  { title: 'Acme', unit: 'USD k / year', description: 'Q3 map' },
);

describe('serializeMap', () => {
  it('writes pretty JSON with 2-space indents and a final newline', () => {
    const text = serializeMap(mapOf('pay>shop'));
    expect(text.startsWith('{\n  "format": "ecosystem-map",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('puts top-level keys in the fixed order, then any other fields', () => {
    const map = { links: [], extra: 1, nodes: [], description: 'd', unit: 'u', title: 't', version: 1, format: 'ecosystem-map' } as unknown as EcoMap;
    expect(Object.keys(JSON.parse(serializeMap(map)))).toEqual(['format', 'version', 'title', 'unit', 'description', 'nodes', 'links', 'extra']);
  });

  it('puts node and link keys in the fixed order, whatever order the objects hold them in', () => {
    const shuffled: MapNode = { pinned: true, y: 2, x: 1, scope: 'internal', url: 'mailto:a@b.example', tags: [], owner: 'o', description: 'd', value: 1, name: 'N', kind: 'partner', id: 'n' };
    const map = mapFrom([shuffled], [{ weight: 1, kind: 'supports', target: 'n', source: 'n', id: 'l' }]);
    const parsed = JSON.parse(serializeMap(map)) as { nodes: object[]; links: object[] };
    expect(Object.keys(parsed.nodes[0]!)).toEqual(['id', 'kind', 'name', 'value', 'description', 'owner', 'tags', 'url', 'scope', 'x', 'y', 'pinned']);
    expect(Object.keys(parsed.links[0]!)).toEqual(['id', 'source', 'target', 'kind', 'weight']);
  });

  it('leaves out fields that are undefined', () => {
    const map = mapFrom([{ id: 'a', kind: 'service', name: 'A', value: 0, description: undefined, x: undefined }], [], { unit: undefined });
    expect(serializeMap(map)).not.toMatch(/description|"x"|unit/);
  });

  it('gives the same text for the same map, however it was built', () => {
    expect(serializeMap(full)).toBe(serializeMap(structuredClone(full)));
    expect(serializeMap(full)).toBe(serializeMap(restored(serializeMap(full)).map));
  });

  it('writes what restoreMap reads back unchanged, with no repairs', () => {
    for (const map of [full, mapOf('pay>checkout', 'pay>search', 'a~b', 'checkout:service=1200'), mapFrom([], [])]) {
      expect(restored(serializeMap(map))).toEqual({ map, repairs: [] });
    }
  });

  it('keeps fields it does not know, after links, through a round trip', () => {
    const map = { ...full, views: [{ name: 'Platforms only', filter: { kind: 'platform' } }] } as EcoMap;
    const text = serializeMap(map);
    expect(text.indexOf('"views"')).toBeGreaterThan(text.indexOf('"links"'));
    expect(restored(text)).toEqual({ map, repairs: [] });
  });
});
