import type { NodeKind } from '../model/types.ts';
import { CSV_HEADERS } from './csvColumns.ts';
import type { ColumnMatch, CsvColumn } from './csvColumns.ts';
import { parseAmount, parseDecimal, parseFlag, parseKind, parseScope, splitTags, unguardCell } from './csvCells.ts';
import type { Repair } from './restore.ts';
import { quote } from './restoreWords.ts';

/** A node as one row gives it, before ids are settled and restore validates it. */
export interface RawNode {
  kind: NodeKind;
  name: string;
  value: number;
  owner?: string;
  tags?: string[];
  description?: string;
  url?: string;
  scope?: string;
  x?: number;
  y?: number;
  pinned?: boolean;
}

export interface SheetRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  readonly row: number;
  /** The id cell as written; '' when there is none. */
  readonly id: string;
  readonly node: RawNode;
  readonly supportedBy: string;
  readonly collaboratesWith: string;
}

export interface RowsRead {
  readonly rows: SheetRow[];
  /** Data rows that were not blank, kept or not. */
  readonly read: number;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Read the records after the header into nodes, warning (with row numbers) about what they lose. */
export function readRows(records: readonly string[][], headerIndex: number, columns: ColumnMatch, warnings: Repair[]): RowsRead {
  const width = records[headerIndex]?.length ?? 0;
  const rows: SheetRow[] = [];
  let read = 0;
  for (let i = headerIndex + 1; i < records.length; i += 1) {
    const cells = records[i] ?? [];
    if (isBlank(cells)) continue;
    read += 1;
    const path = `row ${i + 1}`;
    const warn = (message: string) => warnings.push({ path, message });
    if (cells.length < width) {
      warn(`has ${cells.length} of the header's ${width} cells; the missing cells are read as empty`);
    } else if (cells.length > width && !isBlank(cells.slice(width))) {
      warn(`has ${cells.length} cells but the header has ${width}; the cells past the last column are left out`);
    }
    const cell = (column: CsvColumn): string => {
      const at = columns.index[column];
      return at === undefined ? '' : unguardCell((cells[at] ?? '').trim()).trim();
    };
    const label = (column: CsvColumn) => columns.label[column] ?? CSV_HEADERS[column];
    const node = readNode(cell, label, warn);
    if (node) rows.push({ row: i + 1, id: cell('id'), node, supportedBy: cell('supportedBy'), collaboratesWith: cell('collaboratesWith') });
  }
  return { rows, read };
}

function readNode(cell: (c: CsvColumn) => string, label: (c: CsvColumn) => string, warn: (m: string) => void): RawNode | undefined {
  const name = cell('name');
  if (name === '') {
    warn(`has no ${label('name')}; row left out`);
    return undefined;
  }
  const kindText = cell('kind');
  const kind = parseKind(kindText);
  if (!kind) {
    warn(kindText === '' ? `has no ${label('kind')}; row left out` : `${label('kind')} ${quote(kindText)} is not platform, service or partner; row left out`);
    return undefined;
  }
  const node: RawNode = { kind, name, value: readValue(cell('value'), label('value'), warn) };
  for (const key of ['owner', 'description', 'url'] as const) {
    const text = cell(key);
    if (text !== '') node[key] = text;
  }
  const tags = splitTags(cell('tags'));
  if (tags.length > 0) node.tags = tags;
  const scopeText = cell('scope');
  if (scopeText !== '') {
    const scope = parseScope(scopeText);
    if (!scope) warn(`${label('scope')} ${quote(scopeText)} is not internal or external; left out`);
    else if (kind !== 'partner') warn(`${label('scope')} applies to partners only; left out`);
    else node.scope = scope;
  }
  for (const axis of ['x', 'y'] as const) {
    const text = cell(axis);
    if (text === '') continue;
    const n = parseDecimal(text);
    if (n === undefined) warn(`${label(axis)} ${quote(text)} is not a number; left out`);
    else node[axis] = n;
  }
  const pinnedText = cell('pinned');
  if (pinnedText !== '') {
    const pinned = parseFlag(pinnedText);
    if (pinned === undefined) warn(`${label('pinned')} ${quote(pinnedText)} is not yes or no; left out`);
    else node.pinned = pinned;
  }
  return node;
}

/** An empty value is 0; so is one that is not a number or is below 0, with a warning. */
function readValue(text: string, label: string, warn: (m: string) => void): number {
  if (text === '') return 0;
  const n = parseAmount(text);
  if (n === undefined) warn(`${label} ${quote(text)} is not a number; set to 0`);
  else if (n < 0) warn(`${label} ${quote(text)} is below 0; set to 0`);
  else return n === 0 ? 0 : n;
  return 0;
}
