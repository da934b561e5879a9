import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mapFromCsv, mapToCsv } from '../../src/io/csv.ts';
import { mapFrom } from '../../src/model/create.ts';
import type { MapNode } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';

const node = (id: string, extra: Partial<MapNode> = {}): MapNode => ({ id, name: id, kind: 'service', value: 0, ...extra });
const cells = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',', newline: '\r\n' }).data;

describe('mapToCsv', () => {
  it('writes the header, then one row per node, each line ending in CRLF', () => {
    const csv = mapToCsv(mapOf('pay>checkout', 'checkout:service=1200'));
    expect(csv).toBe(
      'id,name,kind,value,owner,tags,description,url,supported by,collaborates with\r\n' +
        'pay,pay,platform,0,,,,,,\r\n' +
        'checkout,checkout,service,1200,,,,,pay,\r\n',
    );
  });

  it('lists supporter ids in `supported by` and a collaboration on its source row, weights left out', () => {
    const rows = cells(mapToCsv(mapOf('pay>shop*3', 'id>shop', 'shop~ads', 'ads~pay')));
    expect(rows.map((r) => [r[0], r[8], r[9]])).toEqual([
      ['id', 'supported by', 'collaborates with'],
      ['pay', '', ''],
      ['shop', 'pay; id', 'ads'],
      ['id', '', ''],
      ['ads', '', 'pay'],
    ]);
  });

  it('writes owner, tags, description and url as text', () => {
    const map = mapFrom([node('a', { owner: 'Ann', tags: ['core', 'web'], description: 'Line one\nline "two", more', url: 'https://a.example' })], []);
    expect(cells(mapToCsv(map))[1]).toEqual(['a', 'a', 'service', '0', 'Ann', 'core; web', 'Line one\nline "two", more', 'https://a.example', '', '']);
  });

  it('adds `scope` only when a partner has one, and x, y, pinned only when a node has them', () => {
    expect(cells(mapToCsv(mapFrom([node('a')], [])))[0]).toHaveLength(10);
    const map = mapFrom([node('p', { kind: 'partner', scope: 'external' }), node('s', { x: -12.5, y: 3, pinned: true })], []);
    const rows = cells(mapToCsv(map));
    expect(rows.map((r) => r.slice(10))).toEqual([
      ['scope', 'x', 'y', 'pinned'],
      ['external', '', '', ''],
      ['', '-12.5', '3', 'true'],
    ]);
  });

  it('quotes an id holding a separator or a quote inside `supported by`', () => {
    const map = mapFrom([node('a, b'), node('say "hi"'), node('c')], [
      { source: 'a, b', target: 'c', kind: 'supports', weight: 1 },
      { source: 'say "hi"', target: 'c', kind: 'supports', weight: 1 },
    ]);
    expect(cells(mapToCsv(map))[3]?.[8]).toBe('"a, b"; "say ""hi"""');
  });

  it('prefixes with \' every text cell that starts with =, +, -, @, tab or carriage return, so no spreadsheet runs it', () => {
    const names = ['=HYPERLINK("http://evil","click")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'=already"];
    const map = mapFrom(names.map((name, i) => node(`n${i}`, { name, description: name })), []);
    const rows = cells(mapToCsv(map)).slice(1);
    expect(rows.map((r) => r[1])).toEqual(names.map((n) => `'${n}`));
    expect(rows.every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('writes formula-looking text that reads back intact', () => {
    const names = ['=HYPERLINK("http://evil","click")', '+1', '-2+3', '@SUM(A1)', "'=already", "'plain", '=cmd|\' /C calc\'!A0'];
    const map = mapFrom(
      names.map((name, i) => node(`=id${i}`, { name, description: name, owner: name, tags: [name] })),
      [{ source: '=id0', target: '=id1', kind: 'supports', weight: 1 }],
    );
    const result = mapFromCsv(mapToCsv(map));
    expect(result.ok && result.map.nodes).toEqual(map.nodes);
    expect(result.ok && result.map.links).toEqual(map.links);
  });
});
