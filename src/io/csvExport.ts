import type { EcoMap, MapNode } from '../model/types.ts';
import { CSV_COLUMNS, CSV_HEADERS } from './csvColumns.ts';
import type { CsvColumn } from './csvColumns.ts';
import { guardCell, quoteField } from './csvCells.ts';
import { formatReferences } from './csvReferences.ts';

// Every column but the optional ones `columnsFor` adds when some node needs them.
const OPTIONAL: ReadonlySet<CsvColumn> = new Set(['scope', 'x', 'y', 'pinned']);
const ALWAYS: readonly CsvColumn[] = CSV_COLUMNS.filter((c) => !OPTIONAL.has(c));

/** The columns a map needs: `scope`, `x`/`y` and `pinned` only when some node has them. */
function columnsFor(map: EcoMap): CsvColumn[] {
  const columns = [...ALWAYS];
  if (map.nodes.some((n) => n.kind === 'partner' && n.scope !== undefined)) columns.push('scope');
  if (map.nodes.some((n) => n.x !== undefined || n.y !== undefined)) columns.push('x', 'y');
  if (map.nodes.some((n) => n.pinned !== undefined)) columns.push('pinned');
  return columns;
}

function listsByNode(map: EcoMap): { supportedBy: Map<string, string[]>; collaboratesWith: Map<string, string[]> } {
  const ids = new Set(map.nodes.map((n) => n.id));
  const supportedBy = new Map<string, string[]>();
  const collaboratesWith = new Map<string, string[]>();
  for (const link of map.links) {
    if (!ids.has(link.source) || !ids.has(link.target)) continue;
    // `supported by` sits on the row that is lifted; a collaboration on its source's row.
    const [table, row, other] =
      link.kind === 'supports' ? [supportedBy, link.target, link.source] : [collaboratesWith, link.source, link.target];
    const list = table.get(row) ?? [];
    if (!list.includes(other)) list.push(other);
    table.set(row, list);
  }
  return { supportedBy, collaboratesWith };
}

/**
 * The map as a spreadsheet (CSV): comma-separated, CRLF line ends (RFC 4180, what Excel
 * writes), a header row, one row per node in map order, no BOM. `supported by` lists supporter
 * ids. Text a spreadsheet would run as a formula gets a leading `'`, which import removes.
 * The sheet has no place for the title, unit, description, link weights or link ids.
 */
export function mapToCsv(map: EcoMap): string {
  const columns = columnsFor(map);
  const lists = listsByNode(map);
  const text = (s: string | undefined) => quoteField(guardCell(s ?? ''));
  // Numbers are written as JS prints them ("-12.5", "1e+21"): a spreadsheet reads them as
  // numbers, never as formulas, so they are not prefixed and stay numbers in the sheet.
  const number = (n: number | undefined) => (n === undefined ? '' : String(n));
  const cell = (node: MapNode, column: CsvColumn): string => {
    switch (column) {
      case 'value':
        return number(node.value);
      case 'x':
      case 'y':
        return number(node[column]);
      case 'tags':
        return text(node.tags?.join('; '));
      case 'scope':
        return text(node.kind === 'partner' ? node.scope : undefined);
      case 'pinned':
        return node.pinned === undefined ? '' : String(node.pinned);
      case 'supportedBy':
      case 'collaboratesWith':
        return text(formatReferences(lists[column].get(node.id) ?? []));
      default:
        return text(node[column]);
    }
  };
  const lines = [columns.map((c) => quoteField(CSV_HEADERS[c])).join(',')];
  for (const node of map.nodes) lines.push(columns.map((c) => cell(node, c)).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}
