import { describe, expect, it } from 'vitest';
import { MAX_BYTES, MAX_LINKS, MAX_NODES } from '../../src/io/limits.ts';
import { doc, refusal, restored } from './restoreHelpers.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const node = (id: string, kind = 'service') => ({ id, kind, name: id });

describe('restoreMap refuses what it cannot read, in one line that says why', () => {
  it('refuses empty input as an empty file', () => {
    expect(refusal('')).toBe('the file is empty');
    expect(refusal('  \n\t ')).toBe('the file is empty');
    expect(refusal(new Uint8Array())).toBe('the file is empty');
    expect(refusal(new ArrayBuffer(0))).toBe('the file is empty');
    expect(refusal(bytes('\uFEFF'))).toBe('the file is empty');
  });

  it('refuses bytes with NUL in them as not a text file', () => {
    expect(refusal(new Uint8Array([0x7b, 0x00, 0x7d]))).toBe('not a text file: it contains binary data');
    expect(refusal(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(/^not a text file/);
    expect(refusal('{"a":\u0000}')).toBe('not a text file: it contains binary data');
  });

  it('refuses bytes that are not UTF-8 as not a text file', () => {
    expect(refusal(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toBe('not a text file: it is not valid UTF-8 text');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toMatch(/UTF-16; save it as UTF-8/);
  });

  it('reads bytes with a UTF-8 byte order mark, from a Uint8Array, an ArrayBuffer or a DataView', () => {
    const text = JSON.stringify(doc([node('a')]));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]);
    for (const input of [withBom, withBom.buffer, new DataView(withBom.buffer), Buffer.from(withBom)]) {
      expect(restored(input)).toEqual({ map: restored(text).map, repairs: [] });
      expect(restored(input).map.nodes.map((n) => n.id)).toEqual(['a']);
    }
  });

  it('says where JSON is cut off mid-string', () => {
    expect(refusal('{"format": "ecosystem-map", "title": "Acm')).toBe(
      'not valid JSON: the text ends inside a string that starts at line 1, column 38 (is the file cut off?)',
    );
  });

  it('says where JSON goes wrong, with line and column', () => {
    expect(refusal('{\n  "a": 1,\n}')).toBe('not valid JSON: a comma before "}" at line 3, column 1 (JSON allows no trailing commas)');
    expect(refusal('{"a": NaN}')).toBe('not valid JSON: unexpected word "NaN" at line 1, column 7, expected a value');
    expect(refusal("{'a': 1}")).toMatch(/^not valid JSON: unexpected "'" at line 1, column 2, expected a property name in double quotes \(JSON strings use double quotes\)$/);
    expect(refusal('{"a": 1} {')).toBe('not valid JSON: unexpected text after the end of the JSON at line 1, column 10');
    expect(refusal('[1, 2')).toBe('not valid JSON: the text ends early at line 1, column 6 (is the file cut off?)');
    expect(refusal('{"a": "x\ny"}')).toMatch(/control character inside a string at line 1, column 9 \(a line break inside quotes\?\)/);
  });

  it.each([
    ['[]', 'an array'],
    ['42', 'a number'],
    ['null', 'null'],
    ['"x"', 'a string'],
    ['true', 'a boolean'],
  ])('refuses %s: expected a map object, got %s', (text, got) => {
    expect(refusal(text)).toBe(`expected a map object with nodes and links, got ${got}`);
  });

  it('refuses parsed values that are not map objects, naming what they are', () => {
    expect(refusal(undefined)).toBe('expected a map object with nodes and links, got nothing');
    expect(refusal([1])).toBe('expected a map object with nodes and links, got an array');
    expect(refusal(new Date(0))).toBe('expected a map object with nodes and links, got a Date object');
    expect(refusal(new Map())).toBe('expected a map object with nodes and links, got a Map object');
  });

  it('refuses an object with no format and no nodes as not a map', () => {
    expect(refusal('{}')).toBe('not an Ecosystem Mapper map: it has no "format" and no "nodes"');
  });

  it('refuses a missing or different format', () => {
    expect(refusal({ nodes: [], links: [] })).toBe('format: missing; an Ecosystem Mapper map says "format": "ecosystem-map"');
    expect(refusal({ format: 'excalidraw', nodes: [], links: [] })).toBe('format: "excalidraw" is not "ecosystem-map"; this is not an Ecosystem Mapper map');
  });

  it('refuses a newer format version and asks for an update', () => {
    expect(refusal(doc([], [], { version: 999 }))).toBe(
      'made by a newer version of Ecosystem Mapper (format version 999; this one reads up to 1) — update the app to open it',
    );
  });

  it('refuses a version that is not a whole number', () => {
    expect(refusal(doc([], [], { version: '1' }))).toBe('version: "1" is not a format version (a whole number such as 1)');
    expect(refusal(doc([], [], { version: 0.5 }))).toMatch(/^version: 0.5 is not a format version/);
  });

  it('refuses missing or non-list nodes and links', () => {
    expect(refusal({ format: 'ecosystem-map', version: 1, links: [] })).toBe('nodes: missing; a map lists its nodes in "nodes": [ … ]');
    expect(refusal({ format: 'ecosystem-map', version: 1, nodes: {}, links: [] })).toBe('nodes: expected a list of nodes, got an object');
    expect(refusal({ format: 'ecosystem-map', version: 1, nodes: [] })).toBe('links: missing; a map lists its links between them in "links": [ … ]');
    expect(refusal({ format: 'ecosystem-map', version: 1, nodes: [], links: 'a>b' })).toBe('links: expected a list of links between them, got a string');
  });

  it('refuses a node kind that is not platform, service or partner, naming the node', () => {
    expect(refusal(doc([node('a'), node('b'), node('c', 'widget')]))).toBe('nodes[2].kind: "widget" is not platform, service or partner');
    expect(refusal(doc([{ id: 'a', name: 'A' }]))).toBe('nodes[0].kind: missing; expected platform, service or partner');
  });

  it('refuses a node with no id and no name', () => {
    expect(refusal(doc([node('a'), { kind: 'service', value: 3 }]))).toBe('nodes[1]: has no id and no name');
    expect(refusal(doc([{ kind: 'service', id: '', name: '   ' }]))).toBe('nodes[0]: has no id and no name');
  });

  it('refuses a node that is not an object', () => {
    expect(refusal(doc([node('a'), 'b']))).toBe('nodes[1]: expected a node object, got a string');
  });

  it('refuses a node id too long to be a reference', () => {
    expect(refusal(doc([node('x'.repeat(300))]))).toBe('nodes[0].id: 300 characters long; ids may be up to 256');
  });

  it('refuses too many nodes or links, stating the limit', () => {
    const nodes = [node('a'), node('b'), node('c')];
    expect(refusal(doc(nodes), { limits: { maxNodes: 2 } })).toBe('too many nodes: 3 (this app opens maps of up to 2 nodes)');
    const links = [{ source: 'a', target: 'b', kind: 'supports' }, { source: 'b', target: 'c', kind: 'supports' }];
    expect(refusal(doc(nodes, links), { limits: { maxLinks: 1 } })).toBe('too many links: 2 (this app opens maps of up to 1 links)');
  });

  it('refuses too many bytes, stating the limit, before parsing', () => {
    expect(refusal('{"nodes": [', { limits: { maxBytes: 5 } })).toBe('the file is too large: 11 bytes (this app opens files up to 5 bytes)');
    expect(refusal(new Uint8Array(3_000_000).fill(0x20), { limits: { maxBytes: 2_000_000 } })).toBe(
      'the file is too large: 3 MB (this app opens files up to 2 MB)',
    );
  });

  it('has default limits that let a 100,000-node, 300,000-link map in', () => {
    expect(MAX_NODES).toBeGreaterThanOrEqual(100_000);
    expect(MAX_LINKS).toBeGreaterThanOrEqual(300_000);
    // Such a map is about 30 MB compact and over 50 MB pretty-printed with positions.
    expect(MAX_BYTES).toBeGreaterThanOrEqual(150_000_000);
  });

  it('refuses, never throws, when a parsed value fights back', () => {
    const hostile = { format: 'ecosystem-map', version: 1, links: [] };
    Object.defineProperty(hostile, 'nodes', { enumerable: true, get: () => { throw new Error('no access'); } });
    expect(refusal(hostile)).toBe('could not read the map: no access');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(proxy)).toMatch(/^could not read the map: /);
  });
});
