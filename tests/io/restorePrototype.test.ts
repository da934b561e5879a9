import { afterEach, describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/io/json.ts';
import { doc, restored } from './restoreHelpers.ts';

const SPECIAL_IDS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
const objectPrototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const keysBefore = objectPrototypeKeys();

afterEach(() => {
  // Every test here also checks that nothing leaked into the shared prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(objectPrototypeKeys()).toEqual(keysBefore);
});

describe('restoreMap and prototype names', () => {
  it('takes __proto__, constructor and prototype as ordinary node ids', () => {
    const nodes = SPECIAL_IDS.map((id) => ({ id, kind: 'service', name: id }));
    const links = SPECIAL_IDS.slice(1).map((id) => ({ source: '__proto__', target: id, kind: 'supports' }));
    const { map, repairs } = restored(doc(nodes, links));
    expect(repairs).toEqual([]);
    expect(map.nodes.map((n) => n.id)).toEqual(SPECIAL_IDS);
    expect(map.links.map((l) => l.target)).toEqual(SPECIAL_IDS.slice(1));
  });

  it('finds no node called constructor or __proto__ when there is none', () => {
    const links = [
      { source: 'a', target: 'constructor', kind: 'supports' },
      { source: '__proto__', target: 'a', kind: 'supports' },
    ];
    const { map, repairs } = restored(doc([{ id: 'a', kind: 'service', name: 'A' }], links));
    expect(map.links).toEqual([]);
    expect(repairs).toEqual(['links[0].target: no node "constructor"; link dropped', 'links[1].source: no node "__proto__"; link dropped']);
  });

  it('renames a repeated __proto__ id like any other', () => {
    const nodes = [{ id: '__proto__', kind: 'platform', name: 'P' }, { id: '__proto__', kind: 'service', name: 'Q' }];
    const { map, repairs } = restored(doc(nodes));
    expect(map.nodes.map((n) => n.id)).toEqual(['__proto__', '__proto__-2']);
    expect(repairs).toEqual(['nodes[1].id: "__proto__" is already the id of nodes[0]; renamed "__proto__-2"']);
  });

  it('never lets a "__proto__" key in the document reach a prototype', () => {
    const text = `{
      "__proto__": { "polluted": "top" },
      "format": "ecosystem-map", "version": 1,
      "nodes": [ { "id": "a", "kind": "service", "name": "A", "__proto__": { "polluted": "node" } },
                 { "id": "b", "kind": "service", "name": "B" } ],
      "links": [ { "source": "a", "target": "b", "kind": "supports", "__proto__": { "polluted": "link" } } ],
      "views": { "__proto__": { "polluted": "view" }, "zoom": 2 }
    }`;
    const { map, repairs } = restored(text);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    for (const item of [map, ...map.nodes, ...map.links, (map as unknown as { views: object }).views]) {
      expect((item as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(item, '__proto__')).toBe(false);
    }
    expect(map).toMatchObject({ views: { zoom: 2 } });
    expect(repairs).toEqual([
      'nodes[0].__proto__: not a field of this format; dropped',
      'links[0].__proto__: not a field of this format; dropped',
      '__proto__: a field named __proto__ is never kept; dropped',
      'views.__proto__: a field named __proto__ is never kept; dropped',
    ]);
    expect(serializeMap(map)).not.toContain('polluted');
  });

  it('takes a parsed document made with Object.create(null), and gives back plain objects', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, doc([Object.assign(Object.create(null), { id: 'a', kind: 'service', name: 'A' })]));
    const { map, repairs } = restored(bare);
    expect(repairs).toEqual([]);
    expect(Object.getPrototypeOf(map.nodes[0])).toBe(Object.prototype);
  });

  it('refuses a document object whose fields come from its prototype', () => {
    const sneaky = Object.create(doc([{ id: 'a', kind: 'service', name: 'A' }])) as object;
    const result = restored.bind(null, sneaky);
    expect(result).toThrow('expected a map object with nodes and links, got an object with a prototype of its own');
  });

  it('writes a map holding a "__proto__" field as JSON without touching any prototype', () => {
    const map = restored(doc([])).map;
    const withKey = Object.defineProperty({ ...map }, '__proto__', { value: { polluted: 'write' }, enumerable: true });
    const text = serializeMap(withKey);
    expect(text).toContain('"__proto__": {');
    const reread = restored(text);
    expect(reread.repairs).toEqual(['__proto__: a field named __proto__ is never kept; dropped']);
  });
});
