import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../src/model/types.ts';
import { siloLayer, siloSummary } from '../../src/views/siloView.ts';
import type { Silo } from '../../src/views/siloView.ts';
import { DARK, LIGHT } from '../../src/views/theme.ts';
import { toSvgString } from '../../src/views/toSvgString.ts';
import { findAll, textOf } from './svgQuery.ts';

/** A silo from kinds and values laid out in a row: `siloOf(2, 'platform:0 service:1200')`. */
function siloOf(index: number, spec: string, isNew = false, y = 0): Silo {
  return {
    index,
    isNew,
    nodes: spec.split(' ').map((part, i) => {
      const [kind, value] = part.split(':');
      return { x: index * 400 + i * 60, y, r: 16, kind: kind as NodeKind, value: Number(value ?? 0) };
    }),
  };
}

describe('siloSummary', () => {
  it('counts each kind with singular and plural, then the value with separators and unit', () => {
    const silo = siloOf(2, 'platform platform platform service:200 service:300 service:400 service:200 service:100 partner');
    expect(siloSummary(silo, 'USD')).toBe('3 platforms · 5 services · 1 partner · 1,200 USD');
  });

  it('leaves out kinds the silo lacks and a value of zero', () => {
    expect(siloSummary(siloOf(1, 'service'))).toBe('1 service');
    expect(siloSummary(siloOf(1, 'partner:5 partner:7'))).toBe('2 partners · 12');
  });
});

describe('siloLayer', () => {
  it('draws a hull and a label per silo, hulls first so none covers a label', () => {
    const layer = siloLayer([siloOf(1, 'platform service:5'), siloOf(2, 'service partner')], LIGHT);
    expect(layer.children!.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual(['path', 'path', 'text', 'text']);
  });

  it('labels a silo "Silo 2 · 3 platforms · … · 1,200 USD"', () => {
    const layer = siloLayer([siloOf(2, 'platform platform platform service:1200 partner')], LIGHT, { unit: 'USD' });
    expect(textOf(findAll(layer, 'text')[0]!)).toBe('Silo 2 · 3 platforms · 1 service · 1 partner · 1,200 USD');
  });

  it('dashes a new silo\'s outline and marks its label "new"; an old one stays solid', () => {
    const layer = siloLayer([siloOf(1, 'service', true), siloOf(2, 'service', false)], LIGHT);
    const [fresh, old] = findAll(layer, 'path');
    expect(fresh!.attrs).toMatchObject({ stroke: LIGHT.newSilo, 'stroke-dasharray': '7 5' });
    expect(old!.attrs.stroke).toBe(LIGHT.siloStroke);
    expect(old!.attrs['stroke-dasharray']).toBeUndefined();
    const [freshLabel, oldLabel] = findAll(layer, 'text');
    expect(textOf(freshLabel!)).toBe('Silo 1 · new · 1 service');
    expect(findAll(freshLabel!, 'tspan')[1]!.attrs.fill).toBe(LIGHT.newSilo);
    expect(textOf(oldLabel!)).toBe('Silo 2 · 1 service');
  });

  it.each([['light', LIGHT], ['dark', DARK]] as const)('haloes labels in the %s background so they read over hulls and links', (_, palette) => {
    const label = findAll(siloLayer([siloOf(1, 'service')], palette), 'text')[0]!;
    expect(label.attrs).toMatchObject({ stroke: palette.background, 'stroke-width': 3, 'paint-order': 'stroke' });
  });

  it('places labels above their hulls without overlapping when silos crowd together', () => {
    const silos = [0, 1, 2, 3].map((i) => ({ ...siloOf(i + 1, 'platform service:1000 partner', i % 2 === 0), nodes: siloOf(1, 'platform service:1000 partner', false, i * 10).nodes }));
    const labels = findAll(siloLayer(silos, LIGHT, { unit: 'USD' }), 'text');
    const ys = labels.map((l) => Number(l.attrs.y));
    expect(new Set(ys).size).toBe(4);
    // Each baseline sits above its own hull's top: node row at 10 i, radius 16, padding 18.
    ys.forEach((y, i) => expect(y).toBeLessThan(10 * i - 16 - 18));
  });

  it('skips nodes without a position and draws nothing for a silo with none', () => {
    const silo: Silo = { index: 1, isNew: false, nodes: [{ x: Number.NaN, y: 0, r: 10, kind: 'service', value: 1 }] };
    expect(siloLayer([silo], LIGHT).children).toEqual([]);
  });

  it('draws the same silos to the same string', () => {
    const silos = [siloOf(1, 'platform service:5 partner', true), siloOf(2, 'service:3 service:4')];
    expect(toSvgString(siloLayer(silos, DARK, { unit: 'users' }))).toBe(toSvgString(siloLayer(structuredClone(silos), DARK, { unit: 'users' })));
  });

  it('writes a hostile unit as inert text', () => {
    const svg = toSvgString(siloLayer([siloOf(1, 'service:5')], LIGHT, { unit: '"><script>alert(1)</script>' }));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });
});
