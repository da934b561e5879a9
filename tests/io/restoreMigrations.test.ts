import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/io/migrations.ts';
import type { Document, MigrationTable } from '../../src/io/migrations.ts';
import { MAP_VERSION } from '../../src/model/types.ts';
import { refusal, restored } from './restoreHelpers.ts';

// A made-up version 0 in which links were called "edges": the mechanism is tested with it, so
// the first real migration only adds a row to MIGRATIONS.
const v0: MigrationTable = {
  0: {
    name: 'v0 → v1: "edges" renamed "links"',
    up: ({ edges, ...rest }: Document) => ({ ...rest, version: 1, links: edges }),
  },
};
const v0doc = {
  format: 'ecosystem-map',
  version: 0,
  nodes: [{ id: 'pay', kind: 'platform', name: 'Pay' }, { id: 'shop', kind: 'service', name: 'Shop' }],
  edges: [{ source: 'pay', target: 'shop', kind: 'supports' }],
};

describe('migrations', () => {
  it('has a step from every version older than the current one back to the first', () => {
    for (let v = 1; v < MAP_VERSION; v++) expect(MIGRATIONS[v], `a step from version ${v}`).toBeDefined();
  });

  it('brings an older document forward through the table, and says so', () => {
    const { map, repairs } = restored(JSON.stringify(v0doc), { migrations: v0 });
    expect(map.version).toBe(1);
    expect(map.links).toEqual([{ source: 'pay', target: 'shop', kind: 'supports', weight: 1 }]);
    expect(Object.keys(map)).not.toContain('edges');
    expect(repairs).toEqual(['version: brought forward: v0 → v1: "edges" renamed "links"']);
  });

  it('gives the same map again when the migrated map is restored, with nothing to repair', () => {
    const { map } = restored(v0doc, { migrations: v0 });
    expect(restored(map)).toEqual({ map, repairs: [] });
  });

  it('refuses a version older than the table reaches', () => {
    expect(refusal(v0doc)).toBe('format version 0 is older than any this app can read (it reads 1 to 1)');
    expect(refusal({ ...v0doc, version: -1 }, { migrations: v0 })).toBe('version: -1 is not a format version (a whole number such as 1)');
  });

  it('refuses, and does not throw, when a step fails', () => {
    const broken: MigrationTable = { 0: { name: 'v0 → v1', up: () => { throw new Error('edges are not a list'); } } };
    expect(refusal(v0doc, { migrations: broken })).toBe('could not bring format version 0 forward (v0 → v1): edges are not a list');
  });

  it('walks one step per version, in order', () => {
    const trail: MigrationTable = {
      1: { name: 'one', up: (d) => ({ ...d, trail: [...(d.trail as string[]), 'one'] }) },
      2: { name: 'two', up: (d) => ({ ...d, trail: [...(d.trail as string[]), 'two'] }) },
    };
    const result = migrate({ trail: [] }, 1, trail, 3);
    expect(result).toEqual({ ok: true, doc: { trail: ['one', 'two'] }, steps: ['one', 'two'] });
    expect(migrate({}, 0, trail, 3)).toEqual({ ok: false, error: 'format version 0 is older than any this app can read (it reads 1 to 3)' });
  });
});
