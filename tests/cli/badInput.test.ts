import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirWith, ecomap, mapDocument } from './helpers.ts';
import type { CliRun } from './helpers.ts';

const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'service', name: id, value: 0, ...extra });
const supports = (source: string, target: string) => ({ source, target, kind: 'supports', weight: 1 });

/** Refused: exit 1, nothing on stdout, exactly one line on stderr naming the file. */
function expectRefused(run: CliRun, file: string, why?: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.errLines).toHaveLength(1);
  expect(run.errLines[0]!.startsWith(`ecomap: ${file}: `)).toBe(true);
  expect(run.errLines[0]!.length).toBeLessThan(700);
  if (why) expect(run.errLines[0]).toMatch(why);
}

/** Repaired: exit 0, the report on stdout, every stderr line a warning about the file. */
function expectRepaired(run: CliRun, file: string, why?: RegExp) {
  expect(run.code).toBe(0);
  expect(run.errLines.length).toBeGreaterThan(0);
  for (const line of run.errLines) {
    expect(line.startsWith(`ecomap: ${file}: warning: `)).toBe(true);
    expect(line.length).toBeLessThan(700);
  }
  if (why) expect(run.stderr).toMatch(why);
  return JSON.parse(run.stdout) as { nodes: number; links: number; components: string[][]; flow: Record<string, unknown> };
}

const analyzeJson = (content: string | Uint8Array, name = 'map.json') => ecomap(dirWith({ [name]: content }), 'analyze', name, '--json');

describe('ecomap refuses a map it cannot read, in one line', () => {
  const cases: [string, string | Uint8Array, RegExp?][] = [
    ['an empty file', ''],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x00])],
    ['JSON cut mid-string', '{"format":"ecosystem-map","version":1,"title":"Ac'],
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['an empty object', '{}'],
    ['NaN, which JSON does not have', mapDocument([node('a')]).replace('"value":0', '"value":NaN')],
    ['a document from a newer version', mapDocument([node('a')], [], { version: 999 }), /newer version/],
  ];
  for (const [what, content, why] of cases) {
    it(`refuses ${what}`, async () => expectRefused(await analyzeJson(content), 'map.json', why));
  }

  it('refuses a missing file and a directory', async () => {
    const dir = dirWith({});
    mkdirSync(join(dir, 'maps'));
    expectRefused(await ecomap(dir, 'analyze', 'nope.json'), 'nope.json', /no such file$/);
    expectRefused(await ecomap(dir, 'analyze', 'maps'), 'maps', /is a directory$/);
  });

  it('shows a hostile file name escaped, still on one line', async () => {
    const run = await ecomap(dirWith({}), 'analyze', 'evil\n\u001b[2J.json');
    expectRefused(run, 'evil\\n\\u001b[2J.json', /no such file$/);
  });
});

describe('ecomap repairs what it can and warns on stderr', () => {
  it('renames or drops duplicate ids', async () => {
    const report = expectRepaired(await analyzeJson(mapDocument([node('a'), node('a'), node('b')])), 'map.json', /nodes\[1\]/);
    expect(report.nodes).toBeLessThanOrEqual(3);
  });

  it('drops dangling links', async () => {
    const report = expectRepaired(await analyzeJson(mapDocument([node('a')], [supports('a', 'pay')])), 'map.json', /no node "pay"/);
    expect(report.links).toBe(0);
  });

  it('drops a link from a node to itself', async () => {
    const report = expectRepaired(await analyzeJson(mapDocument([node('a')], [supports('a', 'a')])), 'map.json', /links\[0\]/);
    expect(report.links).toBe(0);
  });

  for (const [what, value] of [['negative', '-5'], ['text', '"abc"'], ['overflowing', '1e400']] as const) {
    it(`repairs a ${what} value`, async () => {
      const doc = mapDocument([node('a')]).replace('"value":0', `"value":${value}`);
      expectRepaired(await analyzeJson(doc), 'map.json', /nodes\[0\]\.value/);
    });
  }

  it('cuts a 1 MB name short, and says so in a short line', async () => {
    const dir = dirWith({ 'map.json': mapDocument([node('a', { name: 'N'.repeat(1 << 20) })]) });
    const run = await ecomap(dir, 'convert', 'map.json', '-o', 'out.json');
    expect(run.code).toBe(0);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(/^ecomap: map\.json: warning: nodes\[0\]\.name/);
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(out.nodes[0].name.length).toBeLessThan(1 << 20);
  });

  it('keeps __proto__ as an ordinary id and key, polluting nothing', async () => {
    const doc = mapDocument([node('__proto__'), node('b')], [supports('__proto__', 'b')]).replace('"name":"b"', '"name":"b","__proto__":{"polluted":true}');
    const run = await analyzeJson(doc);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.components).toEqual([['__proto__', 'b']]);
    expect(Object.hasOwn(report.flow, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a javascript: url', async () => {
    const dir = dirWith({ 'map.json': mapDocument([node('a', { url: 'javascript:alert(1)' })]) });
    const run = await ecomap(dir, 'convert', 'map.json', '-o', 'out.json');
    expect(run.code).toBe(0);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(/^ecomap: map\.json: warning: nodes\[0\]\.url/);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).not.toContain('javascript:');
  });

  it('lists twenty warnings, then counts the rest', async () => {
    const links = Array.from({ length: 30 }, (_, i) => supports('a', `ghost${i}`));
    const run = await analyzeJson(mapDocument([node('a')], links));
    expect(run.code).toBe(0);
    expect(run.errLines).toHaveLength(21);
    expect(run.errLines[20]).toBe('ecomap: map.json: warning: … and 10 more');
  });
});

describe('ecomap reads CSV sheets defensively', () => {
  it('refuses a sheet without a name column', async () => {
    expectRefused(await analyzeJson('kind,value\nplatform,3\n', 'team.csv'), 'team.csv', /name/);
  });

  it('refuses a 20 MB sheet', async () => {
    const row = 'Some service,service,100\n';
    const csv = `name,kind,value\n${row.repeat(Math.ceil((20 << 20) / row.length))}`;
    expectRefused(await analyzeJson(csv, 'big.csv'), 'big.csv', /MB/);
  });

  it('reads ragged rows with a warning', async () => {
    const run = await analyzeJson('name,kind,value\nPay,platform,0,surplus\nCheckout,service\n', 'team.csv');
    expect(expectRepaired(run, 'team.csv').nodes).toBe(2);
  });

  it('never writes a cell a spreadsheet would run as a formula', async () => {
    const dir = dirWith({ 'in.csv': 'name,kind,owner\n"=HYPERLINK(""http://x"")",service,+1-555\n@SUM(A1),platform,-x\n' });
    const run = await ecomap(dir, 'convert', 'in.csv', '-o', 'out.csv');
    expect(run.code).toBe(0);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(out).toContain("'=HYPERLINK");
    expect(out).toContain("'@SUM(A1)");
    const fields = out.split(/\r?\n/).flatMap((line) => line.split(',')).map((f) => f.replace(/^"/, ''));
    expect(fields.filter((f) => /^[=+\-@]/.test(f))).toEqual([]);
  });
});
