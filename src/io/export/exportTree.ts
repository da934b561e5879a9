import type { Point } from '../../layout/settle.ts';
import type { EcoMap, MapNode } from '../../model/types.ts';
import type { Box } from '../../views/bounds.ts';
import { el } from '../../views/element.ts';
import type { SvgElement } from '../../views/element.ts';
import { knockOutBannerSize, knockOutBannerView } from '../../views/knockOutBannerView.ts';
import { LEGEND_HEIGHT, LEGEND_WIDTH, legendView } from '../../views/legendView.ts';
import { arrowMarker, mapView } from '../../views/mapView.ts';
import type { MapViewStates } from '../../views/mapView.ts';
import { radiiOf } from '../../views/radii.ts';
import { siloLayer } from '../../views/siloView.ts';
import { THEMES } from '../../views/theme.ts';
import { DEFAULT_EXPORT_OPTIONS, FONT_FAMILY } from './exportInput.ts';
import type { ExportInput, ExportOptions } from './exportInput.ts';
import { exportStates } from './exportStates.ts';
import type { ExportStates } from './exportStates.ts';
import { METADATA_ID } from './svgMap.ts';
import { treeBounds } from './treeBounds.ts';

/** An export drawn as a view tree: the `<svg>` root, and the box of map units its viewBox shows. */
export interface ExportDrawing {
  readonly tree: SvgElement;
  readonly box: Box;
}

/** Space between the map and the legend or the banner. */
const GAP = 24;
const ORIGIN: Point = { x: 0, y: 0 };

/**
 * The exported picture as a view tree, drawn by the same views as the screen: silo hulls, links,
 * nodes in their states, the knock-out banner and the legend, fitted into a viewBox. Its
 * `<metadata id="ecosystem-map">` is left empty: exportSvg fills it with the map.
 */
export function exportTree(input: ExportInput, options: Partial<ExportOptions> = {}): ExportDrawing {
  const o = { ...DEFAULT_EXPORT_OPTIONS, ...options };
  const { map } = input;
  const palette = THEMES[input.theme];
  const positions = positionsOf(map, input.positions);
  const drawn = o.selectionOnly ? selected(map, input.selection) : map;
  const states = exportStates(map, input.removed, positions, o.knockOut, o.flow, drawn === map ? undefined : new Set(drawn.nodes.map((n) => n.id)));
  const unit = map.unit;

  const mapTree = mapView(drawn, positions, palette, viewStates(map, states));
  let bounds = treeBounds(mapTree) ?? { x: 0, y: 0, width: 0, height: 0 };
  const content: SvgElement[] = [];
  const figures = states.knockOut;
  if (figures) {
    const silosTree = siloLayer(figures.silos, palette, { ...(unit === undefined ? {} : { unit }), within: bounds });
    content.push(silosTree);
    bounds = union(bounds, treeBounds(silosTree));
  }
  content.push(mapTree);
  if (figures) {
    const size = knockOutBannerSize(figures, unit);
    const x = Math.round(bounds.x + bounds.width / 2 - size.width / 2);
    const y = Math.round(bounds.y - GAP - size.height);
    content.push(el('g', { transform: `translate(${x},${y})` }, [knockOutBannerView(figures, palette, unit)]));
    bounds = union(bounds, { x, y, width: size.width, height: size.height });
  }
  if (o.legend) {
    const legend = legendView(palette, unit);
    // Its unit line may run past its card: measure the whole of it.
    const size = treeBounds(legend) ?? { x: 0, y: 0, width: LEGEND_WIDTH, height: LEGEND_HEIGHT };
    const at = legendPlace(bounds, size);
    content.push(el('g', { transform: `translate(${at.x},${at.y})` }, [legend]));
    bounds = union(bounds, { x: at.x + size.x, y: at.y + size.y, width: size.width, height: size.height });
  }

  const box = fitted(bounds, o.padding);
  const viewBox = `${box.x} ${box.y} ${box.width} ${box.height}`;
  const tree = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', viewBox, width: box.width, height: box.height,
    'font-family': FONT_FAMILY, role: 'img', 'aria-labelledby': 'em-title em-desc',
  }, [
    el('title', { id: 'em-title' }, [map.title || 'Ecosystem map']),
    el('desc', { id: 'em-desc' }, [map.description?.trim() || summaryOf(drawn)]),
    el('metadata', { id: METADATA_ID }),
    portableMarker(arrowMarker(palette)),
    ...(o.background === 'transparent' ? [] : [el('rect', { class: 'em-background', x: box.x, y: box.y, width: box.width, height: box.height, fill: THEMES[o.background].background })]),
    el('g', { class: 'em-export' }, content),
  ]);
  return { tree, box };
}

/**
 * The arrow marker with `orient="auto"`: the same for a marker-end as the screen's
 * `auto-start-reverse` (SVG 2), which resvg does not know and draws every arrow pointing right.
 */
function portableMarker(defs: SvgElement): SvgElement {
  return { ...defs, children: defs.children?.map((m) => (typeof m === 'string' || m.tag !== 'marker' ? m : { ...m, attrs: { ...m.attrs, orient: 'auto' } })) };
}

/** Every node's point: where it is drawn, else its stored position, else the origin. */
function positionsOf(map: EcoMap, given: ExportInput['positions']): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const node of map.nodes) {
    const p = given.get(node.id);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) out.set(node.id, p);
    else if (Number.isFinite(node.x) && Number.isFinite(node.y)) out.set(node.id, { x: node.x!, y: node.y! });
    else out.set(node.id, ORIGIN);
  }
  return out;
}

/** The selected nodes and the links between them; the whole map when none of its nodes is selected. */
function selected(map: EcoMap, selection: ReadonlySet<string>): EcoMap {
  const nodes = map.nodes.filter((n) => selection.has(n.id));
  if (nodes.length === 0) return map;
  return { ...map, nodes, links: map.links.filter((l) => selection.has(l.source) && selection.has(l.target)) };
}

/** The nodes and links in their states, sized as on the whole map. */
function viewStates(map: EcoMap, states: ExportStates): MapViewStates {
  const unit = map.unit;
  const { ghost, stranded, spof, enabled, linkFlow } = states;
  // Most nodes and links are in no state at all: they share one flags object, not one each.
  const plainNode = unit === undefined ? {} : { unit };
  const plainLink = {};
  return {
    radii: radiiOf(map),
    ids: false,
    node: (node: MapNode) => {
      const id = node.id;
      const amount = enabled?.get(id) ?? 0;
      if (!amount && !spof.has(id) && !ghost.has(id) && !stranded.has(id)) return plainNode;
      return { ghost: ghost.has(id), stranded: stranded.has(id), spof: spof.has(id), enabled: amount, ...plainNode };
    },
    link: (link) => {
      const isGhost = ghost.size > 0 && (ghost.has(link.source) || ghost.has(link.target));
      const flow = linkFlow?.get(link) ?? 0;
      return isGhost || flow ? { ghost: isGhost, flow } : plainLink;
    },
  };
}

function union(a: Box, b: Box | undefined): Box {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * Where the legend's origin goes so that its box (`size`, around its origin) sits beside the map
 * on the right or under it on the left, clear of everything: whichever keeps the picture smaller.
 */
function legendPlace(bounds: Box, size: Box): Point {
  const right = { x: Math.round(bounds.x + bounds.width + GAP - size.x), y: Math.round(bounds.y - size.y) };
  const below = { x: Math.round(bounds.x - size.x), y: Math.round(bounds.y + bounds.height + GAP - size.y) };
  const area = (p: Point) => union(bounds, { x: p.x + size.x, y: p.y + size.y, width: size.width, height: size.height });
  const a = area(right), b = area(below);
  return b.width * b.height < a.width * a.height ? below : right;
}

/** The box grown by the padding, on whole units so the file's numbers stay short. */
function fitted(bounds: Box, padding: number): Box {
  const pad = Number.isFinite(padding) ? Math.max(0, padding) : DEFAULT_EXPORT_OPTIONS.padding;
  const x = Math.floor(bounds.x - pad);
  const y = Math.floor(bounds.y - pad);
  return { x, y, width: Math.max(1, Math.ceil(bounds.x + bounds.width + pad) - x), height: Math.max(1, Math.ceil(bounds.y + bounds.height + pad) - y) };
}

const NOUNS = { platform: ['platform', 'platforms'], service: ['service', 'services'], partner: ['partner', 'partners'] } as const;

/** "Ecosystem map: 3 platforms, 12 services, 2 partners, 20 links" for a map with no description. */
function summaryOf(map: EcoMap): string {
  const count = { platform: 0, service: 0, partner: 0 };
  for (const node of map.nodes) count[node.kind]++;
  const parts = (Object.keys(NOUNS) as (keyof typeof NOUNS)[]).map((k) => `${count[k]} ${NOUNS[k][count[k] === 1 ? 0 : 1]}`);
  return `Ecosystem map: ${parts.join(', ')}, ${map.links.length} ${map.links.length === 1 ? 'link' : 'links'}`;
}
