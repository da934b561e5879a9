import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapFromCsv } from '../../src/io/csv.ts';
import type { CsvImport } from '../../src/io/csv.ts';
import type { EcoMap } from '../../src/model/types.ts';

/** A sheet from its lines, LF-separated. */
const sheet = (...lines: string[]) => lines.join('\n');

function imported(result: CsvImport): Extract<CsvImport, { ok: true }> {
  if (!result.ok) throw new Error(`expected the sheet to import, got: ${result.error}`);
  return result;
}

function refused(result: CsvImport): string {
  if (result.ok) throw new Error('expected the sheet to be refused');
  return result.error;
}

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));
const ids = (map: EcoMap) => map.nodes.map((n) => n.id);
const links = (map: EcoMap) => map.links.map((l) => `${l.source}${l.kind === 'supports' ? '>' : '~'}${l.target}`);

describe('mapFromCsv reads a sheet', () => {
  it('makes one node per row, and supports links from `supported by`', () => {
    const { map, warnings, rows } = imported(
      mapFromCsv(
        sheet(
          'name,kind,value,owner,tags,description,url,supported by',
          'Payments,platform,,Finance,core; money,Takes cards,https://pay.example,',
          'Checkout,service,1200,Shop,web,,,Payments',
        ),
        { title: 'Acme' },
      ),
    );
    expect(warnings).toEqual([]);
    expect(rows).toBe(2);
    expect(map.title).toBe('Acme');
    expect(map.nodes).toEqual([
      { id: 'payments', kind: 'platform', name: 'Payments', value: 0, owner: 'Finance', tags: ['core', 'money'], description: 'Takes cards', url: 'https://pay.example' },
      { id: 'checkout', kind: 'service', name: 'Checkout', value: 1200, owner: 'Shop', tags: ['web'] },
    ]);
    expect(map.links).toEqual([{ source: 'payments', target: 'checkout', kind: 'supports', weight: 1 }]);
  });

  it('matches headers ignoring case, spaces and underscores, and takes `built on` and `depends on` for `supported by`', () => {
    for (const header of ['Supported_By', 'SUPPORTED BY', 'built on', 'Depends_On', 'supportedby']) {
      const { map } = imported(mapFromCsv(sheet(`  NAME ,K i n d,${header}`, 'Pay,platform,', 'Shop,service,Pay')));
      expect(links(map)).toEqual(['pay>shop']);
    }
  });

  it('reads a kind in any case, singular or plural', () => {
    const { map } = imported(mapFromCsv(sheet('name,kind', 'a,PLATFORM', 'b,Services', 'c, partners ', 'd,Partner')));
    expect(map.nodes.map((n) => n.kind)).toEqual(['platform', 'service', 'partner', 'partner']);
  });

  it('calls the map "Imported map" when no title is given', () => {
    expect(imported(mapFromCsv(sheet('name,kind', 'a,service'))).map.title).toBe('Imported map');
  });
});

describe('mapFromCsv settles ids', () => {
  it('derives an id from the name as a slug, suffixing -2, -3 on collision', () => {
    const { map } = imported(mapFromCsv(sheet('name,kind', 'Pay & Go,platform', 'Crème Brûlée,service', 'pay go,service', 'PAY-GO,service', '!!!,service')));
    expect(ids(map)).toEqual(['pay-go', 'creme-brulee', 'pay-go-2', 'pay-go-3', 'node']);
  });

  it('keeps the ids the sheet gives; a slug never takes one of them', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('id,name,kind', ',Payments,platform', 'payments,Wallet,service')));
    expect(ids(map)).toEqual(['payments-2', 'payments']);
    expect(warnings).toEqual([]);
  });

  it('renames an id the sheet repeats, with a warning, and links by that id go to its first row', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('id,name,kind,supported by', 'pay,Payments,platform,', 'pay,Wallet,platform,', 'shop,Shop,service,pay')));
    expect(ids(map)).toEqual(['pay', 'pay-2', 'shop']);
    expect(links(map)).toEqual(['pay>shop']);
    expect(warnings).toEqual([{ path: 'row 3', message: 'id "pay" is already used by row 2; renamed "pay-2"' }]);
  });
});

describe('mapFromCsv reads values', () => {
  it('reads an empty value as 0, and "1,200", "$1,200", "1 200 €", "1.5e3" as numbers', () => {
    const { map, warnings } = imported(
      mapFromCsv(sheet('name,kind,value', 'a,service,', 'b,service,"1,200"', 'c,service,"$1,200"', 'd,service,1 200 €', 'e,service,1.5e3', 'f,service,0.25')),
    );
    expect(map.nodes.map((n) => n.value)).toEqual([0, 1200, 1200, 1200, 1500, 0.25]);
    expect(warnings).toEqual([]);
  });

  it('sets a value that is not a number, or is below 0, to 0 with a warning', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,Value', 'a,service,lots', 'b,service,"1,5"', 'c,service,-3')));
    expect(map.nodes.map((n) => n.value)).toEqual([0, 0, 0]);
    expect(warnings).toEqual([
      { path: 'row 2', message: 'Value "lots" is not a number; set to 0' },
      { path: 'row 3', message: 'Value "1,5" is not a number; set to 0' },
      { path: 'row 4', message: 'Value "-3" is below 0; set to 0' },
    ]);
  });

  it('reads scope for partners, and x, y and pinned', () => {
    const { map, warnings } = imported(
      mapFromCsv(sheet('name,kind,scope,x,y,pinned', 'a,partner,External,1.5,-2,yes', 'b,partner,internal,,,no', 'c,service,internal,,,', 'd,partner,abroad,east,,maybe')),
    );
    expect(map.nodes).toEqual([
      { id: 'a', name: 'a', kind: 'partner', value: 0, scope: 'external', x: 1.5, y: -2, pinned: true },
      { id: 'b', name: 'b', kind: 'partner', value: 0, scope: 'internal', pinned: false },
      { id: 'c', name: 'c', kind: 'service', value: 0 },
      { id: 'd', name: 'd', kind: 'partner', value: 0 },
    ]);
    expect(warnings).toEqual([
      { path: 'row 4', message: 'scope applies to partners only; left out' },
      { path: 'row 5', message: 'scope "abroad" is not internal or external; left out' },
      { path: 'row 5', message: 'x "east" is not a number; left out' },
      { path: 'row 5', message: 'pinned "maybe" is not yes or no; left out' },
    ]);
  });

  it('reads a formula-looking cell as text, and strips the leading quote export adds', () => {
    const { map } = imported(
      mapFromCsv(sheet('name,kind,description', '"=HYPERLINK(""http://x"",""y"")",service,\'=1+2', "'hello,service,'@home", "'+1,service,''=x")),
    );
    expect(map.nodes.map((n) => [n.name, n.description])).toEqual([
      ['=HYPERLINK("http://x","y")', '=1+2'],
      ["'hello", '@home'],
      ['+1', "'=x"],
    ]);
  });
});

describe('mapFromCsv reads links', () => {
  it('finds supporters by id or by name, in any case, separated by ; or ,', () => {
    const { map, warnings } = imported(
      mapFromCsv(sheet('id,name,kind,supported by', 'pay,Payments,platform,', 'id,Identity,platform,', 'shop,Shop,service,"PAYMENTS, ID"', 'app,App,service,payments;identity ; Shop')),
    );
    expect(warnings).toEqual([]);
    expect(links(map)).toEqual(['pay>shop', 'id>shop', 'pay>app', 'id>app', 'shop>app']);
  });

  it('leaves out a link to a name that matches no row, with a warning on its row', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,supported by', 'Payments,platform,', 'Checkout,service,Paymnts; payments')));
    expect(links(map)).toEqual(['payments>checkout']);
    expect(warnings).toEqual([{ path: 'row 3', message: 'supported by "Paymnts" matches no row; link left out' }]);
  });

  it('reads names that hold commas or semicolons', () => {
    const { map } = imported(mapFromCsv(fixture('sheets-comma.csv')));
    expect(ids(map)).toEqual(['acme-inc', 'pay', 'checkout']);
    expect(links(map)).toEqual(['acme-inc~checkout', 'pay>checkout', 'acme-inc>checkout']);
  });

  it('makes one link of a collaboration listed on both rows', () => {
    const { map } = imported(mapFromCsv(sheet('name,kind,collaborates with', 'a,partner,b', 'b,partner,a', 'c,partner,a;a')));
    expect(links(map)).toEqual(['a~b', 'c~a']);
    expect(map.links.every((l) => l.weight === 1)).toBe(true);
  });

  it('quotes a long or multi-line entry short in its warning', () => {
    const { warnings } = imported(mapFromCsv(sheet('name,kind,supported by', `a,service,"${'x'.repeat(1000)}\nmore"`)));
    expect(warnings).toEqual([{ path: 'row 2', message: `supported by "${'x'.repeat(40)}…" matches no row; link left out` }]);
  });

  it('leaves out a row that names itself, with a warning', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,supported by', 'a,platform,a')));
    expect(map.links).toEqual([]);
    expect(warnings).toEqual([{ path: 'row 2', message: 'supported by "a" is this row itself; link left out' }]);
  });

  it('links a name two rows share to the first of them, with a warning', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,Built On', 'Core,platform,', 'Core,platform,', 'App,service,core')));
    expect(links(map)).toEqual(['core>app']);
    expect(warnings).toEqual([{ path: 'row 4', message: 'Built On "core" matches rows 2, 3; linked to row 2' }]);
  });
});

describe('mapFromCsv passes the sheet through restore', () => {
  it('reports what restore repaired by row, in row order with the sheet\'s own warnings', () => {
    const long = 'N'.repeat(250);
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,url,value', 'a,service,javascript:alert(1),', `${long},service,,x`, 'c,gadget,,')));
    expect(map.nodes.map((n) => [n.name.length, n.url])).toEqual([
      [1, undefined],
      [200, undefined],
    ]);
    expect(warnings).toEqual([
      { path: 'row 2', message: 'url: "javascript:alert(1)" is not an http, https or mailto link; dropped' },
      { path: 'row 3', message: 'value "x" is not a number; set to 0' },
      { path: 'row 3', message: 'name: 250 characters long; cut to 200' },
      { path: 'row 4', message: 'kind "gadget" is not platform, service or partner; row left out' },
    ]);
  });

  it('replaces an id too long to keep by a slug of the name, and links by the written id still find the row', () => {
    const long = 'i'.repeat(300);
    const { map, warnings } = imported(mapFromCsv(sheet('id,name,kind,supported by', `${long},Core,platform,`, `,App,service,${long}`)));
    expect(links(map)).toEqual(['core>app']);
    expect(warnings).toEqual([{ path: 'row 2', message: 'id is 300 characters long, past the 256 allowed; replaced by "core"' }]);
  });

  it('keeps a slug short however long the name', () => {
    const { map } = imported(mapFromCsv(sheet('name,kind', `${'word '.repeat(100)},service`)));
    expect(map.nodes[0]?.id).toHaveLength(64);
  });
});

describe('mapFromCsv reads what spreadsheets write', () => {
  it('reads an Excel file: BOM, semicolons, CRLF, a line break inside a quoted cell', () => {
    const { map, warnings } = imported(mapFromCsv(fixture('excel-semicolon.csv')));
    expect(warnings).toEqual([]);
    expect(map.nodes).toEqual([
      { id: 'payments', kind: 'platform', name: 'Payments', value: 0, owner: 'Finance', tags: ['core', 'money'], description: 'Takes cards;\r\nand wallets' },
      { id: 'checkout', kind: 'service', name: 'Checkout', value: 1200, owner: 'Shop team', tags: ['web'], description: 'Buys "things"' },
      { id: 'search', kind: 'service', name: 'Search', value: 300 },
    ]);
    expect(links(map)).toEqual(['payments>checkout', 'payments>search']);
  });

  it('reads the same file given as text with its BOM', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(fixture('excel-semicolon.csv'));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(imported(mapFromCsv(text)).map.nodes).toHaveLength(3);
  });

  it('reads tab-separated text pasted from a spreadsheet', () => {
    const { map } = imported(mapFromCsv(fixture('pasted.tsv')));
    expect(links(map)).toEqual(['data-lake>reports']);
  });

  it('reads UTF-16 with its BOM, as Excel saves "Unicode text"', () => {
    const text = '\ufeffname\tkind\r\nCafé\tservice\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) bytes[i * 2] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i += 1) bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    expect(imported(mapFromCsv(bytes)).map.nodes[0]?.name).toBe('Café');
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a warning', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name,kind\nCaf'), 0xe9, ...new TextEncoder().encode(',service\n')]);
    const { map, warnings } = imported(mapFromCsv(bytes));
    expect(map.nodes[0]?.name).toBe('Café');
    expect(warnings).toEqual([{ path: 'file', message: expect.stringContaining('not UTF-8') }]);
  });

  it('keeps row numbers as a spreadsheet shows them across blank lines and quoted line breaks', () => {
    const { warnings } = imported(mapFromCsv(sheet('name,kind,description', 'a,service,"two', 'lines"', '', 'b,gadget,', 'c,service,')));
    expect(warnings).toEqual([{ path: 'row 4', message: 'kind "gadget" is not platform, service or partner; row left out' }]);
  });

  it('reads a ragged row sensibly and says so', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,value,owner', 'a,service', 'b,service,5,Ann,extra', 'c,service,7,,,,')));
    expect(map.nodes.map((n) => [n.name, n.value, n.owner])).toEqual([
      ['a', 0, undefined],
      ['b', 5, 'Ann'],
      ['c', 7, undefined],
    ]);
    expect(warnings).toEqual([
      { path: 'row 2', message: "has 2 of the header's 4 cells; the missing cells are read as empty" },
      { path: 'row 3', message: 'has 5 cells but the header has 4; the cells past the last column are left out' },
    ]);
  });

  it('warns once about a column it does not read, and about a repeated column', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,Colour,Name', 'a,service,red,b')));
    expect(map.nodes[0]?.name).toBe('a');
    expect(warnings).toEqual([
      { path: 'row 1', message: 'column "Colour" is not one this app reads; left out' },
      { path: 'row 1', message: 'column "Name" repeats an earlier column; only the first is read' },
    ]);
  });

  it('reads a quote that is never closed without throwing, and says so', () => {
    const { map, warnings } = imported(mapFromCsv(sheet('name,kind,description', 'a,service,"open', 'b,service,')));
    expect(map.nodes.map((n) => n.name)).toEqual(['a']);
    expect(warnings.map((w) => w.message)).toContain('a quote is never closed; the rest of the file is read into one cell');
  });
});

describe('mapFromCsv refuses what it cannot read', () => {
  it('refuses a sheet with no name column, listing the columns it found', () => {
    expect(refused(mapFromCsv(sheet('id,title,type', 'a,A,service')))).toBe(
      'The sheet has no "name" column (the header row must name one). Columns found: "id", "title", "type".',
    );
  });

  it('refuses a sheet with no kind column', () => {
    expect(refused(mapFromCsv(sheet('Name,Value', 'a,1')))).toMatch(/no "kind" column.*Columns found: "Name", "Value"/);
  });

  it('skips rows with an unknown kind or no name, and refuses when no row is left', () => {
    const error = refused(mapFromCsv(sheet('name,kind', 'a,gadget', ',service', 'c,')));
    expect(error).toBe(
      'None of the sheet\'s 3 rows could be read (row 2: kind "gadget" is not platform, service or partner; row left out; row 3: has no name; row left out; row 4: has no kind; row left out).',
    );
  });

  it('refuses an empty file and a header with no rows', () => {
    expect(refused(mapFromCsv(''))).toBe('The file is empty.');
    expect(refused(mapFromCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])))).toBe('The file is empty.');
    expect(refused(mapFromCsv('name,kind\r\n\r\n'))).toBe('The sheet has a header row but no rows below it.');
  });

  it('refuses a 20 MB file with its size, before parsing it', () => {
    const row = 'Checkout,service,1200,Shop team,web,"A long description, with commas"\n';
    const text = `name,kind,value,owner,tags,description\n${row.repeat(Math.ceil((20 * 1024 * 1024) / row.length))}`;
    const bytes = new TextEncoder().encode(text);
    const started = performance.now();
    expect(refused(mapFromCsv(text))).toBe('The file is 20.0 MB; a spreadsheet can be at most 10.0 MB.');
    expect(refused(mapFromCsv(bytes))).toBe('The file is 20.0 MB; a spreadsheet can be at most 10.0 MB.');
    // Parsing 20 MB takes seconds; refusing by size alone takes a moment.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('measures a string in UTF-8 bytes: 6 million "é" are 11.4 MB', () => {
    const text = `name,kind,description\na,service,${'é'.repeat(6_000_000)}\n`;
    expect(text.length).toBeLessThan(10 * 1024 * 1024);
    expect(refused(mapFromCsv(text))).toMatch(/^The file is 11\.4 MB/);
  });

  it('never throws, whatever the bytes', () => {
    for (const bytes of [new Uint8Array([0, 1, 2, 255, 34, 10, 13]), new Uint8Array([0xff, 0xfe, 0x00])]) {
      expect(() => mapFromCsv(bytes)).not.toThrow();
    }
  });
});
