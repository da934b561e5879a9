import { canvasParts } from '../io/export/canvasTree.ts';
import type { MeasureText } from '../io/export/canvasTree.ts';
import type { ExportInput, ExportOptions } from '../io/export/exportInput.ts';
import { exportTree } from '../io/export/exportTree.ts';
import { pngScale } from '../io/export/pngScale.ts';
import { withPngMap } from '../io/pngChunks.ts';
import { drawViewTree, FONT_FAMILY } from './renderViewTree.ts';
import type { Context2D } from './renderViewTree.ts';

/** A PNG export: the file, and the scale it was drawn at (lower than asked when `clamped`). */
export interface PngExport {
  readonly blob: Blob;
  readonly scale: number;
  readonly clamped: boolean;
  readonly width: number;
  readonly height: number;
}

/**
 * The export as a PNG at 1×, 2× or 3×: the same tree as the SVG, painted straight onto a canvas
 * (never an <img> of the SVG, which would taint the canvas or lose fonts), with the map embedded
 * in an iTXt chunk for re-opening. The scale comes down when the picture would pass the
 * browser's canvas limits; `clamped` then says so.
 */
export async function exportPng(input: ExportInput, options: Partial<ExportOptions> = {}, scale = 2): Promise<PngExport> {
  const { tree, box } = exportTree(input, options);
  const size = pngScale(box.width, box.height, scale);
  const canvas = createCanvas(size.width, size.height);
  // An opaque canvas when the background covers it: less to blend and to encode.
  const ctx = canvas.getContext('2d', { alpha: options.background === 'transparent' }) as Context2D | null;
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.scale(size.width / box.width, size.height / box.height);
  ctx.translate(-box.x, -box.y);
  for (const part of canvasParts(tree, measureWith(ctx))) drawViewTree(ctx, part);
  const drawn = await toPngBlob(canvas);
  const bytes = withPngMap(new Uint8Array(await drawn.arrayBuffer()), input.map);
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }), scale: size.scale, clamped: size.clamped, width: size.width, height: size.height };
}

function createCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toPngBlob(canvas: OffscreenCanvas | HTMLCanvasElement): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large for this browser'))), 'image/png'));
}

/** Widths as drawViewTree will draw the text: the same font string. */
function measureWith(ctx: Context2D): MeasureText {
  return (text, fontSize, fontWeight) => {
    ctx.font = `${fontWeight} ${fontSize}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}
