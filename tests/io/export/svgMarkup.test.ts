import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTree } from '../../../src/io/export/exportTree.ts';
import { svgMarkup } from '../../../src/io/export/svgMarkup.ts';
import { el } from '../../../src/views/element.ts';
import { toSvgString } from '../../../src/views/toSvgString.ts';
import { inputOf, shop } from './exportFixtures.ts';

describe('svgMarkup', () => {
  it('writes exactly what toSvgString writes for an export', () => {
    const { tree } = exportTree(inputOf(shop(), ['hub']), { flow: true });
    expect(svgMarkup(tree)).toBe(toSvgString(tree));
  });

  it('writes what toSvgString writes for any text that XML allows', () => {
    const xmlText = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s));
    fc.assert(
      fc.property(xmlText, xmlText, (text, value) => {
        const tree = el('g', { class: value, 'data-x': value, onclick: value, 'bad name': value, n: 1.5 }, [el('text', {}, [text]), text]);
        expect(svgMarkup(tree)).toBe(toSvgString(tree));
      }),
    );
  });

  it('writes what toSvgString writes when values repeat across elements and files, however many there are', () => {
    const value = fc.oneof(fc.constantFrom('<', '&amp;', '"x"', '1', 'a'), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: false }), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 700 }), (pairs) => {
        const tree = el('g', {}, pairs.map(([a, b]) => el('rect', { x: a, 'data-v': b, y: b })));
        expect(svgMarkup(tree)).toBe(toSvgString(tree));
      }),
      { numRuns: 40 },
    );
  });

  it('replaces what XML 1.0 forbids with U+FFFD and keeps surrogate pairs', () => {
    const escaped = (text: string) => [svgMarkup(el('text', {}, [text])), svgMarkup(el('g', { class: text }))];
    const written = (text: string) => [`<text>${text}</text>`, `<g class="${text}"/>`];
    expect(escaped('a\u0000b\u001fc\ufffed\ud800e😀<&>"\'')).toEqual(written('a\ufffdb\ufffdc\ufffdd\ufffde😀&lt;&amp;&gt;&quot;&#39;'));
    expect(escaped('tab\tnew\nline\r')).toEqual(written('tab\tnew\nline\r'));
    expect(escaped('\udc00\ud800')).toEqual(written('\ufffd\ufffd'));
    expect(escaped('\ud83d')).toEqual(written('\ufffd'));
    expect(escaped('é → 中文 \uffff\u0080')).toEqual(written('é → 中文 \ufffd\u0080'));
  });

  it('writes every number as String() does', () => {
    const tenths = fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map((n) => n / 10);
    const odd = fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 1e-7, -1e-7, 2 ** 31, -(2 ** 31), 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity);
    fc.assert(
      fc.property(fc.oneof(tenths, fc.double(), fc.integer(), odd), (n) => {
        expect(svgMarkup(el('rect', { x: n }))).toBe(`<rect x="${String(n)}"/>`);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a file of many chunks, text past ASCII among them, as toSvgString does', () => {
    const long = 'M0,0 L12.5,-3.25 '.repeat(5000);
    const tree = el('svg', {}, [
      el('path', { d: long }),
      ...Array.from({ length: 3000 }, (_, i) => el('text', { x: i / 10, class: i % 7 ? 'plain' : 'é·→' }, [i % 5 ? `node ${i}` : `名前 ${i} 😀 <${i}>`])),
    ]);
    expect(svgMarkup(tree)).toBe(toSvgString(tree));
  });

  it('writes raw content as it is', () => {
    const tree = el('svg', {}, [el('metadata', { id: 'm' }), el('g', {}, ['<&>'])]);
    expect(svgMarkup(tree, (e) => (e.tag === 'metadata' ? '{"a":"<b>é"}' : undefined))).toBe('<svg><metadata id="m">{"a":"<b>é"}</metadata><g>&lt;&amp;&gt;</g></svg>');
  });
});
