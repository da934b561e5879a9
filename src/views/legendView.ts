import type { NodeKind } from '../model/types.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { nodeShape } from './nodeShape.ts';
import type { Palette } from './theme.ts';

const ROWS: readonly { kind: NodeKind; label: string; scope?: 'external' }[] = [
  { kind: 'platform', label: 'Platform' },
  { kind: 'service', label: 'Service' },
  { kind: 'partner', label: 'Partner' },
  { kind: 'partner', label: 'External partner', scope: 'external' },
];

export const LEGEND_WIDTH = 170;
export const LEGEND_HEIGHT = 26 * (ROWS.length + 2) + 8;

/** The legend: each kind's shape, and what the two link styles mean. */
export function legendView(palette: Palette, unit?: string): SvgElement {
  const rows = ROWS.map((row, i) =>
    el('g', { transform: `translate(22,${22 + i * 26})` }, [
      nodeShape(row, 8, palette),
      el('text', { x: 22, y: 4, 'font-size': 12, fill: palette.text }, [row.label]),
    ]),
  );
  const linkRow = (y: number, label: string, stroke: string, extra: Record<string, string>) =>
    el('g', { transform: `translate(8,${y})` }, [
      el('line', { x1: 0, y1: 0, x2: 28, y2: 0, stroke, 'stroke-width': 2, ...extra }),
      el('text', { x: 36, y: 4, 'font-size': 12, fill: palette.text }, [label]),
    ]);
  const top = 22 + ROWS.length * 26;
  return el('g', { class: 'em-legend' }, [
    el('rect', { width: LEGEND_WIDTH, height: LEGEND_HEIGHT, rx: 6, fill: palette.background, stroke: palette.link, 'stroke-opacity': 0.5 }),
    ...rows,
    linkRow(top, 'supports →', palette.link, { 'marker-end': 'url(#em-arrow)' }),
    linkRow(top + 26, 'collaborates', palette.collaborates, { 'stroke-dasharray': '6 4' }),
    ...(unit ? [el('text', { x: 8, y: top + 50, 'font-size': 11, fill: palette.mutedText }, [`size: value (${unit.slice(0, 20)})`])] : []),
  ]);
}
