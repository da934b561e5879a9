import { describe, expect, it } from 'vitest';
import { el } from '../../src/views/element.ts';
import { toSvgString } from '../../src/views/toSvgString.ts';
import { mapView } from '../../src/views/mapView.ts';
import { LIGHT } from '../../src/views/theme.ts';
import { mapFrom } from '../../src/model/create.ts';

describe('toSvgString', () => {
  it('writes elements with their attributes and children', () => {
    expect(toSvgString(el('g', { 'stroke-width': 2 }, [el('circle', { r: 3 }), 'hi']))).toBe('<g stroke-width="2"><circle r="3"/>hi</g>');
  });

  it('escapes text and attribute values', () => {
    expect(toSvgString(el('text', { 'data-id': '"><script>' }, ['<b>&</b>']))).toBe(
      '<text data-id="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</text>',
    );
  });

  it('drops event handler and malformed attribute names', () => {
    expect(toSvgString(el('g', { onload: 'alert(1)', 'x y': 1, ok: 1 }))).toBe('<g ok="1"/>');
  });

  it('draws hostile node names as inert text', () => {
    const map = mapFrom([{ id: 'x', kind: 'service', name: '<script>alert(1)</script>', value: 1 }], []);
    const svg = toSvgString(mapView(map, new Map([['x', { x: 0, y: 0 }]]), LIGHT));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });
});
