import type { Box } from '../../views/bounds.ts';
import type { SvgChild, SvgElement } from '../../views/element.ts';
import { A, C, decimalAt, H, L, M, pathTokens, Q, tokenCodes, tokenValues, V, Z } from './svgNumbers.ts';

/*
 * The box a view tree covers, for the exported viewBox: shapes, strokes, arrowheads and text. Text
 * cannot be measured without a DOM, so its width is estimated from its characters, generously:
 * a label cut off at the edge of a file is worse than a little more margin.
 */

/** A running min/max, grown point by point. */
class Extent {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  add(x: number, y: number, pad = 0): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    if (x - pad < this.minX) this.minX = x - pad;
    if (y - pad < this.minY) this.minY = y - pad;
    if (x + pad > this.maxX) this.maxX = x + pad;
    if (y + pad > this.maxY) this.maxY = y + pad;
  }
  box(): Box | undefined {
    if (this.minX > this.maxX) return undefined;
    return { x: this.minX, y: this.minY, width: this.maxX - this.minX, height: this.maxY - this.minY };
  }
}

/** The box the drawn parts of `tree` cover, or undefined when it draws nothing. */
export function treeBounds(tree: SvgChild): Box | undefined {
  const extent = new Extent();
  visit(tree, 0, 0, 12, 'start', 0, extent);
  return extent.box();
}

const num = (value: string | number | undefined, fallback = 0): number => {
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : parseFloat(value);
  return Number.isFinite(n) ? n : fallback;
};

function visit(node: SvgChild, dx: number, dy: number, fontSize: number, anchor: string, inheritedStroke: number, out: Extent): void {
  if (typeof node === 'string') return;
  const { attrs } = node;
  const stroke = attrs['stroke-width'] !== undefined ? num(attrs['stroke-width'], 1) : inheritedStroke;
  const half = attrs.stroke === 'none' ? 0 : stroke / 2;
  switch (node.tag) {
    case 'g': {
      // A link runs between two node centres, its arrowhead inside the target's margin: the
      // nodes' boxes hold every link, so the (many) lines need not be visited.
      if (attrs.class === 'em-links') return;
      translateOf(attrs.transform);
      const x = dx + moved.x, y = dy + moved.y;
      const size = num(attrs['font-size'], fontSize);
      const a = attrs['text-anchor'] !== undefined ? String(attrs['text-anchor']) : anchor;
      for (const child of node.children ?? []) visit(child, x, y, size, a, stroke, out);
      return;
    }
    case 'rect': {
      const x = dx + num(attrs.x), y = dy + num(attrs.y);
      out.add(x, y, half);
      out.add(x + num(attrs.width), y + num(attrs.height), half);
      return;
    }
    case 'circle': {
      const r = num(attrs.r) + half;
      out.add(dx + num(attrs.cx), dy + num(attrs.cy), r);
      return;
    }
    case 'line': {
      // An arrowhead (10.5 units, tip 1 past the end) fits in this margin.
      const pad = Math.max(half, attrs['marker-end'] !== undefined ? 7 : 0);
      out.add(dx + num(attrs.x1), dy + num(attrs.y1), pad);
      out.add(dx + num(attrs.x2), dy + num(attrs.y2), pad);
      return;
    }
    case 'polygon':
    case 'polyline':
      return pointsExtent(String(attrs.points ?? ''), dx, dy, half, out);
    case 'path':
      return pathExtent(String(attrs.d ?? ''), dx, dy, half, out);
    case 'text':
      return textExtent(node, dx, dy, num(attrs['font-size'], fontSize), attrs['text-anchor'] !== undefined ? String(attrs['text-anchor']) : anchor, half, out);
  }
}

/** White space is a space or a control character below it: tab, line feed, carriage return. */
const SPACE = 0x20, COMMA = 0x2c;

/**
 * Points of a `points` list: numbers separated by commas and spaces, each read as Number() reads
 * it, taken in pairs. Read in place: a map's partners are hundreds of diamonds.
 */
function pointsExtent(points: string, dx: number, dy: number, pad: number, out: Extent): void {
  const separator = (c: number) => c <= SPACE || c === COMMA;
  let x = NaN;
  let odd = false;
  for (let i = 0; i < points.length; ) {
    if (separator(points.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < points.length && !separator(points.charCodeAt(i))) i++;
    const value = decimalAt(points, start, i);
    if (odd) out.add(dx + x, dy + value, pad);
    else x = value;
    odd = !odd;
  }
}

/**
 * Points of a path of the commands the views write (M, L, H, V, Q, A, Z, absolute). A curve stays
 * within its control points; an arc of at most a quarter turn bulges under 0.3 r past its ends.
 */
function pathExtent(d: string, dx: number, dy: number, pad: number, out: Extent): void {
  const count = pathTokens(d);
  let cmd = 0;
  let x = 0, y = 0;
  let i = 0;
  // A command read as a number, or a number past the end, is NaN: out.add skips the point.
  const next = () => (i < count ? tokenValues[i++]! : (i++, NaN));
  while (i < count) {
    if (tokenCodes[i] !== 0) cmd = tokenCodes[i++]!;
    if (cmd === Z) {
      if (i < count && tokenCodes[i] === 0) i++;
      continue;
    }
    const start = i;
    if (cmd === M || cmd === L) (x = next()), (y = next()), out.add(dx + x, dy + y, pad);
    else if (cmd === H) (x = next()), out.add(dx + x, dy + y, pad);
    else if (cmd === V) (y = next()), out.add(dx + x, dy + y, pad);
    else if (cmd === Q || cmd === C) {
      const n = cmd === Q ? 2 : 3;
      for (let k = 0; k < n; k++) (x = next()), (y = next()), out.add(dx + x, dy + y, pad);
    } else if (cmd === A) {
      const r = Math.max(Math.abs(next()), Math.abs(next()));
      i += 3;
      (x = next()), (y = next());
      out.add(dx + x, dy + y, pad + 0.3 * r);
    } else i++;
    if (i === start) i++;
  }
}

/** Characters a sans-serif draws about twice as wide: CJK, fullwidth forms, emoji. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud800-\udbff][\udc00-\udfff]/g;

const BEYOND_LATIN = /[^\u0000-\u10ff]/;

/** The estimated width of `text` at `fontSize`: 0.62 em a character, 1.1 em a wide one. */
export function textWidth(text: string, fontSize: number): number {
  // Most labels are Latin: no wide characters, no surrogate pairs, one character per code unit.
  if (!BEYOND_LATIN.test(text)) return text.length * 0.62 * fontSize;
  const wide = text.match(WIDE)?.length ?? 0;
  const chars = [...text].length;
  return ((chars - wide) * 0.62 + wide * 1.1) * fontSize;
}

function textOf(node: SvgChild): string {
  if (typeof node === 'string') return node;
  const children = node.children ?? [];
  // Most texts (every node's label) are one plain run.
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
  return children.map(textOf).join('');
}

function textExtent(node: SvgElement, dx: number, dy: number, fontSize: number, anchor: string, halo: number, out: Extent): void {
  const text = textOf(node);
  if (!text) return;
  const width = textWidth(text, fontSize);
  const x = dx + num(node.attrs.x);
  const y = dy + num(node.attrs.y);
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  out.add(left, y - 0.95 * fontSize, halo);
  out.add(left + width, y + 0.3 * fontSize, halo);
}

const TRANSLATE = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?\s*\)/;

/** Where translateOf leaves what it read: one object for the whole walk, not a pair per group. */
const moved = { x: 0, y: 0 };

function translateOf(transform: string | number | undefined): void {
  moved.x = 0;
  moved.y = 0;
  if (transform === undefined) return;
  const text = String(transform);
  // The views write `translate(x,y)`: read that without a regular expression, anything else with one.
  const comma = text.indexOf(',');
  if (text.startsWith('translate(') && comma > 0 && text.endsWith(')')) {
    const x = decimalAt(text, 10, comma);
    const y = decimalAt(text, comma + 1, text.length - 1);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      moved.x = x;
      moved.y = y;
      return;
    }
  }
  const m = TRANSLATE.exec(text);
  if (m) {
    moved.x = Number(m[1]) || 0;
    moved.y = Number(m[2] ?? 0) || 0;
  }
}
