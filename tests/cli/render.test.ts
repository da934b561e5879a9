import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readSvgMap } from '../../src/io/export/svgMap.ts';
import { serializeMap } from '../../src/io/json.ts';
import { readPngMap } from '../../src/io/pngChunks.ts';
import { DARK } from '../../src/views/theme.ts';
import { mapOf } from '../builders.ts';
import { dirWith, ecomap, spawnEcomap } from './helpers.ts';

const shop = () => ({ ...mapOf('hub>pay', 'hub>catalog', 'pay>checkout', 'catalog>search', 'checkout:service=1200', 'search:service=800', 'courier~checkout'), title: 'Shop' });
const viewBox = (svg: string) => /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);

describe('ecomap render', () => {
  it('draws the map as an SVG that carries the map, and says what it wrote', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    const run = await ecomap(dir, 'render', 'shop.json', '-o', 'shop.svg');
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'Wrote shop.svg: 6 nodes, 5 links\n' });
    const svg = readFileSync(join(dir, 'shop.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const back = readSvgMap(svg);
    expect(back.ok && serializeMap(back.map)).toBe(serializeMap(shop()));
  });

  it('gives the same bytes for the same input, SVG and PNG', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    for (const ext of ['svg', 'png']) {
      await ecomap(dir, 'render', 'shop.json', '-o', `a.${ext}`, '--remove', 'hub', '--flow');
      await ecomap(dir, 'render', 'shop.json', '-o', `b.${ext}`, '--remove', 'hub', '--flow');
      expect(readFileSync(join(dir, `a.${ext}`)).equals(readFileSync(join(dir, `b.${ext}`)))).toBe(true);
    }
  });

  it('draws a PNG at twice the SVG size by default, the map embedded for re-opening', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    await ecomap(dir, 'render', 'shop.json', '-o', 'shop.svg');
    const run = await ecomap(dir, 'render', 'shop.json', '-o', 'shop.png');
    expect(run.code).toBe(0);
    const bytes = readFileSync(join(dir, 'shop.png'));
    const image = PNG.sync.read(bytes);
    const [, , width, height] = viewBox(readFileSync(join(dir, 'shop.svg'), 'utf8'));
    expect([image.width, image.height]).toEqual([2 * width!, 2 * height!]);
    const back = readPngMap(new Uint8Array(bytes));
    expect(back.ok && serializeMap(back.map)).toBe(serializeMap(shop()));
    // Something is drawn: not one flat colour.
    const first = image.data.readUInt32BE(0);
    expect(image.data.some((_, i) => i % 4 === 0 && image.data.readUInt32BE(i) !== first)).toBe(true);
  });

  it('draws a PNG at the scale asked for', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    await ecomap(dir, 'render', 'shop.json', '-o', 'one.png', '--scale', '1');
    await ecomap(dir, 'render', 'shop.json', '-o', 'three.png', '--scale=3');
    const one = PNG.sync.read(readFileSync(join(dir, 'one.png')));
    const three = PNG.sync.read(readFileSync(join(dir, 'three.png')));
    expect(three.width).toBe(3 * one.width);
  });

  it('lowers the PNG scale, with a warning, for a picture wider than a browser opens', async () => {
    const wide = { ...mapOf('a', 'b'), title: 'Wide', nodes: [{ id: 'a', kind: 'service', name: 'A', value: 0, x: 0, y: 0, pinned: true }, { id: 'b', kind: 'service', name: 'B', value: 0, x: 12_000, y: 0, pinned: true }] };
    const dir = dirWith({ 'wide.json': wide as never });
    const run = await ecomap(dir, 'render', 'wide.json', '-o', 'wide.png');
    expect(run.code).toBe(0);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(/^ecomap: wide\.png: warning: drawn at 1\.\d+× instead of 2×/);
    expect(PNG.sync.read(readFileSync(join(dir, 'wide.png'))).width).toBeLessThanOrEqual(16_384);
  });

  it('shows the knock-out asked for with --remove: ghosts, silos and the banner', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    await ecomap(dir, 'render', 'shop.json', '-o', 'ko.svg', '--remove', 'hub');
    const svg = readFileSync(join(dir, 'ko.svg'), 'utf8');
    expect(svg).toContain('class="em-knockout-banner"');
    expect(svg).toContain('Silos 1 → 2 (+1)');
    expect(svg.match(/class="em-silo[ "]/g)).toHaveLength(2);
  });

  it('widens links with --flow, lays the map out in a stack and draws it dark when asked', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    await ecomap(dir, 'render', 'shop.json', '-o', 'force.svg');
    const run = await ecomap(dir, 'render', 'shop.json', '-o', 'out.svg', '--flow', '--layout', 'stack', '--theme', 'dark');
    expect(run.code).toBe(0);
    const svg = readFileSync(join(dir, 'out.svg'), 'utf8');
    expect(svg).toContain('class="em-enabled"');
    expect(svg).toContain(`class="em-background" x="${viewBox(svg)[0]}" y="${viewBox(svg)[1]}" width="${viewBox(svg)[2]}" height="${viewBox(svg)[3]}" fill="${DARK.background}"`);
    expect(viewBox(svg)).not.toEqual(viewBox(readFileSync(join(dir, 'force.svg'), 'utf8')));
  });

  it('reads a CSV sheet too', async () => {
    const dir = dirWith({ 'team.csv': 'name,kind,value\nPay,platform,0\nCheckout,service,"1,200"\n' });
    const run = await ecomap(dir, 'render', 'team.csv', '-o', 'team.svg');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'team.svg'), 'utf8')).toContain('<title id="em-title">team</title>');
  });

  it('refuses an unknown --remove id with one line and exit 1, writing nothing', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    const run = await ecomap(dir, 'render', 'shop.json', '-o', 'x.svg', '--remove', 'hub,zzz');
    expect(run.code).toBe(1);
    expect(run.errLines).toEqual(['ecomap: shop.json: --remove: no node "zzz"']);
    expect(readdirSync(dir)).toEqual(['shop.json']);
  });

  it('says in one line why a map cannot be read (exit 1)', async () => {
    const dir = dirWith({ 'bad.json': '{"format": "ecosystem-map", "nodes": [' });
    for (const file of ['bad.json', 'missing.json']) {
      const run = await ecomap(dir, 'render', file, '-o', 'x.png');
      expect(run.code).toBe(1);
      expect(run.errLines).toHaveLength(1);
      expect(run.errLines[0]).toMatch(new RegExp(`^ecomap: ${file.replace('.', '\\.')}: `));
    }
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('exits 2 with the reason and the usage for wrong usage', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    const cases: [string[], string][] = [
      [['render', 'shop.json'], 'ecomap: render: missing -o <out.svg|out.png> file'],
      [['render', '-o', 'x.svg'], 'ecomap: render: missing <map> file'],
      [['render', 'shop.json', '-o', 'x.json'], 'ecomap: render: x.json: the picture must be a .svg or .png file'],
      [['render', 'shop.json', '-o', 'x.gif'], 'ecomap: x.gif: unknown format ".gif"; supported: .svg, .png'],
      [['render', 'shop.json', '-o', 'x.svg', '--layout', 'radial'], 'ecomap: render: --layout is one of force, stack, not "radial"'],
      [['render', 'shop.json', '-o', 'x.svg', '--theme=neon'], 'ecomap: render: --theme is one of light, dark, not "neon"'],
      [['render', 'shop.json', '-o', 'x.png', '--scale', '4'], 'ecomap: render: --scale is one of 1, 2, 3, not "4"'],
      [['render', 'shop.json', '-o', 'x.svg', '--flow=yes'], 'ecomap: render: --flow takes no value'],
      [['render', 'shop.json', '-o', 'x.svg', '--frob'], 'ecomap: render: unknown option "--frob"'],
      [['render', 'shop.json', 'more.json', '-o', 'x.svg'], 'ecomap: render: unexpected argument "more.json"'],
      [['render', 'shop.json', '-o', 'x.svg', '--remove', ','], 'ecomap: render: --remove needs node ids, e.g. --remove pay,search'],
    ];
    for (const [args, line] of cases) {
      const run = await ecomap(dir, ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.errLines[0]).toBe(line);
      expect(run.stderr).toContain('Usage: ecomap');
    }
    expect(readdirSync(dir)).toEqual(['shop.json']);
  });

  it('shows the usage for render --help', async () => {
    const run = await ecomap(dirWith({}), 'render', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('render <map> -o <out.svg|out.png>');
  });
});

describe('ecomap convert to a picture', () => {
  it('writes .svg and .png through the same render, with the map inside', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    expect((await ecomap(dir, 'convert', 'shop.json', '-o', 'shop.svg')).stdout).toBe('Wrote shop.svg: 6 nodes, 5 links\n');
    await ecomap(dir, 'render', 'shop.json', '-o', 'rendered.svg');
    expect(readFileSync(join(dir, 'shop.svg'), 'utf8')).toBe(readFileSync(join(dir, 'rendered.svg'), 'utf8'));
    expect((await ecomap(dir, 'convert', 'shop.json', '-o', 'shop.png')).code).toBe(0);
    const back = readPngMap(new Uint8Array(readFileSync(join(dir, 'shop.png'))));
    expect(back.ok && back.map.title).toBe('Shop');
  });

  it('names the picture formats among those it writes', async () => {
    const run = await ecomap(dirWith({ 'shop.json': shop() }), 'convert', 'shop.json', '-o', 'shop.gif');
    expect(run.code).toBe(2);
    expect(run.errLines[0]).toBe('ecomap: shop.gif: unknown format ".gif"; supported: .json, .csv, .svg, .png');
  });
});

describe('the ecomap bin renders', () => {
  it('a PNG from its precompiled bundle, with the native rasterizer loaded at run time', () => {
    const dir = dirWith({ 'shop.json': shop() });
    const run = spawnEcomap(dir, 'render', 'shop.json', '-o', 'shop.png', '--remove', 'hub');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const back = readPngMap(new Uint8Array(readFileSync(join(dir, 'shop.png'))));
    expect(back.ok).toBe(true);
  });
});
