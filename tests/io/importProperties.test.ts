import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../src/io/importFile.ts';
import { serializeMap } from '../../src/io/json.ts';
import { mapToCsv } from '../../src/io/csv.ts';
import { restoreMap } from '../../src/io/restore.ts';
import { arbitraryMap } from '../analysis/arbitraryMap.ts';

const NAMES = fc.constantFrom(undefined, 'map.json', 'map.csv', 'catalog-info.yaml', 'x.svg', 'x.png', 'x.docx', 'notes', 'a.b.c');

describe('readImport on any input', () => {
  it('opens the JSON of any map as that map, whatever the file is called', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap, NAMES, async (map, name) => {
        const restored = restoreMap(serializeMap(map));
        const result = await readImport({ ...(name !== undefined && { name }), bytes: new TextEncoder().encode(serializeMap(map)) });
        expect(result.ok && result.kind).toBe('json');
        expect(result.ok && result.map).toEqual(restored.ok && restored.map);
      }),
      { numRuns: 100 },
    );
  });

  it('opens the CSV of any map with the same nodes', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap, async (map) => {
        const result = await readImport({ name: 'map.csv', text: mapToCsv(map) });
        if (!result.ok) throw new Error(result.error);
        expect(result.kind).toBe('csv');
        expect(result.summary.nodes).toBe(map.nodes.length);
        expect(result.summary.byKind.platform + result.summary.byKind.service + result.summary.byKind.partner).toBe(map.nodes.length);
      }),
      { numRuns: 100 },
    );
  });

  it('never rejects, and refuses in one line, on any bytes or text', async () => {
    const prefixes = fc.constantFrom('', '{', '<svg', '<?xml', 'apiVersion: x\n', 'kind: Component\n', '\x89PNG\r\n\x1a\n', 'PK\x03\x04', 'name,kind\n', '\ufeff', '\xff\xfe');
    const input = fc.oneof(
      fc.tuple(prefixes, fc.string({ unit: 'binary', maxLength: 200 })).map(([p, s]) => ({ text: p + s })),
      fc.tuple(prefixes, fc.uint8Array({ maxLength: 200 })).map(([p, b]) => ({ bytes: new Uint8Array([...[...p].map((c) => c.charCodeAt(0) & 0xff), ...b]) })),
    );
    await fc.assert(
      fc.asyncProperty(input, NAMES, async (content, name) => {
        const result = await readImport({ ...content, ...(name !== undefined && { name }) });
        if (!result.ok) expect(result.error).not.toContain('\n');
        else expect(result.summary.nodes).toBe(result.map.nodes.length);
      }),
      { numRuns: 500 },
    );
  });
});
