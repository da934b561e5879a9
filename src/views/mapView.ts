import type { EcoMap, MapLink, MapNode } from '../model/types.ts';
import { nodeRadius } from '../layout/radius.ts';
import type { Point, Positions } from '../layout/settle.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { labelOffset, nodeShape, round } from './nodeShape.ts';
import type { Palette } from './theme.ts';

const LABEL_MAX = 28;
const ORIGIN: Point = { x: 0, y: 0 };

/** The arrowhead a `supports` link ends in; one per drawing, referenced by id. */
export function arrowMarker(palette: Palette): SvgElement {
  return el('defs', {}, [
    el('marker', { id: 'em-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, [
      el('path', { d: 'M0,0 L10,5 L0,10 z', fill: palette.link }),
    ]),
  ]);
}

/** Links, then nodes with their labels, at the given positions. */
export function mapView(map: EcoMap, positions: Positions, palette: Palette): SvgElement {
  const maxValue = Math.max(0, ...map.nodes.map((n) => n.value));
  const radius = new Map(map.nodes.map((n) => [n.id, nodeRadius(n.value, maxValue)]));
  const at = (id: string) => positions.get(id) ?? ORIGIN;
  return el('g', { class: 'em-map' }, [
    el('g', { class: 'em-links' }, map.links.map((link, i) => linkView(link, at(link.source), at(link.target), radius.get(link.target) ?? 0, palette, i))),
    el('g', { class: 'em-nodes' }, map.nodes.map((node) => nodeView(node, at(node.id), radius.get(node.id) ?? 0, palette))),
  ]);
}

function linkView(link: MapLink, from: Point, to: Point, targetRadius: number, palette: Palette, index: number): SvgElement {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  // Stop the arrow at the target's edge so its head stays visible.
  const trim = link.kind === 'supports' ? Math.min(targetRadius + 4, length / 2) : 0;
  const end = { x: to.x - (dx / length) * trim, y: to.y - (dy / length) * trim };
  const supports = link.kind === 'supports';
  return el('line', {
    x1: round(from.x), y1: round(from.y), x2: round(end.x), y2: round(end.y),
    stroke: supports ? palette.link : palette.collaborates,
    'stroke-width': round(1.5 * Math.sqrt(link.weight)),
    ...(supports ? { 'marker-end': 'url(#em-arrow)' } : { 'stroke-dasharray': '6 4' }),
  }, undefined, link.id ?? `${index}`);
}

function nodeView(node: MapNode, p: Point, r: number, palette: Palette): SvgElement {
  const label = node.name.length > LABEL_MAX ? `${node.name.slice(0, LABEL_MAX - 1)}…` : node.name;
  return el('g', { class: `em-node em-${node.kind}`, transform: `translate(${round(p.x)},${round(p.y)})`, 'data-id': node.id }, [
    el('title', {}, [`${node.name} (${node.kind})`]),
    nodeShape(node, r, palette),
    el('text', {
      y: round(labelOffset(node.kind, r)), 'text-anchor': 'middle', 'font-size': 12, fill: palette.text,
      stroke: palette.background, 'stroke-width': 3, 'paint-order': 'stroke',
    }, [label]),
  ], node.id);
}
