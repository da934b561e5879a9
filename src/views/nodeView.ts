import type { MapNode } from '../model/types.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { labelOffset, nodeShape, round } from './nodeShape.ts';
import { enabledValueLabel, ghostStyle, spofBadge, strandedMark } from './nodeStates.ts';
import type { Palette } from './theme.ts';

const LABEL_MAX = 28;

export interface NodeFlags {
  readonly selected?: boolean;
  readonly faded?: boolean;
  /** Knocked out: drawn as a ghost. */
  readonly ghost?: boolean;
  /** Left with no support by the knock-out. */
  readonly stranded?: boolean;
  /** A single point of failure: knocking it out alone strands or splits something. */
  readonly spof?: boolean;
  /** Value flowing up through it, shown under the label when above 0. */
  readonly enabled?: number;
  /** The map's unit, for `enabled`. */
  readonly unit?: string;
}

/** A node drawn at the origin: shape, selection ring, pin mark and label. The caller places it. */
export function nodeBody(node: MapNode, r: number, palette: Palette, flags: NodeFlags = {}): SvgChildren {
  const label = node.name.length > LABEL_MAX ? `${node.name.slice(0, LABEL_MAX - 1)}…` : node.name;
  const parts: SvgElement[] = [];
  const ghost = flags.ghost ? ghostStyle(palette) : null;
  if (flags.selected) parts.push(selectionRing(node, r, palette));
  if (flags.stranded && !ghost) parts.push(strandedMark(node, r, palette));
  const shape = nodeShape(node, r, palette);
  parts.push(ghost ? { ...shape, attrs: { ...shape.attrs, ...ghost } } : shape);
  if (node.pinned) parts.push(pinMark(node, r, palette));
  if (flags.spof && !ghost) parts.push(spofBadge(node, r, palette));
  const labelAttrs: Record<string, string | number> = {
    y: round(labelOffset(node.kind, r)), 'text-anchor': 'middle', 'font-size': 12, fill: palette.text,
    stroke: palette.background, 'stroke-width': 3, 'paint-order': 'stroke',
  };
  if (ghost) labelAttrs.opacity = ghost.opacity;
  parts.push(el('text', labelAttrs, [label]));
  const enabled = !ghost && flags.enabled ? enabledValueLabel(node, r, flags.enabled, flags.unit, palette) : null;
  if (enabled) parts.push(enabled);
  return parts;
}
type SvgChildren = SvgElement[];

function selectionRing(node: MapNode, r: number, palette: Palette): SvgElement {
  const pad = 5;
  const common = { fill: 'none', stroke: palette.selection, 'stroke-width': 3 };
  if (node.kind === 'platform') return el('rect', { x: round(-1.3 * r - pad), y: round(-0.65 * r - pad), width: round(2.6 * r + 2 * pad), height: round(1.3 * r + 2 * pad), rx: 7, ...common });
  return el('circle', { r: round((node.kind === 'partner' ? 1.15 : 1) * r + pad), ...common });
}

/** A small pin at the top right: this node stays where it was put. */
function pinMark(node: MapNode, r: number, palette: Palette): SvgElement {
  const x = round(node.kind === 'platform' ? 1.3 * r : 0.8 * r);
  const y = round(node.kind === 'platform' ? -0.65 * r : -0.8 * r);
  return el('g', { transform: `translate(${x},${y})`, class: 'em-pin' }, [
    el('circle', { r: 5, fill: palette.background, stroke: palette.text, 'stroke-width': 1.5 }),
    el('circle', { r: 2, fill: palette.text }),
  ]);
}
