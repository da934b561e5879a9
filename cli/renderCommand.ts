import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { exportSvg } from '../src/io/export/exportSvg.ts';
import { settleForExport } from '../src/io/export/exportLayout.ts';
import type { LayoutMode } from '../src/layout/forces.ts';
import { withPngMap } from '../src/io/pngChunks.ts';
import type { EcoMap } from '../src/model/types.ts';
import { pngScale } from '../src/io/export/pngScale.ts';
import { removedIds, splitArgs } from './args.ts';
import type { FlagTypes } from './args.ts';
import { FileError, UsageError, fileLine } from './errors.ts';
import { writeAtomic } from './files.ts';
import { formatOfPath, requireOutputFormat } from './formats.ts';
import type { ImageFormat } from './formats.ts';
import type { CliIo } from './io.ts';
import { loadMap } from './load.ts';

export interface RenderOptions {
  readonly file: string;
  readonly output: string;
  readonly remove: readonly string[];
  readonly flow: boolean;
  readonly layout: LayoutMode;
  readonly theme: 'light' | 'dark';
  /** PNG pixels per map unit. */
  readonly scale: number;
}

export type RenderCommand = { readonly kind: 'render' } & RenderOptions;

/** The picture settings a plain `convert` to .svg or .png uses. */
export const DEFAULT_RENDER: Omit<RenderOptions, 'file' | 'output'> = { remove: [], flow: false, layout: 'force', theme: 'light', scale: 2 };

const FLAGS: FlagTypes = { '-o': 'value', '--output': 'value', '--remove': 'value', '--flow': 'switch', '--layout': 'value', '--theme': 'value', '--scale': 'value' };

/** `render <map> -o out.svg|out.png [options]` (the arguments after `render`); help and version win as elsewhere. */
export function parseRenderArgs(args: readonly string[]): RenderCommand | { readonly kind: 'help' } | { readonly kind: 'version' } {
  const end = args.indexOf('--');
  const flagZone = end < 0 ? args : args.slice(0, end);
  if (flagZone.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (flagZone.some((a) => a === '--version' || a === '-v')) return { kind: 'version' };
  const { positional, values, switches } = splitArgs('render', FLAGS, args);
  const [file, ...extra] = positional;
  if (file === undefined) throw new UsageError('render: missing <map> file');
  if (extra.length) throw new UsageError(`render: unexpected argument "${extra[0]}"`);
  const output = (values.get('-o') ?? values.get('--output'))?.at(-1);
  if (!output) throw new UsageError('render: missing -o <out.svg|out.png> file');
  if (!imageFormat(output)) throw new UsageError(`render: ${output}: the picture must be a .svg or .png file`);
  const last = (flag: string) => values.get(flag)?.at(-1);
  return {
    kind: 'render', file, output,
    remove: removedIds(values.get('--remove'), 'render'),
    flow: switches.has('--flow'),
    layout: oneOf(last('--layout'), ['force', 'stack'], '--layout', DEFAULT_RENDER.layout),
    theme: oneOf(last('--theme'), ['light', 'dark'], '--theme', DEFAULT_RENDER.theme),
    scale: Number(oneOf(last('--scale'), ['1', '2', '3'], '--scale', String(DEFAULT_RENDER.scale))),
  };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`render: ${flag} is one of ${allowed.join(', ')}, not "${value}"`);
}

function imageFormat(path: string): ImageFormat | undefined {
  const format = requireOutputFormat(path, 'render');
  return format === 'svg' || format === 'png' ? format : undefined;
}

/** `ecomap render`: the map laid out (seeded, so the same input gives the same bytes) and drawn to a file. */
export function runRender(options: RenderOptions, io: CliIo): number {
  const map = loadMap(options.file, formatOfPath(options.file) === 'csv' ? 'csv' : 'json', io.cwd, io.stderr);
  const ids = options.remove.length ? new Set(map.nodes.map((n) => n.id)) : undefined;
  const unknown = ids ? options.remove.filter((id) => !ids.has(id)) : [];
  if (unknown.length) throw new FileError(options.file, `--remove: no node ${unknown.map((id) => JSON.stringify(id)).join(', ')}`);
  writePicture(map, options, io);
  return 0;
}

/** Draws `map` into `options.output` (.svg or .png) and says what was written. */
export function writePicture(map: EcoMap, options: Omit<RenderOptions, 'file'>, io: CliIo): void {
  const format = imageFormat(options.output)!;
  const svg = renderSvg(map, options);
  const bytes = format === 'svg' ? svg : rasterize(svg, map, options.scale, options.output, io);
  writeAtomic(options.output, bytes, io.cwd);
  io.stdout.write(`Wrote ${options.output}: ${map.nodes.length} nodes, ${map.links.length} links\n`);
}

/** The map laid out with the layout's fixed seed and drawn by exportSvg, on the theme's background. */
export function renderSvg(map: EcoMap, options: Omit<RenderOptions, 'file' | 'output'>): string {
  const removed = new Set(options.remove);
  const positions = settleForExport(map, { mode: options.layout, removed });
  return exportSvg({ map, positions, removed, selection: new Set(), theme: options.theme }, { background: options.theme, flow: options.flow, knockOut: true, legend: true });
}

/**
 * The SVG as PNG through resvg, with the map embedded for re-opening. The scale comes down, with
 * a warning, for a picture past the size a browser can open (16,384 px a side, 268 M pixels).
 */
function rasterize(svg: string, map: EcoMap, scale: number, output: string, io: CliIo): Uint8Array {
  const { Resvg } = loadResvg(output);
  const [, , width = 1, height = 1] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
  const fit = pngScale(width, height, scale);
  if (fit.clamped) io.stderr.write(fileLine(output, `warning: drawn at ${fit.scale}× instead of ${scale}×: the picture would be larger than 16,384 pixels a side or 268 million pixels`));
  const options: ResvgRenderOptions = { fitTo: { mode: 'width', value: fit.width }, font: { loadSystemFonts: true }, logLevel: 'off' };
  try {
    const png = new Resvg(svg, options).render().asPng();
    return withPngMap(new Uint8Array(png.buffer, png.byteOffset, png.byteLength), map);
  } catch (error) {
    throw new FileError(output, `cannot draw the PNG: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * resvg is a native module: required at run time (not bundled into the CLI's precompiled file,
 * which cannot hold a binary), and only when a PNG is asked for.
 */
function loadResvg(output: string): typeof import('@resvg/resvg-js') {
  try {
    return createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  } catch (error) {
    throw new FileError(output, `cannot write PNG: the @resvg/resvg-js package could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}
