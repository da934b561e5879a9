import { canvasParts } from '../io/export/canvasTree.ts';
import { el } from '../views/element.ts';
import type { SvgElement } from '../views/element.ts';
import { drawViewTree, FONT_FAMILY } from './renderViewTree.ts';
import type { Context2D } from './renderViewTree.ts';
import type { SiloParts } from './siloCanvas.ts';

/**
 * The silo layer (siloLayer's view) as parts a canvas paints: labels of styled runs become plain
 * texts placed by measured widths (with `ctx`), as a PNG export's.
 */
export function siloParts(layer: SvgElement, ctx: Context2D): SiloParts {
  // Setting a font parses it: only when it changes (runs of one label mostly share theirs).
  let font = '';
  const parts = canvasParts(el('svg', {}, [layer]), (text, size, weight) => {
    const wanted = `${weight} ${size}px ${FONT_FAMILY}`;
    if (wanted !== font) ctx.font = font = wanted;
    return ctx.measureText(text).width;
  });
  // The layer is a group of hulls, then labels (siloLayer): hulls and labels go to canvases of
  // their own, the hulls' blended with the map beneath as if drawn under it.
  const hulls: SvgElement[] = [];
  const labels: SvgElement[] = [];
  for (const part of parts) {
    for (const child of part.children ?? []) {
      if (typeof child === 'string') continue;
      (child.tag === 'path' ? hulls : labels).push(child);
    }
  }
  return { hulls, labels };
}

export function paintParts(ctx: Context2D, parts: readonly SvgElement[]): void {
  for (const part of parts) drawViewTree(ctx, part);
}
