import type { Point } from '../layout/settle.ts';
import type { MapLink } from '../model/types.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { round } from './nodeShape.ts';
import type { Palette } from './theme.ts';

export interface LinkGeometry {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Where a link's line runs: a `supports` arrow stops at its target's edge so its head shows. */
export function linkGeometry(from: Point, to: Point, targetRadius: number, kind: MapLink['kind']): LinkGeometry {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const trim = kind === 'supports' ? Math.min(targetRadius + 4, length / 2) : 0;
  return { x1: round(from.x), y1: round(from.y), x2: round(to.x - (dx / length) * trim), y2: round(to.y - (dy / length) * trim) };
}

export interface LinkFlags {
  readonly selected?: boolean;
  readonly faded?: boolean;
  /** Value flowing along it, as a share (0–1] of the largest flow on the map: drawn that wide. */
  readonly flow?: number;
}

/** The widest a link carrying value gets, over its usual width. */
const FLOW_WIDTH = 9;
/** A link carrying value is drawn this opaque (in the flow colour), so the particles show on it. */
export const FLOW_OPACITY = 0.45;

/** A link's width in map units: by its weight, wider when selected and by the share of value it carries. */
export function linkWidth(weight: number, selected: boolean, flow: number): number {
  return 1.5 * Math.sqrt(weight) + (selected ? 1.5 : 0) + FLOW_WIDTH * flow;
}

/** A link's paint: supports in the link colour with an arrow, collaborates dashed. */
export function linkPaint(link: MapLink, palette: Palette, flags: LinkFlags = {}): Record<string, string | number> {
  return paintInto({}, link, palette, flags);
}

export function linkView(link: MapLink, from: Point, to: Point, targetRadius: number, palette: Palette, key: string, flags?: LinkFlags): SvgElement {
  // Geometry and paint in one object: an export draws thousands of links.
  const g = linkGeometry(from, to, targetRadius, link.kind);
  const attrs: Record<string, string | number> = { x1: g.x1, y1: g.y1, x2: g.x2, y2: g.y2 };
  return el('line', paintInto(attrs, link, palette, flags ?? {}), undefined, key);
}

function paintInto(attrs: Record<string, string | number>, link: MapLink, palette: Palette, flags: LinkFlags): Record<string, string | number> {
  const supports = link.kind === 'supports';
  const flow = flags.flow && flags.flow > 0 ? Math.min(1, flags.flow) : 0;
  attrs.stroke = flags.selected ? palette.selection : flow ? palette.flow : supports ? palette.link : palette.collaborates;
  attrs['stroke-width'] = round(linkWidth(link.weight, !!flags.selected, flow));
  if (flow && !flags.selected) attrs['stroke-opacity'] = FLOW_OPACITY;
  if (supports) attrs['marker-end'] = 'url(#em-arrow)';
  else attrs['stroke-dasharray'] = '6 4';
  return attrs;
}
