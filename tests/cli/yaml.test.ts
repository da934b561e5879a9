import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../io/backstage/helpers.ts';
import { dirWith, ecomap, spawnEcomap } from './helpers.ts';

describe('ecomap on Backstage catalog-info YAML', () => {
  it('converts a catalog to a JSON map, printing its warnings like a sheet’s', async () => {
    const dir = dirWith({ 'catalog-info.yaml': fixture('shop.yaml') });
    const run = await ecomap(dir, 'convert', 'catalog-info.yaml', '-o', 'shop.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Wrote shop.json: 5 nodes, 4 links\n');
    expect(run.errLines).toEqual([
      'ecomap: catalog-info.yaml: warning: doc 6 (component:default/search): spec.dependsOn: resource:default/search-index is not in the files; added as a placeholder',
    ]);
    const map = JSON.parse(readFileSync(join(dir, 'shop.json'), 'utf8'));
    expect(map.title).toBe('catalog-info');
    expect(map.nodes.map((n: { id: string; kind: string }) => `${n.id} ${n.kind}`)).toEqual([
      'component:default/checkout service',
      'component:default/payments platform',
      'resource:default/orders-db platform',
      'component:default/search service',
      'resource:default/search-index platform',
    ]);
  });

  it('converts a .yml catalog to a CSV sheet', async () => {
    const dir = dirWith({ 'infra.YML': fixture('namespaces.yaml') });
    const run = await ecomap(dir, 'convert', 'infra.YML', '-o', 'infra.csv');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'infra.csv'), 'utf8')).toContain('component:infra/gateway');
  });

  it('analyzes a catalog directly', async () => {
    const dir = dirWith({ 'catalog-info.yaml': fixture('shop.yaml') });
    const run = await ecomap(dir, 'analyze', 'catalog-info.yaml', '--remove', 'resource:default/orders-db', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.stranded).toEqual(['component:default/checkout', 'component:default/payments']);
    expect(run.errLines).toHaveLength(1);
  });

  it('refuses a catalog it cannot read in one line, with line and column', async () => {
    const dir = dirWith({ 'bad.yaml': fixture('syntax-error.yaml'), 'aliases.yaml': fixture('alias.yaml'), 'apis.yaml': fixture('no-components.yaml') });
    const syntax = await ecomap(dir, 'convert', 'bad.yaml', '-o', 'out.json');
    expect(syntax.code).toBe(1);
    expect(syntax.errLines).toEqual([expect.stringMatching(/^ecomap: bad\.yaml: YAML syntax error at line 9, column 1: /)]);
    expect((await ecomap(dir, 'analyze', 'aliases.yaml')).errLines).toEqual([
      'ecomap: aliases.yaml: The alias *shared at line 11, column 16 is not read: write the value out in full instead of using & and *.',
    ]);
    expect((await ecomap(dir, 'convert', 'apis.yaml', '-o', 'out.json')).errLines[0]).toMatch(/^ecomap: apis\.yaml: This file has no Component or Resource entities, only 1 System, 2 API/);
  });

  it('names .yaml among the formats it reads, and does not write one', async () => {
    const dir = dirWith({ 'catalog-info.yaml': fixture('shop.yaml') });
    const unknown = await ecomap(dir, 'convert', 'map.txt', '-o', 'out.json');
    expect(unknown.code).toBe(2);
    expect(unknown.errLines[0]).toContain('supported: .json, .csv, .yaml, .yml');
    const out = await ecomap(dir, 'convert', 'catalog-info.yaml', '-o', 'back.yaml');
    expect(out.code).toBe(2);
    expect(out.errLines[0]).toContain('unknown format ".yaml"');
  });

  it('reads a catalog through the real bin, whose bundle inlines the YAML parser', () => {
    const dir = dirWith({ 'catalog-info.yaml': fixture('shop.yaml') });
    const run = spawnEcomap(dir, 'analyze', 'catalog-info.yaml');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^catalog-info: 5 nodes, 4 links\n/);
    expect(run.errLines).toEqual([expect.stringMatching(/^ecomap: catalog-info\.yaml: warning: doc 6 /)]);
  });

  it('mentions catalogs in its help', async () => {
    expect((await ecomap(dirWith({}), '--help')).stdout).toMatch(/Backstage catalog-info \.yaml/);
  });
});
