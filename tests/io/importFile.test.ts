import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../src/io/export/index.ts';
import { readImport } from '../../src/io/importFile.ts';
import type { ImportResult } from '../../src/io/importFile.ts';
import { serializeMap } from '../../src/io/json.ts';
import { withPngMap } from '../../src/io/pngChunks.ts';
import { mapOf } from '../builders.ts';
import { fixture } from './backstage/helpers.ts';
import { inputOf } from './export/exportFixtures.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const shopJson = serializeMap({ ...mapOf('pay>checkout', 'pay>search', 'checkout:service=1200', 'shop:partner', 'shop~checkout'), title: 'Shop' });
const sheet = 'name,kind,value,supported by\nPay,platform,0,\nCheckout,service,"1,200",Pay\nSearch,service,,Pay\n';

function opened(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a map, got the refusal: ${result.error}`);
  return result;
}

function refusal(result: ImportResult): string {
  if (result.ok) throw new Error(`expected a refusal, got a ${result.kind} map`);
  return result.error;
}

describe('readImport: what it reads', () => {
  it('opens a JSON map and counts what is in it', async () => {
    const result = opened(await readImport({ name: 'shop.json', bytes: bytesOf(shopJson) }));
    expect(result.kind).toBe('json');
    expect(result.map.title).toBe('Shop');
    expect(result.summary).toEqual({ nodes: 4, links: 3, byKind: { platform: 1, service: 2, partner: 1 } });
    expect(result.warnings).toEqual([]);
  });

  it('opens a CSV sheet with its rows counted and its name as the title', async () => {
    const result = opened(await readImport({ name: 'team map.csv', bytes: bytesOf(sheet) }));
    expect(result.kind).toBe('csv');
    expect(result.map.title).toBe('team map');
    expect(result.summary).toEqual({ nodes: 3, links: 2, byKind: { platform: 1, service: 2, partner: 0 }, rows: 3 });
  });

  it('gives a sheet’s warnings with their row numbers', async () => {
    const result = opened(await readImport({ name: 'x.csv', text: 'name,kind\nPay,platform\nOdd,gadget\n' }));
    expect(result.warnings).toEqual([expect.stringMatching(/^row 3: /)]);
  });

  it('opens Backstage catalog-info YAML with its warnings', async () => {
    const result = opened(await readImport({ name: 'catalog-info.yaml', bytes: bytesOf(fixture('shop.yaml')) }));
    expect(result.kind).toBe('yaml');
    expect(result.map.title).toBe('catalog-info');
    expect(result.summary).toMatchObject({ nodes: 5, links: 4, byKind: { platform: 3, service: 2, partner: 0 } });
    expect(result.warnings).toEqual([expect.stringContaining('added as a placeholder')]);
  });

  it('opens pasted text the same way as a file', async () => {
    expect(opened(await readImport({ text: shopJson })).kind).toBe('json');
    expect(opened(await readImport({ text: fixture('shop.yaml') })).kind).toBe('yaml');
    expect(opened(await readImport({ text: sheet })).kind).toBe('csv');
  });

  it('gives JSON repairs as warnings', async () => {
    const doc = JSON.stringify({ format: 'ecosystem-map', version: 1, title: 'T', nodes: [{ id: 'a', kind: 'platform', name: 'A', value: -5 }], links: [] });
    const result = opened(await readImport({ name: 'a.json', text: doc }));
    expect(result.warnings).toEqual([expect.stringMatching(/^nodes\[0\]\.value: /)]);
  });
});

describe('readImport: images exported by the app', () => {
  const shop = () => ({ ...mapOf('pay>checkout', 'pay>search', 'checkout:service=1200'), title: 'Shop' });
  const plainPng = () => {
    const image = new PNG({ width: 2, height: 2 });
    image.data.fill(0x80);
    return new Uint8Array(PNG.sync.write(image));
  };

  it('opens the map embedded in an exported SVG', async () => {
    const svg = exportSvg(inputOf(shop()));
    const result = opened(await readImport({ name: 'shop.svg', bytes: bytesOf(svg) }));
    expect(result.kind).toBe('svg');
    expect(result.map.title).toBe('Shop');
    expect(result.summary).toMatchObject({ nodes: 3, links: 2 });
  });

  it('opens the map embedded in an exported PNG, whatever the file is called', async () => {
    const result = opened(await readImport({ name: 'picture', bytes: withPngMap(plainPng(), shop()) }));
    expect(result.kind).toBe('png');
    expect(result.summary).toMatchObject({ nodes: 3, links: 2, byKind: { platform: 1, service: 2, partner: 0 } });
  });

  it('says an image without a map has none, and what to open instead', async () => {
    const none = 'No map in this image: only images exported from Ecosystem Mapper carry their map. Open the map\'s .json file instead.';
    expect(refusal(await readImport({ name: 'logo.png', bytes: plainPng() }))).toBe(none);
    expect(refusal(await readImport({ name: 'logo.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>' }))).toBe(none);
    expect(refusal(await readImport({ text: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>' }))).toBe(none);
  });

  it('passes on why an embedded map cannot be opened', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><metadata id="ecosystem-map">{"format":"other"}</metadata></svg>';
    expect(refusal(await readImport({ name: 'odd.svg', text: svg }))).toMatch(/^The map in this image cannot be opened: format: "other"/);
  });
});

describe('readImport: content before name', () => {
  it('reads a map saved as .txt as JSON, and a sheet saved as .txt as CSV', async () => {
    expect(opened(await readImport({ name: 'map.txt', text: shopJson })).kind).toBe('json');
    expect(opened(await readImport({ name: 'map.txt', text: sheet })).kind).toBe('csv');
  });

  it('reads a map named .csv as JSON', async () => {
    expect(opened(await readImport({ name: 'map.csv', text: shopJson })).kind).toBe('json');
  });

  it('knows YAML by an apiVersion or kind line even after comments and ---', async () => {
    expect(opened(await readImport({ name: 'x', text: `# catalog\n---\n${fixture('shop.yaml')}` })).kind).toBe('yaml');
  });

  it('falls back to the extension when the content says nothing', async () => {
    expect(refusal(await readImport({ name: 'notes.yaml', text: 'title: nothing here\n' }))).toMatch(/^This file has no Component or Resource entities that can be read/);
  });

  it('reads a semicolon or tab sheet without a .csv name', async () => {
    expect(opened(await readImport({ text: 'name;kind\nPay;platform\n' })).summary.nodes).toBe(1);
    expect(opened(await readImport({ text: 'name\tkind\nPay\tplatform\n' })).summary.nodes).toBe(1);
  });

  it('reads a UTF-16 sheet as Excel saves it', async () => {
    const text = '\ufeffname,kind\nPay,platform\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[i * 2] = text.charCodeAt(i) & 0xff, (utf16[i * 2 + 1] = text.charCodeAt(i) >> 8);
    expect(opened(await readImport({ name: 'excel.csv', bytes: utf16 })).summary.nodes).toBe(1);
  });
});

describe('readImport: refusals say what the file is and what to open', () => {
  const TAIL = 'open a map (.json), a sheet (.csv), Backstage catalog-info (.yaml), or an image exported from Ecosystem Mapper (.svg, .png).';
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

  it('names a Word document', async () => {
    expect(refusal(await readImport({ name: 'plan.docx', bytes: zip }))).toBe(`This file is a Word document (.docx); ${TAIL}`);
  });

  it('tells how to open an Excel workbook', async () => {
    expect(refusal(await readImport({ name: 'map.xlsx', bytes: zip }))).toBe(`This file is an Excel workbook (.xlsx); save the sheet as CSV and open that, or ${TAIL}`);
  });

  it('knows PDF and JPEG by their bytes whatever the name', async () => {
    expect(refusal(await readImport({ name: 'map.json', bytes: bytesOf('%PDF-1.7\n...') }))).toBe(`This file is a PDF document; ${TAIL}`);
    expect(refusal(await readImport({ name: 'photo', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) }))).toBe(`This file is a JPEG image; ${TAIL}`);
  });

  it('refuses a web page and binary data', async () => {
    expect(refusal(await readImport({ name: 'index.html', text: '<!DOCTYPE html><html></html>' }))).toBe(`This file is a web page (.html); ${TAIL}`);
    expect(refusal(await readImport({ name: 'a.bin', bytes: new Uint8Array([1, 2, 0, 3, 44, 10]) }))).toBe(`This file is binary data, not text (.bin); ${TAIL}`);
  });

  it('refuses text it cannot place', async () => {
    expect(refusal(await readImport({ name: 'notes.md', text: '# Notes\nhello\n' }))).toBe(`This file is not one Ecosystem Mapper reads (.md); ${TAIL}`);
  });

  it('refuses an empty file, and blank text', async () => {
    expect(refusal(await readImport({ name: 'a.json', bytes: new Uint8Array() }))).toBe('The file is empty.');
    expect(refusal(await readImport({ text: ' \n\t' }))).toBe('The file is empty.');
    expect(refusal(await readImport({}))).toBe('The file is empty.');
  });

  it('passes on what the reader found wrong', async () => {
    expect(refusal(await readImport({ name: 'a.json', text: '{"format": "ecosystem-map", "nodes": [' }))).toMatch(/^This map cannot be opened: not valid JSON: the text ends early at line 1/);
    expect(refusal(await readImport({ name: 'a.csv', text: 'title,owner\nx,y\n' }))).toMatch(/^The sheet has no "name" column/);
    expect(refusal(await readImport({ name: 'a.yaml', text: 'kind: Component\nmetadata: [\n' }))).toMatch(/^YAML syntax error at line \d+, column \d+/);
  });

  it('checks the size before reading anything', async () => {
    const huge = new Uint8Array(200_000_001);
    huge[0] = 0x7b;
    expect(refusal(await readImport({ name: 'big.json', bytes: huge }))).toBe('The file is 200 MB; Ecosystem Mapper opens files up to 200 MB.');
  });
});
