import { describe, expect, it } from 'vitest';
import { formatReferences, readReferences } from '../../src/io/csvReferences.ts';

const known = (...names: string[]) => (entry: string) => (names.includes(entry) ? entry : undefined);

describe('readReferences', () => {
  it('splits a list on ; or , and trims each entry', () => {
    expect(readReferences(' a ;b,  c ', known('a', 'b', 'c'))).toEqual({ found: ['a', 'b', 'c'], unmatched: [] });
  });

  it('ignores empty entries', () => {
    expect(readReferences('a;; ,b;', known('a', 'b'))).toEqual({ found: ['a', 'b'], unmatched: [] });
  });

  it('joins pieces until they name a row, so names may hold separators', () => {
    expect(readReferences('Acme, Inc.; Pay', known('Acme, Inc.', 'Pay'))).toEqual({ found: ['Acme, Inc.', 'Pay'], unmatched: [] });
  });

  it('takes the shortest name that matches first', () => {
    expect(readReferences('a, b', known('a', 'b', 'a, b'))).toEqual({ found: ['a', 'b'], unmatched: [] });
  });

  it('reads a quoted entry whole, with doubled quotes', () => {
    expect(readReferences('"a, b"; "say ""hi"""', known('a, b', 'say "hi"'))).toEqual({ found: ['a, b', 'say "hi"'], unmatched: [] });
  });

  it('lists entries that name no row, as written', () => {
    expect(readReferences('Paymnts; a; "x, y"', known('a'))).toEqual({ found: ['a'], unmatched: ['Paymnts', 'x, y'] });
  });

  it('reads a quote that is not a whole entry as text', () => {
    expect(readReferences('"open; a"b', known('"open', 'a"b'))).toEqual({ found: ['"open', 'a"b'], unmatched: [] });
  });
});

describe('formatReferences', () => {
  it('joins ids with "; " and quotes those holding a separator or a quote', () => {
    expect(formatReferences(['pay', 'a, b', 'c;d', 'say "hi"'])).toBe('pay; "a, b"; "c;d"; "say ""hi"""');
  });

  it('writes what readReferences reads back', () => {
    const ids = ['pay', 'a, b', 'a', 'b', '"', 'x;y', "'=1"];
    expect(readReferences(formatReferences(ids), known(...ids)).found).toEqual(ids);
  });
});
