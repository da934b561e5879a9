import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTree } from '../../../src/io/export/exportTree.ts';
import { escapeXmlText, svgMarkup } from '../../../src/io/export/svgMarkup.ts';
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
    expect(escapeXmlText('a\u0000b\u001fc\ufffed\ud800e😀<&>"\'')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde😀&lt;&amp;&gt;&quot;&#39;');
    expect(escapeXmlText('tab\tnew\nline\r')).toBe('tab\tnew\nline\r');
    expect(escapeXmlText('\udc00\ud800')).toBe('\ufffd\ufffd');
  });
});
