import type { SvgChild, SvgElement } from '../views/element.ts';

/** The 2D context calls this file makes: a canvas's or an offscreen canvas's. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The font the page gives SVG text (app.css sets it on :root): labels on canvas look the same. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

interface Paint {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash: number[];
  readonly join: CanvasLineJoin;
  readonly opacity: number;
  readonly fillOpacity: number;
  readonly strokeOpacity: number;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly anchor: string;
  readonly strokeFirst: boolean;
}

const INITIAL: Paint = {
  fill: '#000', stroke: 'none', strokeWidth: 1, dash: [], join: 'miter', opacity: 1, fillOpacity: 1, strokeOpacity: 1,
  fontSize: 16, fontWeight: 'normal', anchor: 'start', strokeFirst: false,
};

/**
 * Draws a pure view tree (the one the SVG screen and export draw) on a 2D canvas, for the subset
 * of SVG the views use: g (translate), rect, circle, polygon, path, line and text with fill,
 * stroke, dashes and opacities. Titles and anything else are skipped. So a large map drawn on a
 * canvas shows what the SVG would, and follows the views when they change.
 */
export function drawViewTree(ctx: Context2D, node: SvgChild, inherited: Paint = INITIAL): void {
  if (typeof node === 'string') return;
  const paint = paintOf(node, inherited);
  const { attrs } = node;
  switch (node.tag) {
    case 'g': {
      const [tx, ty] = translateOf(attrs.transform);
      ctx.save();
      ctx.translate(tx, ty);
      if (attrs.opacity !== undefined) ctx.globalAlpha *= num(attrs.opacity, 1);
      const inner = attrs.opacity !== undefined ? { ...paint, opacity: 1 } : paint;
      for (const child of node.children ?? []) drawViewTree(ctx, child, inner);
      ctx.restore();
      return;
    }
    case 'rect': {
      const path = new Path2D();
      const x = num(attrs.x, 0);
      const y = num(attrs.y, 0);
      const w = num(attrs.width, 0);
      const h = num(attrs.height, 0);
      const rx = Math.min(num(attrs.rx, num(attrs.ry, 0)), w / 2, h / 2);
      if (rx > 0) path.roundRect(x, y, w, h, rx);
      else path.rect(x, y, w, h);
      return paintPath(ctx, path, paint);
    }
    case 'circle': {
      const path = new Path2D();
      path.arc(num(attrs.cx, 0), num(attrs.cy, 0), Math.max(0, num(attrs.r, 0)), 0, 2 * Math.PI);
      return paintPath(ctx, path, paint);
    }
    case 'polygon':
    case 'polyline': {
      const values = String(attrs.points ?? '').trim().split(/[\s,]+/).map(Number);
      const path = new Path2D();
      for (let i = 0; i + 1 < values.length; i += 2) path[i ? 'lineTo' : 'moveTo'](values[i]!, values[i + 1]!);
      if (node.tag === 'polygon') path.closePath();
      return paintPath(ctx, path, paint);
    }
    case 'path':
      return paintPath(ctx, new Path2D(String(attrs.d ?? '')), paint);
    case 'line': {
      const path = new Path2D();
      path.moveTo(num(attrs.x1, 0), num(attrs.y1, 0));
      path.lineTo(num(attrs.x2, 0), num(attrs.y2, 0));
      return paintPath(ctx, path, { ...paint, fill: 'none' });
    }
    case 'text':
      return drawText(ctx, node, paint);
  }
}

function drawText(ctx: Context2D, node: SvgElement, paint: Paint): void {
  const text = (node.children ?? []).filter((c): c is string => typeof c === 'string').join('');
  if (!text) return;
  const x = num(node.attrs.x, 0);
  const y = num(node.attrs.y, 0);
  ctx.save();
  ctx.globalAlpha *= paint.opacity;
  ctx.font = `${paint.fontWeight} ${paint.fontSize}px ${FONT_FAMILY}`;
  ctx.textAlign = paint.anchor === 'middle' ? 'center' : paint.anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  const stroke = () => {
    if (paint.stroke === 'none' || paint.strokeWidth <= 0) return;
    ctx.strokeStyle = paint.stroke;
    ctx.lineWidth = paint.strokeWidth;
    ctx.lineJoin = 'round';
    ctx.strokeText(text, x, y);
  };
  if (paint.strokeFirst) stroke();
  if (paint.fill !== 'none') {
    ctx.fillStyle = paint.fill;
    ctx.fillText(text, x, y);
  }
  if (!paint.strokeFirst) stroke();
  ctx.restore();
}

function paintPath(ctx: Context2D, path: Path2D, paint: Paint): void {
  const alpha = ctx.globalAlpha;
  if (paint.fill !== 'none' && !paint.fill.startsWith('url(')) {
    ctx.globalAlpha = alpha * paint.opacity * paint.fillOpacity;
    ctx.fillStyle = paint.fill;
    ctx.fill(path);
  }
  if (paint.stroke !== 'none' && !paint.stroke.startsWith('url(') && paint.strokeWidth > 0) {
    ctx.globalAlpha = alpha * paint.opacity * paint.strokeOpacity;
    ctx.strokeStyle = paint.stroke;
    ctx.lineWidth = paint.strokeWidth;
    ctx.lineJoin = paint.join;
    ctx.setLineDash(paint.dash);
    ctx.stroke(path);
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = alpha;
}

/** Inherited properties flow down; `opacity` applies to the element it is on. */
function paintOf({ tag, attrs }: SvgElement, up: Paint): Paint {
  const dash = attrs['stroke-dasharray'];
  return {
    fill: attrs.fill !== undefined ? String(attrs.fill) : up.fill,
    stroke: attrs.stroke !== undefined ? String(attrs.stroke) : up.stroke,
    strokeWidth: num(attrs['stroke-width'], up.strokeWidth),
    dash: dash === undefined ? up.dash : String(dash) === 'none' ? [] : String(dash).trim().split(/[\s,]+/).map(Number).filter(Number.isFinite),
    join: (attrs['stroke-linejoin'] as CanvasLineJoin | undefined) ?? up.join,
    opacity: tag === 'g' ? 1 : num(attrs.opacity, 1),
    fillOpacity: num(attrs['fill-opacity'], up.fillOpacity),
    strokeOpacity: num(attrs['stroke-opacity'], up.strokeOpacity),
    fontSize: num(attrs['font-size'], up.fontSize),
    fontWeight: attrs['font-weight'] !== undefined ? String(attrs['font-weight']) : up.fontWeight,
    anchor: attrs['text-anchor'] !== undefined ? String(attrs['text-anchor']) : up.anchor,
    strokeFirst: attrs['paint-order'] !== undefined ? String(attrs['paint-order']).startsWith('stroke') : up.strokeFirst,
  };
}

function num(value: string | number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : parseFloat(value);
  return Number.isFinite(n) ? n : fallback;
}

function translateOf(transform: string | number | undefined): [number, number] {
  const m = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?\s*\)/.exec(String(transform ?? ''));
  return m ? [Number(m[1]) || 0, Number(m[2] ?? 0) || 0] : [0, 0];
}
