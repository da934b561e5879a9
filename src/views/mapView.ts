import type { Point, Positions } from '../layout/settle.ts';
import { linkKey } from '../model/links.ts';
import type { EcoMap } from '../model/types.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { linkView } from './linkView.ts';
import { round } from './nodeShape.ts';
import { nodeBody } from './nodeView.ts';
import { radiiOf } from './radii.ts';
import type { Palette } from './theme.ts';

const ORIGIN: Point = { x: 0, y: 0 };

/** The arrowhead a `supports` link ends in; one per drawing, referenced by id. */
export function arrowMarker(palette: Palette): SvgElement {
  return el('defs', {}, [
    // Sized in map units, not by the line's width: a link carrying much value stays arrowed, not speared.
    el('marker', { id: 'em-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 10.5, markerHeight: 10.5, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, [
      el('path', { d: 'M0,0 L10,5 L0,10 z', fill: palette.link }),
    ]),
  ]);
}

/** Links, then nodes with their labels, at the given positions: what export writes. */
export function mapView(map: EcoMap, positions: Positions, palette: Palette): SvgElement {
  const radius = radiiOf(map);
  const at = (id: string) => positions.get(id) ?? ORIGIN;
  return el('g', { class: 'em-map' }, [
    el('g', { class: 'em-links' }, map.links.map((link) => {
      const key = linkKey(link);
      return linkView(link, at(link.source), at(link.target), radius.get(link.target) ?? 0, palette, key);
    })),
    el('g', { class: 'em-nodes' }, map.nodes.map((node) => {
      const p = at(node.id);
      return el('g', { class: `em-node em-${node.kind}`, transform: `translate(${round(p.x)},${round(p.y)})`, 'data-id': node.id }, [
        el('title', {}, [`${node.name} (${node.kind})`]),
        ...nodeBody(node, radius.get(node.id) ?? 0, palette),
      ], node.id);
    })),
  ]);
}
