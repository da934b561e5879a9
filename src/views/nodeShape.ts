import type { MapNode } from '../model/types.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import type { Palette } from './theme.ts';

/**
 * A node's shape at the origin: platforms are wide slabs (they lift things up), services circles,
 * partners diamonds; external partners get a dashed outline. Shape alone tells the kinds apart.
 */
export function nodeShape(node: Pick<MapNode, 'kind' | 'scope'>, r: number, palette: Palette): SvgElement {
  const { fill, stroke } = palette.kinds[node.kind];
  switch (node.kind) {
    case 'platform':
      return el('rect', { x: round(-1.3 * r), y: round(-0.65 * r), width: round(2.6 * r), height: round(1.3 * r), rx: 4, fill, stroke, 'stroke-width': 2 });
    case 'service':
      return el('circle', { r: round(r), fill, stroke, 'stroke-width': 2 });
    case 'partner': {
      const d = round(1.15 * r);
      const points = `0,${-d} ${d},0 0,${d} ${-d},0`;
      return el('polygon', node.scope === 'external'
        ? { points, fill, stroke, 'stroke-width': 2, 'stroke-dasharray': '4 3' }
        : { points, fill, stroke, 'stroke-width': 2 });
    }
  }
}

/** How far below its centre a node's label sits. */
export function labelOffset(kind: MapNode['kind'], r: number): number {
  return (kind === 'platform' ? 0.65 * r : kind === 'partner' ? 1.15 * r : r) + 14;
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
