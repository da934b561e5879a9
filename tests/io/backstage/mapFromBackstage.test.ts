import { describe, expect, it } from 'vitest';
import { BACKSTAGE_MAX_BYTES, mapFromBackstage } from '../../../src/io/backstage/index.ts';
import { restoreMap } from '../../../src/io/restore.ts';
import { catalog, entity, fixture, imported, linksOf, refused } from './helpers.ts';

describe('mapFromBackstage: entities become nodes', () => {
  const shop = imported(fixture('shop.yaml'));
  const node = (id: string) => shop.map.nodes.find((n) => n.id === id);

  it('makes a node of every Component and Resource, with id kind:namespace/name', () => {
    expect(shop.map.nodes.map((n) => n.id)).toEqual([
      'component:default/checkout',
      'component:default/payments',
      'resource:default/orders-db',
      'component:default/search',
      'resource:default/search-index',
    ]);
  });

  it('reads a Component as a service and a Resource as a platform unless annotated', () => {
    expect(node('component:default/checkout')?.kind).toBe('service');
    expect(node('resource:default/orders-db')?.kind).toBe('platform');
    expect(node('component:default/payments')?.kind).toBe('platform');
  });

  it('names a node by metadata.title, else metadata.name', () => {
    expect(node('component:default/checkout')?.name).toBe('Checkout');
    expect(node('component:default/search')?.name).toBe('search');
  });

  it('reads the value annotation as text or number, the owner as written and the system as a tag', () => {
    expect(node('component:default/checkout')).toMatchObject({ value: 1200, owner: 'group:team-shop', tags: ['shop'], description: 'Takes the money.' });
    expect(node('component:default/search')).toMatchObject({ value: 300, owner: 'user:default/ada' });
    expect(node('resource:default/orders-db')?.tags).toBeUndefined();
  });

  it('turns dependsOn and API use into supports links from the supporter', () => {
    expect(linksOf(shop.map)).toEqual([
      'component:default/payments > component:default/checkout',
      'resource:default/orders-db > component:default/checkout',
      'resource:default/orders-db > component:default/payments',
      'resource:default/search-index > component:default/search',
    ]);
    expect(shop.map.links.every((l) => l.kind === 'supports' && l.weight === 1)).toBe(true);
  });

  it('adds a placeholder for an entity the files only refer to, and says so', () => {
    expect(node('resource:default/search-index')).toMatchObject({ kind: 'platform', name: 'search-index', tags: ['placeholder'] });
    expect(shop.warnings).toEqual(['doc 6 (component:default/search): spec.dependsOn: resource:default/search-index is not in the files; added as a placeholder']);
  });

  it('counts the entities of other kinds without a warning', () => {
    expect(shop.skipped).toEqual({ System: 1, API: 1 });
  });

  it('gives a map that restore reads back unchanged', () => {
    const again = restoreMap(shop.map);
    expect(again.ok && again.repairs).toEqual([]);
    expect(again.ok && again.map).toEqual(shop.map);
  });

  it('takes the title it is given', () => {
    const result = mapFromBackstage(fixture('shop.yaml'), { title: 'Shop catalog' });
    expect(result.ok && result.map.title).toBe('Shop catalog');
  });
});

describe('mapFromBackstage: references', () => {
  const spread = imported(fixture('namespaces.yaml'));

  it('lower-cases ids, so refs match entities whatever their case', () => {
    expect(spread.map.nodes[0]).toMatchObject({ id: 'resource:infra/cluster', name: 'Cluster' });
    expect(linksOf(spread.map)).toContain('resource:infra/cluster > component:infra/gateway');
  });

  it('fills a missing namespace with the referring entity’s own', () => {
    // mobile (namespace apps) names component:storefront: that is apps/storefront, not default/storefront.
    expect(linksOf(spread.map)).toContain('component:apps/storefront > component:apps/mobile');
    expect(spread.warnings).toContain('doc 4 (component:apps/mobile): spec.dependsOn: component:apps/storefront is not in the files; added as a placeholder');
  });

  it('follows an explicit namespace, default included', () => {
    expect(linksOf(spread.map)).toEqual(
      expect.arrayContaining([
        'component:default/storefront > component:apps/mobile',
        'component:infra/gateway > component:default/storefront',
        'resource:infra/cluster > component:default/storefront',
      ]),
    );
  });

  it('reads a dependsOn ref without a kind as a component, with a warning', () => {
    expect(spread.warnings).toContain('doc 3 (component:default/storefront): spec.dependsOn: "legacy-auth" names no kind; read as component:default/legacy-auth');
    expect(linksOf(spread.map)).toContain('component:default/legacy-auth > component:default/storefront');
  });

  it('gives API refs the kind api, joins a consumer to the provider once, and warns of an API nobody provides', () => {
    const fromGateway = spread.map.links.filter((l) => l.source === 'component:infra/gateway');
    expect(fromGateway.map((l) => l.target).sort()).toEqual(['component:apps/mobile', 'component:default/storefront']);
    expect(spread.warnings).toContain('doc 4 (component:apps/mobile): spec.consumesApis: api:apps/orders-api is provided by no Component or Resource in the files; left out');
    expect(spread.map.nodes.some((n) => n.id.startsWith('api:'))).toBe(false);
  });

  it('reads dependencyOf as the other direction of dependsOn', () => {
    const { map } = imported(catalog(entity('Resource', 'db', { spec: { dependencyOf: ['component:app'] } }), entity('Component', 'app')));
    expect(linksOf(map)).toEqual(['resource:default/db > component:default/app']);
  });

  it('reads dependsOn an API as depending on its providers', () => {
    const { map } = imported(
      catalog(entity('Component', 'pay', { spec: { providesApis: ['pay-api'] } }), entity('Component', 'shop', { spec: { dependsOn: ['api:pay-api'] } })),
    );
    expect(linksOf(map)).toEqual(['component:default/pay > component:default/shop']);
  });

  it('reads the compound form { kind, namespace, name }', () => {
    const { map } = imported(
      catalog(entity('Resource', 'db', { metadata: { namespace: 'data' } }), entity('Component', 'app', { spec: { dependsOn: [{ kind: 'Resource', namespace: 'Data', name: 'DB' }] } })),
    );
    expect(linksOf(map)).toEqual(['resource:data/db > component:default/app']);
  });

  it('keeps one link where dependsOn and an API say the same thing', () => {
    const { map } = imported(
      catalog(entity('Component', 'pay', { spec: { providesApis: ['pay-api'] } }), entity('Component', 'shop', { spec: { dependsOn: ['component:pay'], consumesApis: ['pay-api'] } })),
    );
    expect(map.links).toHaveLength(1);
  });

  it('adds one placeholder for an entity many refer to', () => {
    const { map, warnings } = imported(catalog(entity('Component', 'a', { spec: { dependsOn: ['resource:db'] } }), entity('Component', 'b', { spec: { dependsOn: ['resource:db'] } })));
    expect(map.nodes.filter((n) => n.id === 'resource:default/db')).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('placeholder'))).toHaveLength(1);
    expect(linksOf(map)).toEqual(['resource:default/db > component:default/a', 'resource:default/db > component:default/b']);
  });
});

describe('mapFromBackstage: what it steps over', () => {
  const tricky = imported(fixture('tricky.yaml'));

  it('skips documents that are not entities, naming each, and empty ones silently', () => {
    expect(tricky.warnings.slice(0, 4)).toEqual([
      'doc 1 (line 3): not a mapping of fields (it is a list); skipped',
      'doc 2 (line 5): not a mapping of fields (it is text); skipped',
      'doc 3 (line 7): has no "kind", so it is not a Backstage entity; skipped',
      'doc 4 (line 11): a Component without metadata.name; skipped',
    ]);
    expect(tricky.warnings.every((w) => !w.startsWith('doc 9'))).toBe(true);
  });

  it('keeps the first of two documents for the same entity', () => {
    expect(tricky.warnings).toContain('doc 6 (component:default/ledger): the same entity as doc 5; skipped');
    expect(tricky.map.nodes.find((n) => n.id === 'component:default/ledger')?.owner).toBe('finance');
  });

  it('reads the kind annotation in any case, and warns of one it does not know', () => {
    expect(tricky.map.nodes.find((n) => n.id === 'component:default/ledger')?.kind).toBe('partner');
    expect(tricky.warnings).toContain('doc 7 (component:default/reports): annotation ecosystem-map/kind: "gateway" is not platform, service or partner; read as service');
  });

  it('reads a value that is not a number as 0, with a warning', () => {
    expect(tricky.warnings).toContain('doc 5 (component:default/ledger): annotation ecosystem-map/value: "lots" is not a number of 0 or more; read as 0');
  });

  it('leaves out refs to other kinds, to itself, and refs it cannot read, each with a warning', () => {
    expect(tricky.warnings).toEqual(
      expect.arrayContaining([
        'doc 5 (component:default/ledger): spec.dependencyOf: "group:finance" is a group, which is not a node on the map; left out',
        'doc 5 (component:default/ledger): spec.dependencyOf: the entity refers to itself; left out',
        'doc 7 (component:default/reports): spec.dependsOn: "component:": not of the form [kind:][namespace/]name; left out',
      ]),
    );
    expect(linksOf(tricky.map)).toEqual(['component:default/ledger > component:default/reports', 'resource:default/vault > component:default/ledger']);
  });

  it('lists warnings in document order', () => {
    const docs = tricky.warnings.map((w) => Number(/^doc (\d+)/.exec(w)?.[1]));
    expect(docs).toEqual([...docs].sort((a, b) => a - b));
  });

  it('names the entity in restore’s repairs too', () => {
    const { warnings, map } = imported(entity('Component', 'long', { metadata: { title: 'x'.repeat(300) } }));
    expect(map.nodes[0]?.name).toHaveLength(200);
    expect(warnings).toEqual(['doc 1 (component:default/long): name: 300 characters long; cut to 200']);
  });

  it('reads fields named like Object’s own without harm', () => {
    const annotations = JSON.parse('{"__proto__": {"x": 1}, "constructor": "y", "ecosystem-map/value": "5"}');
    const text = entity('Component', 'proto', { metadata: { annotations }, spec: { constructor: ['a'] } });
    expect(text).toContain('__proto__');
    const { map } = imported(text);
    expect(map.nodes[0]).toMatchObject({ id: 'component:default/proto', kind: 'service', value: 5 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('mapFromBackstage: refusals', () => {
  it('refuses a file without Components or Resources, saying what it has', () => {
    expect(refused(fixture('no-components.yaml'))).toBe(
      'This file has no Component or Resource entities, only 1 System, 2 API; only Components and Resources become nodes on a map.',
    );
  });

  it('refuses an empty file', () => {
    expect(refused('# nothing but a comment\n')).toMatch(/^This file has no Backstage entities/);
  });

  it('says where a syntax error is, by line and column', () => {
    expect(refused(fixture('syntax-error.yaml'))).toMatch(/^YAML syntax error at line 9, column 1: /);
    expect(refused('kind: Component\nmetadata:\n  name: a\n  name: b\n')).toBe('YAML syntax error at line 4, column 3: Map keys must be unique');
  });

  it('refuses aliases, naming the first and where it is', () => {
    expect(refused(fixture('alias.yaml'))).toBe('The alias *shared at line 11, column 16 is not read: write the value out in full instead of using & and *.');
  });

  it('refuses a billion-laughs file at once instead of expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`${'b'.repeat(i)}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
    const started = performance.now();
    expect(refused(levels.join('\n'))).toMatch(/^The alias \*a at line 2/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses custom tags and YAML 1.1 extras', () => {
    expect(refused(fixture('custom-tag.yaml'))).toBe('The tag !vault at line 5, column 10 is not read: this app reads catalog files in plain YAML, without custom tags.');
    expect(refused('kind: Component\nmetadata:\n  name: !!binary aGk=\n')).toMatch(/^The tag !!binary at line 3/);
  });

  it('does not merge << keys', () => {
    const { map } = imported('kind: Component\nmetadata:\n  <<: {title: Merged}\n  name: plain\n');
    expect(map.nodes[0]?.name).toBe('plain');
  });

  it('reads UTF-8 bytes and refuses other bytes', () => {
    const bytes = new TextEncoder().encode(entity('Component', 'café'));
    const result = mapFromBackstage(bytes);
    expect(result.ok && result.map.nodes[0]?.id).toBe('component:default/café');
    expect(refused(new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9]))).toBe('The catalog file is not UTF-8 text; save it as UTF-8 and open it again.');
  });

  it('refuses a file past the size limit before parsing it', () => {
    expect(refused(' '.repeat(BACKSTAGE_MAX_BYTES * 2))).toBe('The file is 10.0 MB; a Backstage catalog file can be at most 5.0 MB.');
  });
});
