import { describe, expect, it } from 'vitest';
import { canvasParts, viewBoxOf } from '../../../src/io/export/canvasTree.ts';
import { exportTree } from '../../../src/io/export/exportTree.ts';
import { pngScale } from '../../../src/io/export/pngScale.ts';
import type { SvgChild, SvgElement } from '../../../src/views/element.ts';
import { LIGHT } from '../../../src/views/theme.ts';
import { findAll } from '../../views/svgQuery.ts';
import { inputOf, shop } from './exportFixtures.ts';

/** Every character 7 units wide, bold 8. */
const measure = (text: string, _size: number, weight: string) => [...text].length * (weight === '700' ? 8 : 7);
const every = (parts: SvgChild[], tag: string) => parts.flatMap((p) => findAll(p, tag));

describe('canvasParts', () => {
  const { tree, box } = exportTree(inputOf(shop(), ['hub']), { flow: true });
  const parts = canvasParts(tree, measure);

  it('keeps what a canvas paints and leaves out title, description, metadata and defs', () => {
    expect(parts.map((p) => p.tag)).toEqual(['rect', 'g']);
    expect(viewBoxOf(tree)).toEqual(box);
  });

  it('turns every arrow marker into a path at the line end, in the marker colour', () => {
    // The map's links, and the legend's two sample lines (one an arrow).
    const lines = every(parts, 'line');
    expect(lines.length).toBe(shop().links.length + 2);
    expect(lines.every((l) => l.attrs['marker-end'] === undefined)).toBe(true);
    const supports = shop().links.filter((l) => l.kind === 'supports').length + 1;
    const heads = every(parts, 'path').filter((p) => p.attrs.fill === LIGHT.link && p.attrs.stroke === 'none');
    expect(heads).toHaveLength(supports);
  });

  it('points an arrowhead along its line, its tip just past the end', () => {
    const line = { tag: 'line', attrs: { x1: 0, y1: 0, x2: 100, y2: 0, stroke: '#000', 'marker-end': 'url(#em-arrow)', opacity: 0.12 } } as SvgElement;
    const svg = { tag: 'svg', attrs: {}, children: [{ tag: 'defs', attrs: {}, children: [{ tag: 'marker', attrs: {}, children: [{ tag: 'path', attrs: { fill: '#123' } }] }] }, line] } as SvgElement;
    const [group] = canvasParts(svg, measure);
    expect(group!.attrs.opacity).toBe(0.12);
    const head = findAll(group!, 'path')[0]!;
    expect(head.attrs.d).toBe('M90.55,-5.25L101.05,0L90.55,5.25Z');
    expect(head.attrs.fill).toBe('#123');
  });

  it('splits a label of styled runs into plain texts laid end to end around its anchor', () => {
    const text = { tag: 'text', attrs: { x: 100, y: 5, 'text-anchor': 'middle', fill: '#555' }, children: [{ tag: 'tspan', attrs: { 'font-weight': 700, fill: '#000' }, children: ['Silo 1'] }, ' · 3 nodes'] } as SvgElement;
    const [group] = canvasParts({ tag: 'svg', attrs: {}, children: [text] }, measure);
    const texts = findAll(group!, 'text');
    // 'Silo 1' bold: 48 wide; ' · 3 nodes': 70 wide; 118 in all, centred on 100.
    expect(texts.map((t) => [t.children, t.attrs.x, t.attrs['text-anchor'], t.attrs.fill, t.attrs['font-weight']])).toEqual([
      [['Silo 1'], 41, 'start', '#000', 700],
      [[' · 3 nodes'], 89, 'start', '#555', undefined],
    ]);
  });

  it('leaves no tspan and no marker anywhere in an export with silos', () => {
    expect(every(parts, 'tspan')).toHaveLength(0);
    expect(every(parts, 'text').every((t) => t.children?.every((c) => typeof c === 'string'))).toBe(true);
  });
});

describe('pngScale', () => {
  it('keeps 1×, 2× and 3× when the canvas fits', () => {
    expect(pngScale(800, 600, 2)).toEqual({ scale: 2, clamped: false, width: 1600, height: 1200 });
    expect(pngScale(800, 600, 3)).toMatchObject({ scale: 3, clamped: false });
  });

  it('brings an odd request into 1–3', () => {
    expect(pngScale(100, 100, 10).scale).toBe(3);
    expect(pngScale(100, 100, 0).scale).toBe(1);
    expect(pngScale(100, 100, Number.NaN).scale).toBe(1);
  });

  it('lowers the scale to the largest side the browser draws and says so', () => {
    const s = pngScale(10_000, 1_000, 2);
    expect(s.clamped).toBe(true);
    expect(s.width).toBeLessThanOrEqual(16_384);
    expect(s.scale).toBeCloseTo(1.63, 2);
  });

  it('lowers the scale to the largest area the browser draws', () => {
    const s = pngScale(9_000, 9_000, 3);
    expect(s.clamped).toBe(true);
    expect(s.width * s.height).toBeLessThanOrEqual(268_435_456);
    expect(Math.max(s.width, s.height)).toBeLessThanOrEqual(16_384);
  });
});
