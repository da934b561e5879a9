import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapOf } from '../builders.ts';
import { dirWith, ecomap } from './helpers.ts';

const shop = () => ({ ...mapOf('pay>checkout', 'pay>search', 'checkout:service=1200', 'shop~checkout'), title: 'Shop' });

describe('ecomap convert', () => {
  it('writes a CSV sheet from a JSON map and says what it wrote', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    const run = await ecomap(dir, 'convert', 'shop.json', '-o', 'shop.csv');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Wrote shop.csv: 4 nodes, 3 links\n');
    const csv = readFileSync(join(dir, 'shop.csv'), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/name/);
    expect(csv).toContain('checkout');
  });

  it('brings a map back from its CSV with the same nodes and links', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    await ecomap(dir, 'convert', 'shop.json', '-o', 'shop.csv');
    const run = await ecomap(dir, 'convert', 'shop.csv', '--output', 'back.json');
    expect(run.code).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'));
    expect(back.format).toBe('ecosystem-map');
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...back.nodes].sort(byId).map((n: { id: string; kind: string; value: number }) => [n.id, n.kind, n.value])).toEqual([
      ['checkout', 'service', 1200],
      ['pay', 'platform', 0],
      ['search', 'service', 0],
      ['shop', 'service', 0],
    ]);
    const links = back.links.map((l: { source: string; target: string; kind: string }) => [l.source, l.target, l.kind].join(' '));
    expect(links.sort()).toEqual(['pay checkout supports', 'pay search supports', 'shop checkout collaborates'].sort());
  });

  it('normalizes JSON to JSON: defaults filled in, the analysis unchanged', async () => {
    const doc = JSON.stringify({ format: 'ecosystem-map', version: 1, title: 'T', nodes: [{ id: 'a', kind: 'platform', name: 'A' }], links: [] });
    const dir = dirWith({ 'in.json': doc });
    const run = await ecomap(dir, 'convert', 'in.json', '-o', 'out.json');
    expect(run.code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(out.nodes[0]).toMatchObject({ id: 'a', kind: 'platform', name: 'A', value: 0 });
  });

  it('converts CSV to CSV', async () => {
    const dir = dirWith({ 'in.csv': 'name,kind,value\nPay,platform,0\nCheckout,service,"1,200"\n' });
    const run = await ecomap(dir, 'convert', 'in.csv', '-o', 'out.csv');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toContain('1200');
  });

  it('takes the format from the extension whatever its case', async () => {
    const dir = dirWith({ 'shop.JSON': shop() });
    expect((await ecomap(dir, 'convert', 'shop.JSON', '-o', 'shop.Csv')).code).toBe(0);
    expect(existsSync(join(dir, 'shop.Csv'))).toBe(true);
  });

  it('refuses an extension it does not know, naming the ones it does (exit 2, usage)', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    for (const [input, output, bad] of [['shop.json', 'shop.xml', '".xml"'], ['shop.json', 'shop', 'no file extension'], ['shop.txt', 'x.json', '".txt"']] as const) {
      const run = await ecomap(dir, 'convert', input, '-o', output);
      expect(run.code).toBe(2);
      expect(run.errLines[0]).toContain(bad);
      expect(run.errLines[0]).toContain('supported: .json, .csv');
      expect(run.stderr).toContain('Usage: ecomap');
    }
    expect(readdirSync(dir)).toEqual(['shop.json']);
  });

  it('leaves the output alone when the input cannot be read', async () => {
    const dir = dirWith({ 'bad.json': '{"format": "ecosystem-map", "nodes": [', 'out.csv': 'precious' });
    const run = await ecomap(dir, 'convert', 'bad.json', '-o', 'out.csv');
    expect(run.code).toBe(1);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(/^ecomap: bad\.json: /);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('precious');
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'out.csv']);
  });

  it('reports an output it cannot write in one line, naming the output', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    const run = await ecomap(dir, 'convert', 'shop.json', '-o', 'no/such/dir/out.csv');
    expect(run.code).toBe(1);
    expect(run.errLines).toEqual(['ecomap: no/such/dir/out.csv: no such directory']);
  });

  it('can write over its own input', async () => {
    const dir = dirWith({ 'shop.json': shop() });
    writeFileSync(join(dir, 'shop.json'), JSON.stringify(shop()));
    expect((await ecomap(dir, 'convert', 'shop.json', '-o', 'shop.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'shop.json'), 'utf8')).nodes).toHaveLength(4);
  });
});
