import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../src/io/export/exportSvg.ts';
import { exportTree } from '../../../src/io/export/exportTree.ts';
import { FONT_FAMILY } from '../../../src/io/export/exportInput.ts';
import { textWidth, treeBounds } from '../../../src/io/export/treeBounds.ts';
import { knockOut, valueFlow } from '../../../src/analysis/index.ts';
import { spofOf } from '../../../src/store/analysisCache.ts';
import { linkKey } from '../../../src/model/links.ts';
import { mapView } from '../../../src/views/mapView.ts';
import { DARK, LIGHT } from '../../../src/views/theme.ts';
import { toSvgString } from '../../../src/views/toSvgString.ts';
import { findAll, textOf } from '../../views/svgQuery.ts';
import { inputOf, shop } from './exportFixtures.ts';
import { parseSvgStrictly } from './strictSvg.ts';

const viewBoxOf = (svg: string) => {
  const [x, y, width, height] = parseSvgStrictly(svg).root.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  return { x, y, width, height };
};
/** The group of the node a name labels (the export writes no ids into attributes). */
const nodeNamed = (svg: string, name: string) =>
  parseSvgStrictly(svg).elements.find((e) => e.tagName === 'g' && e.firstElementChild?.tagName === 'title' && e.firstElementChild.textContent?.startsWith(`${name} (`))!;
const nodeNames = (svg: string) =>
  parseSvgStrictly(svg).elements.filter((e) => (e.getAttribute('class') ?? '').startsWith('em-node ')).map((e) => e.firstElementChild!.textContent!.replace(/ \(\w+\)$/, ''));
const classed = (svg: string, name: string) => parseSvgStrictly(svg).elements.filter((e) => (e.getAttribute('class') ?? '').split(' ').includes(name));

describe('exportSvg', () => {
  it('writes a well-formed standalone SVG whose size matches its viewBox, in the system font stack', () => {
    const svg = exportSvg(inputOf(shop()));
    const { root } = parseSvgStrictly(svg);
    const box = viewBoxOf(svg);
    expect(root.getAttribute('width')).toBe(String(box.width));
    expect(root.getAttribute('height')).toBe(String(box.height));
    expect(root.getAttribute('font-family')).toBe(FONT_FAMILY);
    expect(svg).not.toMatch(/href|@import|<style|<image|<foreignObject/i);
    expect(svg.match(/url\([^)]*\)/g)?.every((u) => u === 'url(#em-arrow)')).toBe(true);
  });

  it('takes its title and description from the map, and describes a map that has none', () => {
    const { root } = parseSvgStrictly(exportSvg(inputOf(shop())));
    expect(root.querySelector('title')!.textContent).toBe('Shop');
    expect(root.querySelector('desc')!.textContent).toBe('The shop and what lifts it');
    const plain = { ...shop(), description: undefined };
    const desc = parseSvgStrictly(exportSvg(inputOf(plain))).root.querySelector('desc')!.textContent;
    expect(desc).toBe('Ecosystem map: 3 platforms, 4 services, 1 partner, 8 links');
  });

  it('fits every node and its whole label inside the viewBox, padding included', () => {
    const input = inputOf(shop());
    const svg = exportSvg(input, { padding: 10, legend: false });
    const box = viewBoxOf(svg);
    for (const node of input.map.nodes) {
      const p = input.positions.get(node.id)!;
      const half = textWidth(node.name, 12) / 2;
      expect(p.x - half).toBeGreaterThanOrEqual(box.x + 10);
      expect(p.x + half).toBeLessThanOrEqual(box.x + box.width - 10);
      expect(p.y - 20).toBeGreaterThanOrEqual(box.y + 10);
      expect(p.y + 40).toBeLessThanOrEqual(box.y + box.height - 10);
    }
  });

  it('grows the picture by the padding on every side', () => {
    const input = inputOf(shop());
    const small = viewBoxOf(exportSvg(input, { padding: 0 }));
    const large = viewBoxOf(exportSvg(input, { padding: 50 }));
    expect(large.width - small.width).toBeCloseTo(100, -0.5);
    expect(large.height - small.height).toBeCloseTo(100, -0.5);
    expect(small.x - large.x).toBeCloseTo(50, -0.5);
  });

  it('places the legend beside the map, clear of every node, link, label and the banner', () => {
    const input = inputOf(shop(), ['hub']);
    const { box: rest } = exportTree(input, { legend: false, padding: 0 });
    const { tree, box } = exportTree(input, { legend: true });
    const placed = findAll(tree, 'g').find((g) => g.children?.some((k) => typeof k !== 'string' && k.attrs.class === 'em-legend'))!;
    const legend = treeBounds(placed)!;
    expect(legend.x >= rest.x + rest.width || legend.y >= rest.y + rest.height).toBe(true);
    expect(legend.x + legend.width).toBeLessThanOrEqual(box.x + box.width);
    expect(legend.y + legend.height).toBeLessThanOrEqual(box.y + box.height);
  });

  it('paints the background chosen, or none', () => {
    const rect = (svg: string) => classed(svg, 'em-background')[0];
    expect(rect(exportSvg(inputOf(shop()), { background: 'transparent' }))).toBeUndefined();
    expect(rect(exportSvg(inputOf(shop()), { background: 'dark' }))!.getAttribute('fill')).toBe(DARK.background);
    expect(rect(exportSvg(inputOf(shop()), { background: 'light' }))!.getAttribute('fill')).toBe(LIGHT.background);
  });

  it('draws in the colours of the theme on screen', () => {
    const dark = exportSvg(inputOf(shop(), [], { theme: 'dark' }), { background: 'transparent' });
    expect(dark).toContain(`fill="${DARK.kinds.platform.fill}"`);
    expect(dark).not.toContain(`fill="${LIGHT.kinds.platform.fill}"`);
  });

  it('shows the active knock-out: ghosts, stranded marks, silo hulls and labels, and a banner of its figures', () => {
    const map = shop();
    const svg = exportSvg(inputOf(map, ['hub']));
    const result = knockOut(map, ['hub']);
    expect(classed(svg, 'em-stranded')).toHaveLength(result.stranded.length);
    const ghost = nodeNamed(svg, 'hub');
    expect(ghost.querySelector('rect')!.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(classed(svg, 'em-silo')).toHaveLength(result.components.length);
    expect(classed(svg, 'em-silo-label').map((e) => e.textContent)).toEqual(['Silo 1 · new · 1 platform · 2 services · 1 partner · 1,540 USD k', 'Silo 2 · new · 1 platform · 2 services · 950 USD k']);
    const banner = classed(svg, 'em-knockout-banner')[0]!.textContent;
    expect(banner).toContain('Without hub');
    expect(banner).toContain(`Silos 1 → ${result.components.length} (+${result.siloDelta})`);
    expect(banner).toContain(`${result.stranded.length} nodes stranded`);
    expect(banner).toContain(`${result.valueAtRisk.toLocaleString('en-US')} USD k at risk`);
  });

  it('draws the links of knocked-out nodes faint, as the screen does', () => {
    const svg = exportSvg(inputOf(shop(), ['hub']));
    const faint = parseSvgStrictly(svg).elements.filter((e) => e.tagName === 'line' && e.getAttribute('opacity') === '0.12');
    expect(faint).toHaveLength(2);
  });

  it('leaves the knock-out out when asked, drawing every node plainly', () => {
    const svg = exportSvg(inputOf(shop(), ['hub']), { knockOut: false });
    expect(classed(svg, 'em-stranded')).toHaveLength(0);
    expect(classed(svg, 'em-silo')).toHaveLength(0);
    expect(classed(svg, 'em-knockout-banner')).toHaveLength(0);
    expect(svg).not.toContain('stroke-dasharray="5 4"');
  });

  it('widens links by the value they carry and says what each node enables, with flow on', () => {
    const map = shop();
    const svg = exportSvg(inputOf(map), { flow: true });
    const enabled = classed(svg, 'em-enabled').map((e) => e.textContent);
    expect(enabled.sort()).toEqual(['enables 1.5k USD k', 'enables 2.5k USD k', 'enables 950 USD k']);
    const flows = valueFlow(map);
    const carrying = map.links.filter((_, k) => flows.linkFlow[k]! > 0).length;
    const wide = parseSvgStrictly(svg).elements.filter((e) => e.tagName === 'line' && e.getAttribute('stroke') === LIGHT.flow);
    expect(wide).toHaveLength(carrying);
    expect(Math.max(...wide.map((e) => Number(e.getAttribute('stroke-width'))))).toBeCloseTo(1.5 + 9, 1);
    const off = exportSvg(inputOf(map), { flow: false });
    expect(classed(off, 'em-enabled')).toHaveLength(0);
    expect(off).not.toContain(`stroke="${LIGHT.flow}"`);
  });

  it('marks the same single points of failure as the screen', () => {
    const map = shop();
    const svg = exportSvg(inputOf(map));
    const marked = classed(svg, 'em-spof').map((e) => e.parentElement!.firstElementChild!.textContent!.replace(' (platform)', '')).sort();
    expect(marked).toEqual([...spofOf(map)].sort());
    expect(marked.length).toBeGreaterThan(0);
  });

  it('draws only the selection and the links between its nodes, with selection only', () => {
    const map = shop();
    const input = inputOf(map, [], { selection: new Set(['pay', 'checkout', 'refunds', 'courier']) });
    const svg = exportSvg(input, { selectionOnly: true });
    expect(nodeNames(svg).sort()).toEqual(['checkout', 'courier', 'pay', 'refunds']);
    expect(parseSvgStrictly(svg).elements.filter((e) => e.tagName === 'line' && e.parentElement?.getAttribute('class') === 'em-links')).toHaveLength(3);
    const whole = viewBoxOf(exportSvg(input, { selectionOnly: false }));
    const part = viewBoxOf(svg);
    expect(part.width * part.height).toBeLessThan(whole.width * whole.height);
  });

  it('draws the whole map with selection only when nothing is selected', () => {
    const svg = exportSvg(inputOf(shop()), { selectionOnly: true });
    expect(nodeNames(svg)).toHaveLength(shop().nodes.length);
  });

  it('keeps silo numbers and sizes of the whole map when drawing a selection', () => {
    const input = inputOf(shop(), ['hub'], { selection: new Set(['catalog', 'search', 'reviews']) });
    const svg = exportSvg(input, { selectionOnly: true });
    const labels = classed(svg, 'em-silo-label').map((e) => e.textContent);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^Silo 2 · new/);
  });

  it('draws nodes where the screen has them, falling back to their stored position', () => {
    const map = { ...shop(), nodes: shop().nodes.map((n) => (n.id === 'hub' ? { ...n, x: 500, y: -300 } : n)) };
    const svg = exportSvg({ ...inputOf(map), positions: new Map([['pay', { x: 10, y: 20 }]]) });
    const at = (id: string) => nodeNamed(svg, id).getAttribute('transform');
    expect(at('pay')).toBe('translate(10,20)');
    expect(at('hub')).toBe('translate(500,-300)');
    expect(at('search')).toBe('translate(0,0)');
  });

  it('gives the same bytes for the same input', () => {
    expect(exportSvg(inputOf(shop(), ['hub']), { flow: true })).toBe(exportSvg(inputOf(shop(), ['hub']), { flow: true }));
  });
});

describe('mapView with states', () => {
  it('draws exactly what it drew without them when the states say nothing', () => {
    const input = inputOf(shop());
    const plain = toSvgString(mapView(input.map, input.positions, LIGHT));
    expect(toSvgString(mapView(input.map, input.positions, LIGHT, { node: () => ({}), link: () => ({}) }))).toBe(plain);
  });

  it('draws each node and link in the state it is given', () => {
    const input = inputOf(shop());
    const tree = mapView(input.map, input.positions, LIGHT, {
      node: (n) => ({ stranded: n.id === 'pay' }),
      link: (l) => ({ flow: linkKey(l) === linkKey(input.map.links[0]!) ? 1 : 0 }),
    });
    expect(findAll(tree, 'g').filter((g) => g.attrs.class === 'em-stranded')).toHaveLength(1);
    expect(findAll(tree, 'line').filter((l) => l.attrs.stroke === LIGHT.flow)).toHaveLength(1);
    expect(textOf(tree)).toContain('Stranded');
  });
});
