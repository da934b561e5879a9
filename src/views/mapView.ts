import type { Point, Positions } from '../layout/settle.ts';
import { linkKey } from '../model/links.ts';
import type { EcoMap, MapLink, MapNode } from '../model/types.ts';
import { el } from './element.ts';
import type { SvgChild, SvgElement } from './element.ts';
import { linkView } from './linkView.ts';
import type { LinkFlags } from './linkView.ts';
import { round } from './nodeShape.ts';
import { nodeBody } from './nodeView.ts';
import type { NodeFlags } from './nodeView.ts';
import { radiiOf } from './radii.ts';
import type { Palette } from './theme.ts';

const ORIGIN: Point = { x: 0, y: 0 };
const NODE_CLASS = new Map((['platform', 'service', 'partner'] as const).map((kind) => [kind as string, `em-node em-${kind}`]));

/** The arrowhead a `supports` link ends in; one per drawing, referenced by id. */
export function arrowMarker(palette: Palette): SvgElement {
  return el('defs', {}, [
    // Sized in map units, not by the line's width: a link carrying much value stays arrowed, not speared.
    el('marker', { id: 'em-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 10.5, markerHeight: 10.5, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, [
      el('path', { d: 'M0,0 L10,5 L0,10 z', fill: palette.link }),
    ]),
  ]);
}

/** A link's state in a drawing: its flags, and whether it touches a knocked-out node. */
export interface LinkState extends LinkFlags {
  /** Drawn faint, as the screen draws the links of ghosts. */
  readonly ghost?: boolean;
}

/** What the analysis says about each node and link, for a drawing that shows it (export). */
export interface MapViewStates {
  readonly node?: (node: MapNode) => NodeFlags;
  readonly link?: (link: MapLink, key: string) => LinkState;
  /** Radii to draw with: the whole map's, when drawing part of it. */
  readonly radii?: ReadonlyMap<string, number>;
  /** False: no `data-id` on nodes, so no text of the map ends up in an attribute (export). */
  readonly ids?: boolean;
}

/** The opacity the screen gives a knocked-out node's links. */
const GHOST_LINK_OPACITY = 0.12;

/**
 * Links, then nodes with their labels, at the given positions: what export writes. Without
 * `states` every node and link is drawn plain; with them, in the states they return.
 */
export function mapView(map: EcoMap, positions: Positions, palette: Palette, states: MapViewStates = {}): SvgElement {
  const radius = states.radii ?? radiiOf(map);
  const at = (id: string) => positions.get(id) ?? ORIGIN;
  return el('g', { class: 'em-map' }, [
    el('g', { class: 'em-links' }, map.links.map((link) => {
      const key = linkKey(link);
      const state = states.link?.(link, key);
      const line = linkView(link, at(link.source), at(link.target), radius.get(link.target) ?? 0, palette, key, state);
      return state?.ghost ? { ...line, attrs: { ...line.attrs, opacity: GHOST_LINK_OPACITY } } : line;
    })),
    el('g', { class: 'em-nodes' }, map.nodes.map((node) => {
      const p = at(node.id);
      const id = states.ids === false ? undefined : node.id;
      // The body's array is the node's own: its title goes in front rather than into a copy.
      const children: SvgChild[] = nodeBody(node, radius.get(node.id) ?? 0, palette, states.node?.(node));
      children.unshift(el('title', {}, [`${node.name} (${node.kind})`]));
      return el('g', { class: NODE_CLASS.get(node.kind) ?? `em-node em-${node.kind}`, transform: `translate(${round(p.x)},${round(p.y)})`, 'data-id': id }, children, node.id);
    })),
  ]);
}
