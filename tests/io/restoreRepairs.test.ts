import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '../../src/io/limits.ts';
import { doc, restored } from './restoreHelpers.ts';

const node = (id: string, more: Record<string, unknown> = {}) => ({ id, kind: 'service', name: id, ...more });
const link = (source: string, target: string, more: Record<string, unknown> = {}) => ({ source, target, kind: 'supports', ...more });

describe('restoreMap repairs what it can and says what it did', () => {
  it('renames a repeated node id, and links keep pointing at the first node', () => {
    const { map, repairs } = restored(doc([node('pay', { name: 'Payments' }), node('pay', { name: 'Payroll' }), node('shop')], [link('pay', 'shop')]));
    expect(map.nodes.map((n) => [n.id, n.name])).toEqual([['pay', 'Payments'], ['pay-2', 'Payroll'], ['shop', 'shop']]);
    expect(map.links).toEqual([{ source: 'pay', target: 'shop', kind: 'supports', weight: 1 }]);
    expect(repairs).toEqual(['nodes[1].id: "pay" is already the id of nodes[0]; renamed "pay-2"']);
  });

  it('never renames a repeated id onto an id a later node states', () => {
    const { map } = restored(doc([node('pay'), node('pay'), node('pay-2')]));
    expect(map.nodes.map((n) => n.id)).toEqual(['pay', 'pay-3', 'pay-2']);
  });

  it('makes a missing id from the name, and links naming the node by that name find it', () => {
    const { map, repairs } = restored(doc([{ kind: 'platform', name: 'Payments Gateway' }, node('shop')], [link('Payments Gateway', 'shop')]));
    expect(map.nodes[0]).toEqual({ id: 'payments-gateway', kind: 'platform', name: 'Payments Gateway', value: 0 });
    expect(map.links).toEqual([{ source: 'payments-gateway', target: 'shop', kind: 'supports', weight: 1 }]);
    expect(repairs).toEqual([
      'nodes[0].id: missing; set to "payments-gateway" from the name',
      'links[0].source: "Payments Gateway" read as node "payments-gateway", whose id was made from that name',
    ]);
  });

  it('names a node with no name after its id', () => {
    const { map, repairs } = restored(doc([{ id: 'pay', kind: 'platform' }]));
    expect(map.nodes[0]?.name).toBe('pay');
    expect(repairs).toEqual(['nodes[0].name: no name; named after its id "pay"']);
  });

  it('drops links to nodes that do not exist', () => {
    const { map, repairs } = restored(doc([node('a'), node('b')], [link('a', 'b'), link('a', 'c'), link('x', 'b'), link('a', 'pay')]));
    expect(map.links).toHaveLength(1);
    expect(repairs).toEqual([
      'links[1].target: no node "c"; link dropped',
      'links[2].source: no node "x"; link dropped',
      'links[3].target: no node "pay"; link dropped',
    ]);
  });

  it('drops links from a node to itself', () => {
    const { map, repairs } = restored(doc([node('a')], [link('a', 'a')]));
    expect(map.links).toEqual([]);
    expect(repairs).toEqual(['links[0]: links "a" to itself; link dropped']);
  });

  it('drops repeated links; collaborates counts in either direction, supports does not', () => {
    const links = [
      link('a', 'b'),
      link('a', 'b', { weight: 2 }),
      link('b', 'a'),
      link('a', 'b', { kind: 'collaborates' }),
      link('b', 'a', { kind: 'collaborates' }),
    ];
    const { map, repairs } = restored(doc([node('a'), node('b')], links));
    expect(map.links.map((l) => `${l.source}${l.kind === 'supports' ? '>' : '~'}${l.target}`)).toEqual(['a>b', 'b>a', 'a~b']);
    expect(repairs).toEqual([
      'links[1]: repeats links[0] ("a" → "b", supports); dropped',
      'links[4]: repeats links[3] ("b" ~ "a", collaborates); dropped',
    ]);
  });

  it.each([
    [-5, '-5 is below 0; set to 0'],
    ['abc', '"abc" is not a number; set to 0'],
    [null, 'null is not a number; set to 0'],
    [Number.NaN, 'NaN is not a finite number; set to 0'],
    [Number.POSITIVE_INFINITY, 'Infinity is not a finite number; set to 0'],
  ])('resets value %s to 0', (value, message) => {
    const { map, repairs } = restored(doc([node('a', { value })]));
    expect(map.nodes[0]?.value).toBe(0);
    expect(repairs).toEqual([`nodes[0].value: ${message}`]);
  });

  it('resets a value of 1e400, which JSON reads as Infinity, to 0', () => {
    const { map, repairs } = restored('{"format":"ecosystem-map","version":1,"nodes":[{"id":"a","kind":"service","name":"A","value":1e400}],"links":[]}');
    expect(map.nodes[0]?.value).toBe(0);
    expect(repairs).toEqual(['nodes[0].value: Infinity is not a finite number; set to 0']);
  });

  it('reads a value written as a numeric string as its number', () => {
    const { map, repairs } = restored(doc([node('a', { value: ' 1200 ' })]));
    expect(map.nodes[0]?.value).toBe(1200);
    expect(repairs).toEqual(['nodes[0].value: " 1200 " read as the number 1200']);
  });

  it.each([[0], [-1], ['heavy'], [Number.NaN]])('resets weight %s to 1', (weight) => {
    const { map, repairs } = restored(doc([node('a'), node('b')], [link('a', 'b', { weight })]));
    expect(map.links[0]?.weight).toBe(1);
    expect(repairs).toEqual([expect.stringMatching(/^links\[0\]\.weight: .*; set to 1$/)]);
  });

  it('sets a missing link kind to supports, and reads kinds regardless of case', () => {
    const { map, repairs } = restored(doc([node('a'), node('b'), node('c')], [{ source: 'a', target: 'b' }, link('b', 'c', { kind: 'Collaborates' })]));
    expect(map.links.map((l) => l.kind)).toEqual(['supports', 'collaborates']);
    expect(repairs).toEqual(['links[0].kind: missing; set to "supports"', 'links[1].kind: "Collaborates" read as "collaborates"']);
  });

  it('cuts a 1 MB name to the limit, quickly, and quotes it short', () => {
    const started = performance.now();
    const { map, repairs } = restored(doc([node('a', { name: 'n'.repeat(1_048_576) })]));
    expect(performance.now() - started).toBeLessThan(500);
    expect(map.nodes[0]?.name).toHaveLength(MAX_NAME_LENGTH);
    expect(repairs).toEqual([`nodes[0].name: 1,048,576 characters long; cut to ${MAX_NAME_LENGTH}`]);
  });

  it('cuts over-long title, unit, description, owner and tags, counting an emoji as one character', () => {
    const long = (n: number) => '😀'.repeat(n);
    const chars = (text: string | undefined) => [...(text ?? '')].length;
    const { map, repairs } = restored(doc([node('a', { description: long(12_000), owner: long(300), tags: ['ok', long(150)] })], [], { title: long(300), unit: long(160) }));
    expect(chars(map.title)).toBe(200);
    expect(map.title).toBe(long(200));
    expect(chars(map.unit)).toBe(100);
    expect(chars(map.nodes[0]?.description)).toBe(10_000);
    expect(chars(map.nodes[0]?.owner)).toBe(200);
    expect(map.nodes[0]?.tags).toEqual(['ok', long(100)]);
    expect(repairs).toEqual([
      'title: 300 characters long; cut to 200',
      'unit: 160 characters long; cut to 100',
      'nodes[0].description: 12,000 characters long; cut to 10,000',
      'nodes[0].owner: 300 characters long; cut to 200',
      'nodes[0].tags[1]: 150 characters long; cut to 100',
    ]);
  });

  it('keeps a name of exactly the limit in emoji untouched', () => {
    const name = '😀'.repeat(MAX_NAME_LENGTH);
    expect(restored(doc([node('a', { name })]))).toMatchObject({ map: { nodes: [{ name }] }, repairs: [] });
  });

  it('keeps only http, https and mailto urls', () => {
    const urls = ['https://acme.example/pay', 'http://x.example', 'mailto:team@acme.example', 'javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'acme.example', 42];
    const { map, repairs } = restored(doc(urls.map((url, i) => node(`n${i}`, { url }))));
    expect(map.nodes.map((n) => n.url)).toEqual([...urls.slice(0, 3), undefined, undefined, undefined, undefined, undefined]);
    expect(repairs).toEqual([
      'nodes[3].url: "javascript:alert(1)" is not an http, https or mailto link; dropped',
      'nodes[4].url: "java\\tscript:alert(1)" is not an http, https or mailto link; dropped',
      'nodes[5].url: "data:text/html,<b>" is not an http, https or mailto link; dropped',
      'nodes[6].url: "acme.example" is not a full web address; dropped',
      'nodes[7].url: 42 is not text; dropped',
    ]);
  });

  it('drops an invalid scope, and any scope on a node that is not a partner', () => {
    const nodes = [node('p', { kind: 'partner', scope: 'external' }), node('q', { kind: 'partner', scope: 'galactic' }), node('s', { scope: 'internal' })];
    const { map, repairs } = restored(doc(nodes));
    expect(map.nodes.map((n) => n.scope)).toEqual(['external', undefined, undefined]);
    expect(repairs).toEqual(['nodes[1].scope: "galactic" is not internal or external; dropped', 'nodes[2].scope: only partners have a scope; dropped']);
  });

  it('drops coordinates that are not finite numbers, so the layout places the node', () => {
    const { map, repairs } = restored(doc([node('a', { x: Number.NaN, y: 12 }), node('b', { x: '3', y: Number.POSITIVE_INFINITY, pinned: 'yes' })]));
    expect(map.nodes).toEqual([
      { id: 'a', kind: 'service', name: 'a', value: 0, y: 12 },
      { id: 'b', kind: 'service', name: 'b', value: 0 },
    ]);
    expect(repairs).toEqual([
      'nodes[0].x: NaN is not a finite number; dropped',
      'nodes[1].x: "3" is not a finite number; dropped',
      'nodes[1].y: Infinity is not a finite number; dropped',
      'nodes[1].pinned: "yes" is not true or false; dropped',
    ]);
  });

  it('drops fields the format does not define from nodes and links', () => {
    const { map, repairs } = restored(doc([node('a', { color: 'red' }), node('b')], [link('a', 'b', { label: 'uses' })]));
    expect(map.nodes[0]).toEqual({ id: 'a', kind: 'service', name: 'a', value: 0 });
    expect(map.links[0]).toEqual({ source: 'a', target: 'b', kind: 'supports', weight: 1 });
    expect(repairs).toEqual(['nodes[0].color: not a field of this format; dropped', 'links[0].label: not a field of this format; dropped']);
  });

  it('keeps unknown top-level fields as plain JSON, after the fixed ones', () => {
    const { map, repairs } = restored(doc([node('a')], [], { views: [{ name: 'All', zoom: 1 }], theme: 'dark' }));
    expect(Object.keys(map)).toEqual(['format', 'version', 'title', 'nodes', 'links', 'views', 'theme']);
    expect(map).toMatchObject({ views: [{ name: 'All', zoom: 1 }], theme: 'dark' });
    expect(repairs).toEqual([]);
  });

  it('drops what is not plain JSON from unknown top-level fields', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const { map, repairs } = restored(doc([], [], { styles: cyclic, when: new Date(0), run: () => 1, list: [1, Number.NaN] }));
    expect(map).toMatchObject({ styles: { a: 1 }, list: [1, null] });
    expect(repairs).toEqual([
      'styles.self: refers back to itself; dropped',
      'when: Date is not plain JSON; dropped',
      'run: a function is not JSON; dropped',
      'list[1]: NaN is not a finite number; dropped',
    ]);
  });

  it('reads ids written as numbers as their text', () => {
    const { map, repairs } = restored(doc([{ id: 1, kind: 'platform', name: 'One' }, { id: 2, kind: 'service', name: 'Two' }], [{ source: 1, target: 2, kind: 'supports' }]));
    expect(map.links).toEqual([{ source: '1', target: '2', kind: 'supports', weight: 1 }]);
    expect(repairs).toEqual([
      'nodes[0].id: the number 1 read as the id "1"',
      'nodes[1].id: the number 2 read as the id "2"',
      'links[0].source: the number 1 read as the id "1"',
      'links[0].target: the number 2 read as the id "2"',
    ]);
  });

  it('drops links that are not objects or have no source', () => {
    const { map, repairs } = restored(doc([node('a'), node('b')], [42, { target: 'b' }, link('a', 'b')]));
    expect(map.links).toHaveLength(1);
    expect(repairs).toEqual(['links[0]: expected a link object, got a number; dropped', 'links[1].source: missing; link dropped']);
  });

  it('renames a repeated link id', () => {
    const { map, repairs } = restored(doc([node('a'), node('b'), node('c')], [link('a', 'b', { id: 'l1' }), link('b', 'c', { id: 'l1' })]));
    expect(map.links.map((l) => l.id)).toEqual(['l1', 'l1-2']);
    expect(repairs).toEqual(['links[1].id: "l1" is already the id of links[0]; renamed "l1-2"']);
  });

  it('fills defaults without a note: value 0, weight 1, title "Untitled map"', () => {
    const { map, repairs } = restored({ format: 'ecosystem-map', version: 1, nodes: [{ id: 'a', kind: 'platform', name: 'A' }, node('b')], links: [{ source: 'a', target: 'b', kind: 'supports' }] });
    expect(map.title).toBe('Untitled map');
    expect(map.nodes[0]?.value).toBe(0);
    expect(map.links[0]?.weight).toBe(1);
    expect(repairs).toEqual([]);
  });

  it('reads a document with no version as the current version, and says so', () => {
    const { map, repairs } = restored({ format: 'ecosystem-map', nodes: [], links: [] });
    expect(map.version).toBe(1);
    expect(repairs).toEqual(['version: missing; read as format version 1']);
  });

  it('gives back fresh objects: the input is never shared or changed', () => {
    const input = doc([node('a', { tags: ['x'] }), node('b')], [link('a', 'b')]);
    const before = structuredClone(input);
    const { map } = restored(input);
    expect(input).toEqual(before);
    expect(map.nodes[0]).not.toBe((input.nodes as unknown[])[0]);
    expect(map.nodes[0]?.tags).not.toBe(((input.nodes as { tags: string[] }[])[0])?.tags);
    expect(map.links[0]).not.toBe((input.links as unknown[])[0]);
  });

  it('gives the same map from a file as from the same document already parsed', () => {
    // Items of a file restore parsed itself are kept rather than copied: that must not show.
    const text = `{"format":"ecosystem-map","version":1,"title":"T","nodes":[
      {"id":"a","kind":"partner","name":"A","value":-0,"scope":"internal","x":-0,"y":3},
      {"id":"b","kind":"service","name":"B","description":"no value, so not in the copy's order"},
      {"kind":"service","id":"c","name":"C","value":2},
      {"id":"d","kind":"platform","name":"D","value":0,"tags":["t"]}],
      "links":[{"source":"a","target":"b","kind":"supports"},{"id":"l","source":"c","target":"d","kind":"collaborates","weight":2},
      {"weight":3,"source":"d","target":"a","kind":"supports"}]}`;
    const fromText = restored(text);
    const fromValue = restored(JSON.parse(text));
    expect(fromText).toEqual(fromValue);
    for (const map of [fromText.map, fromValue.map]) {
      expect(map.nodes.map((n) => Object.keys(n).join())).toEqual(['id,kind,name,value,scope,x,y', 'id,kind,name,value,description', 'id,kind,name,value', 'id,kind,name,value,tags']);
      expect(map.links.map((l) => Object.keys(l).join())).toEqual(['source,target,kind,weight', 'id,source,target,kind,weight', 'source,target,kind,weight']);
      expect(Object.is(map.nodes[0]?.value, 0) && Object.is(map.nodes[0]?.x, 0)).toBe(true);
    }
  });
});
