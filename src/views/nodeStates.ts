import type { MapNode } from '../model/types.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { formatValue } from './formatValue.ts';
import { labelOffset, round } from './nodeShape.ts';
import type { Palette } from './theme.ts';

/*
 * What a knock-out or an analysis says about one node, drawn at the node's origin beside
 * `nodeBody`. Each state has its own shape as well as its own colour, so it reads in print.
 */

type Kinded = Pick<MapNode, 'kind'>;

/** Half the width of a node's shape: platforms are slabs 2.6 r wide, partners diamonds 2.3 r. */
function halfWidth(node: Kinded, r: number): number {
  return node.kind === 'platform' ? 1.3 * r : node.kind === 'partner' ? 1.15 * r : r;
}

/**
 * Paint for a knocked-out node's shape, spread over the shape's own: faint, grey and dashed, so
 * the hole it leaves stays visible. Give its label the same `opacity`. Not for the node's group:
 * the label's halo would inherit the dash and fray.
 */
export function ghostStyle(palette: Palette): { readonly opacity: number } & Record<string, string | number> {
  return { opacity: 0.55, fill: palette.ghost, 'fill-opacity': 0.3, stroke: palette.ghost, 'stroke-dasharray': '5 4' };
}

/**
 * A node that lost its support: a ring of short hatch strokes around the shape and a warning
 * triangle on its left, clear of the label below and the pin and handle on the right.
 */
export function strandedMark(node: Kinded, r: number, palette: Palette): SvgElement {
  const pad = 9;
  const hatch = { fill: 'none', stroke: palette.stranded, 'stroke-width': 5, 'stroke-dasharray': '1.5 3' };
  const ring = node.kind === 'platform'
    ? el('rect', { x: round(-1.3 * r - pad), y: round(-0.65 * r - pad), width: round(2.6 * r + 2 * pad), height: round(1.3 * r + 2 * pad), rx: 9, ...hatch })
    : el('circle', { r: round(halfWidth(node, r) + pad), ...hatch });
  const x = round(-halfWidth(node, r) - pad - 10);
  return el('g', { class: 'em-stranded' }, [
    el('title', {}, ['Stranded: nothing supports it any more']),
    ring,
    el('g', { transform: `translate(${x},0)` }, [
      el('path', { d: 'M0,-9L8,5L-8,5Z', fill: palette.stranded, stroke: palette.background, 'stroke-width': 1.5, 'stroke-linejoin': 'round' }),
      el('text', { y: 3.5, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 700, fill: palette.background }, ['!']),
    ]),
  ]);
}

/** A single point of failure: a round "!" badge at the shape's top left (the pin takes the right). */
export function spofBadge(node: Kinded, r: number, palette: Palette): SvgElement {
  const x = round(node.kind === 'platform' ? -1.3 * r : -0.8 * r);
  const y = round(node.kind === 'platform' ? -0.65 * r : -0.8 * r);
  return el('g', { class: 'em-spof', transform: `translate(${x},${y})` }, [
    el('title', {}, ['Single point of failure']),
    el('circle', { r: 7.5, fill: palette.badge, stroke: palette.background, 'stroke-width': 1.5 }),
    el('text', { y: 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: palette.background }, ['!']),
  ]);
}

/**
 * A second, smaller line under a node's label: the value flowing up through it, e.g.
 * "enables 12.4k USD". Nothing when it enables nothing.
 */
export function enabledValueLabel(node: Kinded, r: number, enabled: number, unit: string | undefined, palette: Palette): SvgElement | null {
  if (!(enabled > 0) || !Number.isFinite(enabled)) return null;
  return el('text', {
    class: 'em-enabled', y: round(labelOffset(node.kind, r) + 14), 'text-anchor': 'middle', 'font-size': 10.5, fill: palette.mutedText,
    stroke: palette.background, 'stroke-width': 3, 'paint-order': 'stroke',
  }, [`enables ${formatValue(enabled, unit, { compact: true })}`]);
}
