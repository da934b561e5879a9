import type { Box } from '../../views/bounds.ts';
import { el } from '../../views/element.ts';
import type { SvgChild, SvgElement } from '../../views/element.ts';

/** How wide a run of text is drawn, e.g. a canvas's measureText with the font drawViewTree sets. */
export type MeasureText = (text: string, fontSize: number, fontWeight: string) => number;

/*
 * A canvas painter (renderViewTree) draws the views' basic shapes and plain text, but neither
 * markers nor <tspan>. These rewrites turn an export's tree into that subset while keeping the
 * picture: each arrowhead becomes a path where the marker would put it, and a text of several
 * styled runs becomes one plain text per run, placed by measured widths.
 */

/** The parts of an exported <svg> a canvas paints, rewritten to the subset it draws, in order. */
export function canvasParts(svg: SvgElement, measure: MeasureText): SvgElement[] {
  const arrowFill = markerFill(svg);
  const parts: SvgElement[] = [];
  for (const child of svg.children ?? []) {
    if (typeof child === 'string' || child.tag === 'title' || child.tag === 'desc' || child.tag === 'metadata' || child.tag === 'defs') continue;
    parts.push(rewrite(child, { arrowFill, measure, fontSize: 16, fontWeight: 'normal', anchor: 'start' }));
  }
  return parts;
}

/** The viewBox of an exported <svg>. */
export function viewBoxOf(svg: SvgElement): Box {
  const [x = 0, y = 0, width = 0, height = 0] = String(svg.attrs.viewBox ?? '').split(/[\s,]+/).map(Number);
  return { x, y, width, height };
}

interface Context {
  readonly arrowFill: string;
  readonly measure: MeasureText;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly anchor: string;
}

function rewrite(node: SvgElement, context: Context): SvgElement {
  const { attrs } = node;
  const inner: Context = {
    ...context,
    fontSize: attrs['font-size'] !== undefined ? Number(attrs['font-size']) : context.fontSize,
    fontWeight: attrs['font-weight'] !== undefined ? String(attrs['font-weight']) : context.fontWeight,
    anchor: attrs['text-anchor'] !== undefined ? String(attrs['text-anchor']) : context.anchor,
  };
  if (node.tag === 'line' && attrs['marker-end'] !== undefined) return arrowed(node, context.arrowFill);
  if (node.tag === 'text' && node.children?.some((c) => typeof c !== 'string')) return runs(node, inner);
  if (!node.children?.length || node.tag === 'text') return node;
  return { ...node, children: node.children.map((child) => (typeof child === 'string' ? child : rewrite(child, inner))) };
}

/** The marker's arrowhead in map units: tip 1.05 past the line's end, 9.45 back, 10.5 wide (see arrowMarker). */
const TIP = 1.05;
const BACK = 9.45;
const HALF_WIDTH = 5.25;

/** A line and its arrowhead as a path, in a group that carries the line's opacity to both. */
function arrowed(line: SvgElement, fill: string): SvgElement {
  const { 'marker-end': _marker, opacity, ...attrs } = line.attrs;
  const x1 = Number(attrs.x1), y1 = Number(attrs.y1), x2 = Number(attrs.x2), y2 = Number(attrs.y2);
  const length = Math.hypot(x2 - x1, y2 - y1);
  const stroke = { ...line, attrs };
  if (!(length > 0)) return el('g', opacity === undefined ? {} : { opacity }, [stroke]);
  const ux = (x2 - x1) / length, uy = (y2 - y1) / length;
  const at = (u: number, v: number) => `${round(x2 + u * ux - v * uy)},${round(y2 + u * uy + v * ux)}`;
  const head = el('path', { d: `M${at(-BACK, -HALF_WIDTH)}L${at(TIP, 0)}L${at(-BACK, HALF_WIDTH)}Z`, fill, stroke: 'none' });
  return el('g', opacity === undefined ? {} : { opacity }, [stroke, head]);
}

/** A text of styled runs as one plain text per run, laid end to end from where the whole would start. */
function runs(text: SvgElement, context: Context): SvgElement {
  const { 'text-anchor': _anchor, x: _x, ...shared } = text.attrs;
  const pieces = (text.children ?? []).map((child) => {
    const own = typeof child === 'string' ? {} : child.attrs;
    const content = typeof child === 'string' ? child : plain(child);
    const weight = own['font-weight'] !== undefined ? String(own['font-weight']) : context.fontWeight;
    const size = own['font-size'] !== undefined ? Number(own['font-size']) : context.fontSize;
    return { content, own, width: context.measure(content, size, weight) };
  });
  const total = pieces.reduce((sum, p) => sum + p.width, 0);
  const x = Number(text.attrs.x ?? 0);
  let cursor = context.anchor === 'middle' ? x - total / 2 : context.anchor === 'end' ? x - total : x;
  const out: SvgElement[] = [];
  for (const piece of pieces) {
    if (piece.content) out.push(el('text', { ...shared, ...piece.own, x: round(cursor), 'text-anchor': 'start' }, [piece.content]));
    cursor += piece.width;
  }
  return el('g', {}, out);
}

function plain(node: SvgChild): string {
  return typeof node === 'string' ? node : (node.children ?? []).map(plain).join('');
}

function markerFill(svg: SvgElement): string {
  const find = (node: SvgChild): string | undefined => {
    if (typeof node === 'string') return undefined;
    if (node.tag === 'marker') return String((node.children?.[0] as SvgElement | undefined)?.attrs.fill ?? '#000');
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  return find(svg) ?? '#000';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
