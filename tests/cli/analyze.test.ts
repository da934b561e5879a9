import { describe, expect, it } from 'vitest';
import { mapOf } from '../builders.ts';
import { dirWith, ecomap } from './helpers.ts';

// pay and idp both lift checkout; only pay lifts search; shop and ads collaborate on their own.
const shop = () => ({
  ...mapOf('pay>checkout', 'pay>search', 'idp>checkout', 'checkout:service=1200', 'search:service=300', 'shop~ads'),
  unit: 'USD k',
});

describe('ecomap analyze --json', () => {
  it('prints one JSON document with the report keys in order', async () => {
    const run = await ecomap(dirWith({ 'shop.json': shop() }), 'analyze', 'shop.json', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual([
      'nodes', 'links', 'removed', 'components', 'siloDelta', 'stranded', 'floating', 'valueAtRisk', 'cycles', 'flow', 'criticality',
    ]);
    expect(report).toMatchObject({ nodes: 6, links: 4, removed: [], siloDelta: 0, stranded: [], floating: [], valueAtRisk: 0, cycles: [] });
  });

  it('knocks out the nodes --remove names: silos, stranded, value at risk, flow and criticality', async () => {
    const run = await ecomap(dirWith({ 'shop.json': shop() }), 'analyze', 'shop.json', '--remove', 'pay', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      removed: ['pay'],
      components: [['ads', 'shop'], ['checkout', 'idp'], ['search']],
      siloDelta: 1,
      stranded: ['search'],
      valueAtRisk: 300,
    });
    expect(report.flow.idp).toEqual({ value: 0, total: 1200, enabled: 1200 });
    expect(report.criticality[0]).toEqual({ id: 'pay', stranded: 1, valueAtRisk: 300, siloDelta: 1, articulation: true });
    expect(report.criticality).toHaveLength(6);
  });

  it('reports support cycles and floating nodes', async () => {
    const run = await ecomap(dirWith({ 'c.json': mapOf('x>y', 'y>x', 'z') }), 'analyze', 'c.json', '--json');
    const report = JSON.parse(run.stdout);
    expect(report.floating).toEqual(['x', 'y']);
    expect(report.cycles).toHaveLength(1);
  });
});

describe('ecomap analyze (summary)', () => {
  it('says what removing a platform does, in the map unit', async () => {
    const run = await ecomap(dirWith({ 'shop.json': shop() }), 'analyze', 'shop.json', '--remove', 'pay');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Test map: 6 nodes, 4 links');
    expect(run.stdout).toContain('Removed: pay');
    expect(run.stdout).toContain('Silos: 2 → 3 (+1)');
    expect(run.stdout).toContain('Stranded: 1 (search)');
    expect(run.stdout).toContain('Value at risk: 300 USD k');
  });

  it('lists the most critical platforms only, the most critical first, articulation points marked', async () => {
    const run = await ecomap(dirWith({ 'shop.json': shop() }), 'analyze', 'shop.json');
    const table = run.stdout.slice(run.stdout.indexOf('Most critical platforms (value at risk in USD k):')).split('\n');
    expect(table[1]).toMatch(/platform\s+value at risk\s+stranded\s+silos/);
    expect(table[2]).toMatch(/^ {2}1\. +pay \* +300 +1 +\+1$/);
    expect(table[3]).toMatch(/^ {2}2\. +idp +0 +0 +0$/);
    expect(table[4]).toContain('articulation point');
    expect(run.stdout).not.toMatch(/\d\. +(checkout|search|shop|ads)\b/);
    expect(run.stdout).toContain('Silos: 2 (remove nodes');
  });

  it('shows at most five platforms', async () => {
    const specs = Array.from({ length: 8 }, (_, i) => `p${i}>s${i}`);
    const run = await ecomap(dirWith({ 'm.json': mapOf(...specs) }), 'analyze', 'm.json');
    expect(run.stdout.match(/^ {2}\d\. /gm)).toHaveLength(5);
  });

  it('warns about support cycles and floating nodes', async () => {
    const run = await ecomap(dirWith({ 'c.json': mapOf('x>y', 'y>x', 'z') }), 'analyze', 'c.json');
    expect(run.stdout).toContain('Warning: 1 support cycle: ');
    expect(run.stdout).toContain('Warning: 2 floating nodes, held up only by support cycles: x, y');
  });

  it('names nodes by name and id, and says so when there are no platforms', async () => {
    const map = { ...mapOf('a~b'), nodes: mapOf('a~b').nodes.map((n) => ({ ...n, name: n.id.toUpperCase() })) };
    const run = await ecomap(dirWith({ 'm.json': map }), 'analyze', 'm.json', '--remove', 'a');
    expect(run.stdout).toContain('Removed: A (a)');
    expect(run.stdout).toContain('No platforms on this map.');
  });

  it('lists a few stranded names and counts the rest', async () => {
    const specs = Array.from({ length: 9 }, (_, i) => `pay>s${i}`);
    const run = await ecomap(dirWith({ 'm.json': mapOf(...specs) }), 'analyze', 'm.json', '--remove', 'pay');
    expect(run.stdout).toContain('Stranded: 9 (s0, s1, s2, s3, s4, … and 4 more)');
  });
});

describe('ecomap analyze --remove', () => {
  it('refuses an id that is not on the map: exit 1, one line', async () => {
    const run = await ecomap(dirWith({ 'shop.json': shop() }), 'analyze', 'shop.json', '--remove', 'pay,foo');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.errLines).toEqual(['ecomap: shop.json: --remove: no node "foo"']);
  });

  it('knocks out several nodes at once', async () => {
    const run = await ecomap(dirWith({ 'shop.json': shop() }), 'analyze', 'shop.json', '--remove', 'pay,idp', '--json');
    const report = JSON.parse(run.stdout);
    expect(report.removed).toEqual(['idp', 'pay']);
    expect(report.stranded).toEqual(['checkout', 'search']);
    expect(report.valueAtRisk).toBe(1500);
  });
});

describe('ecomap analyze <sheet.csv>', () => {
  it('reads a CSV sheet like a map', async () => {
    const csv = 'name,kind,value,supported by\nPay,platform,0,\nCheckout,service,1200,Pay\n';
    const run = await ecomap(dirWith({ 'team.csv': csv }), 'analyze', 'team.csv', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ nodes: 2, links: 1 });
  });
});
