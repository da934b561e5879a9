import { MAP_FORMAT, MAP_VERSION } from '../model/types.ts';
import type { EcoMap } from '../model/types.ts';
import { CSV_HEADERS, matchColumns } from './csvColumns.ts';
import type { ColumnMatch, CsvColumn } from './csvColumns.ts';
import { slugify } from './csvCells.ts';
import { readLinks } from './csvLinks.ts';
import { readSheet } from './csvRead.ts';
import { readRows } from './csvRows.ts';
import type { SheetRow } from './csvRows.ts';
import { MAX_ID_LENGTH } from './limits.ts';
import { restoreMap } from './restore.ts';
import type { Repair } from './restore.ts';
import { quote } from './restoreWords.ts';

/** `rows`: the sheet's data rows that were not blank, whether or not they became nodes. */
export type CsvImport = { ok: true; map: EcoMap; warnings: Repair[]; rows: number } | { ok: false; error: string };

const DEFAULT_TITLE = 'Imported map';

/**
 * A map from a spreadsheet (CSV): one row per node, a header row. The rows become a map
 * document that goes through `restoreMap` like any other input. Warnings, the sheet's and
 * restore's, are in row order and say `row N` as a spreadsheet numbers it (the header is
 * row 1). Never throws.
 */
export function mapFromCsv(input: string | Uint8Array, options: { title?: string } = {}): CsvImport {
  try {
    return importSheet(input, options.title ?? DEFAULT_TITLE);
  } catch (error) {
    return { ok: false, error: `The spreadsheet could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function importSheet(input: string | Uint8Array, title: string): CsvImport {
  const sheet = readSheet(input);
  if (!sheet.ok) return sheet;
  const warnings = sheet.warnings;
  const headerIndex = sheet.records.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  const header = sheet.records[headerIndex] ?? [];
  const columns = matchColumns(header);
  const missing = (['name', 'kind'] as const).find((c) => columns.index[c] === undefined);
  if (missing) {
    const found = header.map((h) => h.trim()).filter((h) => h !== '');
    const list = found.length > 0 ? found.map(quote).join(', ') : 'none';
    return { ok: false, error: `The sheet has no "${missing}" column (the header row must name one). Columns found: ${list}.` };
  }
  const headerPath = `row ${headerIndex + 1}`;
  for (const h of columns.unknown) warnings.push({ path: headerPath, message: `column ${quote(h)} is not one this app reads; left out` });
  for (const h of columns.repeated) warnings.push({ path: headerPath, message: `column ${quote(h)} repeats an earlier column; only the first is read` });

  const { rows, read } = readRows(sheet.records, headerIndex, columns, warnings);
  if (rows.length === 0) return { ok: false, error: noRows(read, warnings) };
  const ids = settleIds(rows, warnings);
  const label = (c: CsvColumn) => labelOf(columns, c);
  const links = readLinks(rows, ids, { supportedBy: label('supportedBy'), collaboratesWith: label('collaboratesWith') }, warnings);
  const nodes = rows.map((r, i) => ({ id: ids[i]!, ...r.node }));
  const restored = restoreMap({ format: MAP_FORMAT, version: MAP_VERSION, title, nodes, links });
  if (!restored.ok) return { ok: false, error: onRowText(restored.error, rows) };
  const repairs = restored.repairs.map((r) => onRow(r, rows));
  return { ok: true, map: restored.map, warnings: byRow([...warnings, ...repairs]), rows: read };
}

function labelOf(columns: ColumnMatch, column: CsvColumn): string {
  return columns.label[column] ?? CSV_HEADERS[column];
}

function noRows(read: number, warnings: readonly Repair[]): string {
  if (read === 0) return 'The sheet has a header row but no rows below it.';
  const reasons = warnings.filter((w) => w.message.endsWith('row left out')).slice(0, 3);
  const why = reasons.map((w) => `${w.path}: ${w.message}`).join('; ');
  return `None of the sheet's ${read} rows could be read (${why}${reasons.length < read ? '; …' : ''}).`;
}

/**
 * Every row gets an id: the one in its id cell, or a slug of its name. Ids written in the
 * sheet are claimed first, so a slug never takes one; a repeat gets -2, -3 … (with a warning:
 * links by that id go to its first row). An id too long to keep is replaced by a slug, since
 * restore refuses rather than cuts one; links by the written id still find the row.
 */
function settleIds(rows: readonly SheetRow[], warnings: Repair[]): string[] {
  const written = new Set(rows.map((r) => r.id).filter((id) => id !== ''));
  const taken = new Map<string, number>();
  const free = (id: string) => !taken.has(id) && !written.has(id);
  const suffixed = (base: string) => {
    let n = 2;
    while (!free(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  };
  return rows.map((r) => {
    const warn = (message: string) => warnings.push({ path: `row ${r.row}`, message });
    let id: string;
    if (r.id === '' || r.id.length > MAX_ID_LENGTH) {
      const slug = slugify(r.node.name);
      id = free(slug) ? slug : suffixed(slug);
      if (r.id !== '') warn(`id is ${r.id.length} characters long, past the ${MAX_ID_LENGTH} allowed; replaced by ${quote(id)}`);
    } else if (taken.has(r.id)) {
      id = suffixed(r.id);
      warn(`id ${quote(r.id)} is already used by row ${taken.get(r.id)}; renamed ${quote(id)}`);
    } else id = r.id;
    taken.set(id, r.row);
    return id;
  });
}

const NODE_PATH = /^nodes\[(\d+)\]\.?([^:]*)(?=:|$)/;

/** A repair of `nodes[i]…` is about row i's node: say so by row. */
function onRow(repair: Repair, rows: readonly SheetRow[]): Repair {
  const m = NODE_PATH.exec(repair.path);
  const row = m ? rows[Number(m[1])] : undefined;
  if (!m || !row) return repair;
  return { path: `row ${row.row}`, message: m[2] ? `${m[2]}: ${repair.message}` : repair.message };
}

/** The same for restore's refusal, "nodes[3].name: …" → "row 5: name: …". */
function onRowText(error: string, rows: readonly SheetRow[]): string {
  const m = NODE_PATH.exec(error);
  const row = m ? rows[Number(m[1])] : undefined;
  if (!m || !row) return error;
  return `row ${row.row}: ${m[2] ? `${m[2]}: ` : ''}${error.slice(m[0].length).replace(/^:\s*/, '')}`;
}

/** File-wide warnings first, then by row number; within a row, the sheet's before restore's. */
function byRow(warnings: readonly Repair[]): Repair[] {
  const rowOf = (w: Repair) => Number(/^row (\d+)$/.exec(w.path)?.[1] ?? 0);
  return [...warnings].sort((a, b) => rowOf(a) - rowOf(b));
}
