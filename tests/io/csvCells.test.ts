import { describe, expect, it } from 'vitest';
import { guardCell, parseAmount, parseFlag, parseKind, quoteField, slugify, unguardCell } from '../../src/io/csvCells.ts';

describe('guardCell and unguardCell', () => {
  it('guardCell prefixes with \' a cell starting with =, +, -, @, tab or carriage return', () => {
    expect(['=1', '+1', '-1', '@a', '\ta', '\ra'].map(guardCell)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\ta", "'\ra"]);
  });

  it('guardCell leaves other text alone, and adds one more \' before \'=', () => {
    expect(['a=1', "'a", '', "'=1", "''+1"].map(guardCell)).toEqual(['a=1', "'a", '', "''=1", "'''+1"]);
  });

  it('unguardCell(guardCell(text)) is text', () => {
    for (const text of ['=1', "'=1", "''=1", "'a", 'a', '-', "'", '@']) expect(unguardCell(guardCell(text))).toBe(text);
  });
});

describe('quoteField', () => {
  it('quotes a field holding a comma, quote or line break, or with edge spaces, doubling quotes', () => {
    expect(['a', 'a,b', 'say "hi"', 'a\nb', 'a\rb', ' a', 'a;b'].map(quoteField)).toEqual(['a', '"a,b"', '"say ""hi"""', '"a\nb"', '"a\rb"', '" a"', 'a;b']);
  });
});

describe('parseAmount', () => {
  it('reads numbers as people type them', () => {
    expect(['0', '12', '1,200', '1,234,567.5', '$1,200', '€ 5', '1 200 €', '1.5e3', '.5', '+3'].map(parseAmount)).toEqual([
      0, 12, 1200, 1234567.5, 1200, 5, 1200, 1500, 0.5, 3,
    ]);
  });

  it('reads nothing from text that is not clearly a number', () => {
    expect(['lots', '1,5', '12,34', '1.2.3', '0x10', 'Infinity', '1e999', '', '--1'].map(parseAmount)).toEqual(Array(9).fill(undefined));
  });
});

describe('parseKind and parseFlag', () => {
  it('parseKind reads a kind in any case, singular or plural', () => {
    expect(['Platform', 'SERVICES', ' partner ', 'platformss', 'svc'].map(parseKind)).toEqual(['platform', 'service', 'partner', undefined, undefined]);
  });

  it('parseFlag reads yes and no as people write them', () => {
    expect(['TRUE', 'yes', 'x', '1', 'false', 'No', '0', 'maybe'].map(parseFlag)).toEqual([true, true, true, true, false, false, false, undefined]);
  });
});

describe('slugify', () => {
  it('makes lower-case ids of letters and digits joined by -', () => {
    expect(['Pay & Go', '  Crème Brûlée ', 'API v2.1', '支付 平台', '!!!'].map(slugify)).toEqual(['pay-go', 'creme-brulee', 'api-v2-1', '支付-平台', 'node']);
  });
});
