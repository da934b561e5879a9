import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../src/io/export/exportSvg.ts';
import { mapJsonForXml, readSvgMap } from '../../../src/io/export/svgMap.ts';
import { serializeMap } from '../../../src/io/json.ts';
import { restoreMap } from '../../../src/io/restore.ts';
import { arbitraryMap } from '../../analysis/arbitraryMap.ts';
import { inputOf, shop } from './exportFixtures.ts';

const plainInput = (map: ReturnType<typeof shop>) => ({ map, positions: new Map(), removed: new Set<string>(), selection: new Set<string>(), theme: 'light' as const });

describe('the map embedded in an exported SVG', () => {
  it('comes back from the file as the same map', () => {
    const map = shop();
    const back = readSvgMap(exportSvg(inputOf(map, ['hub']), { flow: true }));
    expect(back).toEqual(restoreMap(serializeMap(map)));
    expect(back.ok && back.repairs).toEqual([]);
  });

  it('comes back from the bytes of the file too', () => {
    const map = shop();
    const bytes = new TextEncoder().encode(exportSvg(inputOf(map)));
    const back = readSvgMap(bytes);
    expect(back.ok && serializeMap(back.map)).toBe(serializeMap(map));
  });

  it('round-trips any map: map → exportSvg → readSvgMap gives the map restore gives', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const expected = restoreMap(serializeMap(map));
        expect(readSvgMap(exportSvg(plainInput(map)))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('is JSON with no character XML reads as markup, and the same value', () => {
    const map = { ...shop(), title: 'a ]]> </metadata> <script> & "q" \u2028 \ufffe' };
    const json = mapJsonForXml(map);
    expect(json).not.toMatch(/[<>&\u2028\ufffe]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeMap(map)));
  });

  it('sits in one <metadata id="ecosystem-map"> element, neither CDATA nor entity-escaped', () => {
    const svg = exportSvg(inputOf(shop()));
    expect(svg.match(/<metadata id="ecosystem-map">/g)).toHaveLength(1);
    expect(svg).not.toContain('CDATA');
    const inside = svg.slice(svg.indexOf('<metadata id="ecosystem-map">') + 29, svg.indexOf('</metadata>'));
    expect(JSON.parse(inside).title).toBe('Shop');
  });
});

describe('readSvgMap', () => {
  it('says "No map in this image" for a plain SVG', () => {
    expect(readSvgMap('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')).toEqual({ ok: false, error: 'No map in this image' });
  });

  it('skips other metadata (RDF, a self-closed one) and finds the map after it', () => {
    const json = serializeMap(shop()).replace(/[<>&]/g, '');
    const svg = `<svg><metadata/><metadata><rdf:RDF xmlns:rdf="x"/></metadata><metadata id="ecosystem-map">${json}</metadata></svg>`;
    const back = readSvgMap(svg);
    expect(back.ok && back.map.title).toBe('Shop');
  });

  it('refuses text that is not UTF-8', () => {
    expect(readSvgMap(new Uint8Array([0x3c, 0x73, 0xff, 0xfe]))).toEqual({ ok: false, error: 'not an SVG image: it is not UTF-8 text' });
  });

  it('refuses an image past twice the restore limit before scanning it, and a map past the limit as restore does', () => {
    const huge = 'x'.repeat(2001);
    const refused = readSvgMap(huge, { limits: { maxBytes: 1000 } });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/too large/);
    const json = serializeMap(shop()).replace(/[<>&]/g, '');
    const svg = `<svg><metadata id="ecosystem-map">${json}</metadata></svg>`;
    const big = readSvgMap(svg, { limits: { maxBytes: Math.ceil(svg.length / 2) } });
    expect(!big.ok && big.error).toMatch(/^the file is too large/);
  });

  it('reads a huge image with many unclosed metadata tags in linear time', () => {
    const svg = `<svg>${'<metadata>'.repeat(200_000)}`;
    const start = performance.now();
    expect(readSvgMap(svg)).toEqual({ ok: false, error: 'No map in this image' });
    expect(performance.now() - start).toBeLessThan(500);
  });
});
