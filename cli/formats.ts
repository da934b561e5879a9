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
