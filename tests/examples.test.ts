import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LINK_KINDS, MAP_FORMAT, MAP_VERSION, NODE_KINDS, PARTNER_SCOPES } from '../src/model/types.ts';

/**
 * The gallery's example maps, checked as plain JSON: the format fields, the index, and the one
 * property the gallery exists to show — knocking out a platform splits the map into silos and
 * strands what it held up. The graph checks are a small BFS here, independent of src/analysis.
 */

const DIR = fileURLToPath(new URL('../public/examples/', import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(DIR + file, 'utf8'));

interface Entry {
  id: string;
  file: string;
  title: string;
  description: string;
  nodes: number;
  links: number;
}
interface RawNode {
  id: string;
  kind: string;
  name: string;
  value: number;
  owner?: string;
  tags?: unknown;
  url?: string;
  scope?: string;
  description?: string;
}
interface RawLink {
  source: string;
  target: string;
  kind: string;
  weight: number;
}
interface RawMap {
  format: string;
  version: number;
  title: string;
  unit?: string;
  description?: string;
  nodes: RawNode[];
  links: RawLink[];
}

const index = read('index.json') as Entry[];

/** Connected components over links of both kinds, undirected, without the nodes in `out`. */
function componentCount(map: RawMap, out: ReadonlySet<string>): number {
  const adj = new Map<string, string[]>();
  for (const n of map.nodes) if (!out.has(n.id)) adj.set(n.id, []);
  for (const l of map.links) {
    if (out.has(l.source) || out.has(l.target)) continue;
    adj.get(l.source)!.push(l.target);
    adj.get(l.target)!.push(l.source);
  }
  const seen = new Set<string>();
  let count = 0;
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    count += 1;
    seen.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const x = queue.shift()!;
      for (const y of adj.get(x)!) {
        if (!seen.has(y)) {
          seen.add(y);
          queue.push(y);
        }
      }
    }
  }
  return count;
}

/** Nodes reachable along `supports` links from the base nodes (no incoming `supports` on the full map), avoiding `out`. */
function supported(map: RawMap, out: ReadonlySet<string>): Set<string> {
  const lifted = new Set(map.links.filter((l) => l.kind === 'supports').map((l) => l.target));
  const next = new Map<string, string[]>();
  for (const l of map.links) {
    if (l.kind !== 'supports') continue;
    if (!next.has(l.source)) next.set(l.source, []);
    next.get(l.source)!.push(l.target);
  }
  const seen = new Set(map.nodes.map((n) => n.id).filter((id) => !lifted.has(id) && !out.has(id)));
  const queue = [...seen];
  while (queue.length > 0) {
    const x = queue.shift()!;
    for (const y of next.get(x) ?? []) {
      if (!out.has(y) && !seen.has(y)) {
        seen.add(y);
        queue.push(y);
      }
    }
  }
  return seen;
}

/** Whether the `supports` links contain a directed cycle. */
function hasSupportCycle(map: RawMap): boolean {
  const next = new Map<string, string[]>();
  for (const l of map.links) if (l.kind === 'supports') next.set(l.source, [...(next.get(l.source) ?? []), l.target]);
  const state = new Map<string, 1 | 2>();
  const visit = (u: string): boolean => {
    state.set(u, 1);
    for (const v of next.get(u) ?? []) {
      if (state.get(v) === 1) return true;
      if (!state.has(v) && visit(v)) return true;
    }
    state.set(u, 2);
    return false;
  };
  return map.nodes.some((n) => !state.has(n.id) && visit(n.id));
}

/** Platforms whose knock-out both adds a component and strands a previously supported node. */
function siloPlatforms(map: RawMap): { id: string; siloDelta: number; stranded: string[] }[] {
  const before = componentCount(map, new Set());
  const base = supported(map, new Set());
  return map.nodes
    .filter((n) => n.kind === 'platform')
    .map((p) => {
      const out = new Set([p.id]);
      const after = supported(map, out);
      const stranded = [...base].filter((id) => id !== p.id && !after.has(id)).sort();
      return { id: p.id, siloDelta: componentCount(map, out) - before, stranded };
    })
    .filter((r) => r.siloDelta > 0 && r.stranded.length > 0);
}

describe('examples index', () => {
  it('lists at least three examples with unique ids and files', () => {
    expect(Array.isArray(index)).toBe(true);
    expect(index.length).toBeGreaterThanOrEqual(3);
    expect(new Set(index.map((e) => e.id)).size).toBe(index.length);
    expect(new Set(index.map((e) => e.file)).size).toBe(index.length);
    for (const e of index) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.file).toMatch(/^[a-z0-9-]+\.json$/);
      expect(e.title.trim()).not.toBe('');
      expect(e.description.trim()).not.toBe('');
    }
  });

  it('includes at least one map with a supports cycle, to exercise the cycle rule', () => {
    expect(index.some((e) => hasSupportCycle(read(e.file) as RawMap))).toBe(true);
  });
});

describe.each(index)('example $id', (entry) => {
  const map = read(entry.file) as RawMap;
  const ids = new Set(map.nodes.map((n) => n.id));

  it('is an ecosystem-map document, version 1, with a title, a unit and a description', () => {
    expect(map.format).toBe(MAP_FORMAT);
    expect(map.version).toBe(MAP_VERSION);
    expect(map.title).toBe(entry.title);
    expect(typeof map.unit).toBe('string');
    expect(map.unit!.trim()).not.toBe('');
    expect(map.description?.trim()).toBeTruthy();
    expect(Array.isArray(map.nodes)).toBe(true);
    expect(Array.isArray(map.links)).toBe(true);
  });

  it('has 25–80 nodes, and the counts the index states', () => {
    expect(map.nodes.length).toBeGreaterThanOrEqual(25);
    expect(map.nodes.length).toBeLessThanOrEqual(80);
    expect(map.nodes.length).toBe(entry.nodes);
    expect(map.links.length).toBe(entry.links);
  });

  it('has unique kebab-case ids and valid nodes', () => {
    expect(ids.size).toBe(map.nodes.length);
    for (const n of map.nodes) {
      expect(n.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(NODE_KINDS).toContain(n.kind);
      expect(n.name.trim()).not.toBe('');
      expect(Number.isFinite(n.value)).toBe(true);
      expect(n.value).toBeGreaterThanOrEqual(0);
      if (n.kind === 'partner') expect(PARTNER_SCOPES).toContain(n.scope);
      else expect(n.scope).toBeUndefined();
      if (n.url !== undefined) expect(n.url).toMatch(/^https:\/\/\S+$/);
      if (n.tags !== undefined) {
        expect(Array.isArray(n.tags)).toBe(true);
        for (const t of n.tags as unknown[]) expect(typeof t).toBe('string');
      }
    }
  });

  it('has all three kinds, internal and external partners, and services that carry value', () => {
    const kinds = new Set(map.nodes.map((n) => n.kind));
    expect([...kinds].sort()).toEqual([...NODE_KINDS].sort());
    const scopes = new Set(map.nodes.filter((n) => n.kind === 'partner').map((n) => n.scope));
    expect(scopes).toEqual(new Set(PARTNER_SCOPES));
    expect(map.nodes.filter((n) => n.kind === 'service').every((n) => n.value > 0)).toBe(true);
  });

  it('has valid links: endpoints exist, kinds and weights valid, no self links, no duplicates', () => {
    const seen = new Set<string>();
    for (const l of map.links) {
      expect(ids.has(l.source), `${l.source} exists`).toBe(true);
      expect(ids.has(l.target), `${l.target} exists`).toBe(true);
      expect(l.source).not.toBe(l.target);
      expect(LINK_KINDS).toContain(l.kind);
      expect(Number.isFinite(l.weight)).toBe(true);
      expect(l.weight).toBeGreaterThan(0);
      const key = l.kind === 'supports' ? `${l.source}>${l.target}` : [l.source, l.target].sort().join('~');
      expect(seen.has(key), `duplicate link ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it('is one connected map in which at most a couple of nodes float', () => {
    expect(componentCount(map, new Set())).toBe(1);
    expect(map.nodes.length - supported(map, new Set()).size).toBeLessThanOrEqual(2);
  });

  it('has a platform whose knock-out splits the map into silos and strands nodes', () => {
    const hits = siloPlatforms(map);
    expect(hits.length, 'no platform both splits the map and strands nodes').toBeGreaterThan(0);
  });
});

describe('knock-outs the gallery describes', () => {
  const find = (id: string) => {
    const entry = index.find((e) => e.id === id);
    expect(entry).toBeDefined();
    return siloPlatforms(read(entry!.file) as RawMap);
  };

  it('streaming: the Live Events Platform strands the live business', () => {
    expect(find('streaming').find((r) => r.id === 'live-events')).toEqual({
      id: 'live-events',
      siloDelta: 2,
      stranded: ['live-concerts', 'live-sports-pass', 'pay-per-view', 'watch-party'],
    });
  });

  it('cloud: the marketplace is all that joins the third-party vendors to the cloud', () => {
    expect(find('cloud').find((r) => r.id === 'marketplace')).toEqual({
      id: 'marketplace',
      siloDelta: 2,
      stranded: ['consulting-services', 'marketplace-transactions', 'private-offers'],
    });
  });

  it('fintech: credit decisioning alone carries the loan business and its funding partners', () => {
    expect(find('fintech').find((r) => r.id === 'credit-decisioning')).toEqual({
      id: 'credit-decisioning',
      siloDelta: 1,
      stranded: ['business-cash-advance', 'personal-loans'],
    });
  });
});
