import { NODE_KINDS } from '../model/types.ts';
import type { EcoMap, NodeKind } from '../model/types.ts';
import { mapFromCsv } from './csv.ts';
import { MAX_BYTES } from './limits.ts';
import { formatRepair, restoreMap } from './restore.ts';
import type { Restored } from './restore.ts';
import { extensionOf, sniffImport, WHAT_OPENS } from './importSniff.ts';
import type { ImportKind } from './importSniff.ts';

export { IMPORT_KINDS, WHAT_OPENS, extensionOf } from './importSniff.ts';
export type { ImportKind } from './importSniff.ts';

/** What a preview shows before anything is created. `rows`: a sheet's data rows read. */
export interface ImportSummary {
  readonly nodes: number;
  readonly links: number;
  readonly byKind: Record<NodeKind, number>;
  readonly rows?: number;
}

export type ImportResult =
  | { ok: true; kind: ImportKind; map: EcoMap; warnings: string[]; summary: ImportSummary }
  | { ok: false; error: string };

/** A dropped or opened file (name and bytes), or pasted text. */
export interface ImportInput {
  readonly name?: string;
  readonly bytes?: Uint8Array;
  readonly text?: string;
}

/**
 * Any file a user drops, pastes or opens, as a map to preview: JSON, a CSV sheet, Backstage
 * YAML, or an SVG or PNG exported by this app. The kind comes from the content, then the name
 * (see sniffImport); the size is checked before anything is decoded. Every reader ends in
 * restoreMap, so the map is valid and its warnings say what was changed. Never rejects.
 */
export async function readImport(input: ImportInput): Promise<ImportResult> {
  try {
    return await readInput(input);
  } catch (error) {
    return { ok: false, error: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function readInput({ name, bytes, text }: ImportInput): Promise<ImportResult> {
  const size = bytes ? bytes.byteLength : (text?.length ?? 0);
  if (size === 0) return { ok: false, error: 'The file is empty.' };
  if (size > MAX_BYTES) return { ok: false, error: `The file is ${megabytes(size)}; Ecosystem Mapper opens files up to ${megabytes(MAX_BYTES)}.` };
  const sniffed = sniffImport(name, bytes, text);
  if (!sniffed.ok) return sniffed;
  const { kind } = sniffed;
  const content = bytes ?? text ?? '';
  const title = titleOf(name);
  switch (kind) {
    case 'json':
      return fromRestored(kind, restoreMap(content), 'This map cannot be opened');
    case 'csv': {
      const sheet = mapFromCsv(content, title ? { title } : {});
      if (!sheet.ok) return sheet;
      return done(kind, sheet.map, sheet.warnings.map(formatRepair), sheet.rows);
    }
    case 'yaml': {
      // The YAML parser and the image readers load when such a file first arrives, not with the app.
      const { mapFromBackstage } = await import('./backstage/index.ts');
      const catalog = mapFromBackstage(content, title ? { title } : {});
      return catalog.ok ? done(kind, catalog.map, catalog.warnings) : catalog;
    }
    case 'svg': {
      const { readSvgMap } = await import('./export/svgMap.ts');
      return fromRestored(kind, readSvgMap(content), 'The map in this image cannot be opened');
    }
    case 'png': {
      if (!bytes) return { ok: false, error: `Pasted text cannot be a PNG image; ${WHAT_OPENS}.` };
      const { readPngMap } = await import('./pngChunks.ts');
      return fromRestored(kind, await readPngMap(bytes), 'The map in this image cannot be opened');
    }
  }
}

/** What the image readers say when an image carries no map. */
const NO_MAP = 'No map in this image';

function fromRestored(kind: ImportKind, restored: Restored, cannot: string): ImportResult {
  if (restored.ok) return done(kind, restored.map, restored.repairs.map(formatRepair));
  if (restored.error === NO_MAP) {
    return { ok: false, error: `${NO_MAP}: only images exported from Ecosystem Mapper carry their map. Open the map's .json file instead.` };
  }
  return { ok: false, error: `${cannot}: ${restored.error}` };
}

function done(kind: ImportKind, map: EcoMap, warnings: string[], rows?: number): ImportResult {
  return { ok: true, kind, map, warnings, summary: summaryOf(map, rows) };
}

/** Counts for a preview: nodes, links, nodes of each kind, and the sheet's rows when there are any. */
export function summaryOf(map: EcoMap, rows?: number): ImportSummary {
  const byKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const node of map.nodes) byKind[node.kind] += 1;
  return { nodes: map.nodes.length, links: map.links.length, byKind, ...(rows !== undefined && { rows }) };
}

/** A sheet or catalog has no title of its own: `team-map.csv` gives "team-map". */
function titleOf(name: string | undefined): string | undefined {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const ext = extensionOf(base);
  const title = (ext ? base.slice(0, -ext.length - 1) : base).trim();
  return title === '' ? undefined : title;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1e6).toFixed(1))} MB`;
}
