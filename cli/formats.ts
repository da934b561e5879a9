import { extname } from 'node:path';
import { UsageError } from './errors.ts';

export const FORMATS = ['json', 'csv'] as const;
export type FileFormat = (typeof FORMATS)[number];

/** The format a file name asks for, or undefined when its extension is not one we know. */
export function formatOfPath(path: string): FileFormat | undefined {
  const ext = extname(path).toLowerCase().slice(1);
  return (FORMATS as readonly string[]).includes(ext) ? (ext as FileFormat) : undefined;
}

/** As formatOfPath, but an unknown extension is wrong usage (exit 2). */
export function requireFormat(path: string): FileFormat {
  const format = formatOfPath(path);
  if (format) return format;
  const ext = extname(path);
  const what = ext ? `unknown format "${ext}"` : 'no file extension';
  throw new UsageError(`${path}: ${what}; supported: ${FORMATS.map((f) => `.${f}`).join(', ')}`);
}

/** Backstage catalog descriptors (.yaml, .yml): read as input, never written. */
export type InputFormat = FileFormat | 'yaml';

/** True for a .yaml or .yml file name. */
export function isYamlPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
}

/** The format an input file asks for: a map format or Backstage YAML; anything else is wrong usage. */
export function requireInputFormat(path: string): InputFormat {
  if (isYamlPath(path)) return 'yaml';
  const format = formatOfPath(path);
  if (format) return format;
  const ext = extname(path);
  const what = ext ? `unknown format "${ext}"` : 'no file extension';
  throw new UsageError(`${path}: ${what}; supported: ${[...FORMATS, 'yaml', 'yml'].map((f) => `.${f}`).join(', ')}`);
}

/** Pictures of the map: `convert` and `render` write them; nothing reads them as input here. */
export const IMAGE_FORMATS = ['svg', 'png'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** The format an output file asks for: a map format or a picture; anything else is wrong usage. */
export function requireOutputFormat(path: string, command = 'convert'): FileFormat | ImageFormat {
  const ext = extname(path).toLowerCase().slice(1);
  const known = [...FORMATS, ...IMAGE_FORMATS] as readonly string[];
  if (known.includes(ext)) return ext as FileFormat | ImageFormat;
  const what = ext ? `unknown format "${extname(path)}"` : 'no file extension';
  const supported = (command === 'render' ? IMAGE_FORMATS : known).map((f) => `.${f}`).join(', ');
  throw new UsageError(`${path}: ${what}; supported: ${supported}`);
}
