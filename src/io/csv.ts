/**
 * The spreadsheet (CSV) format: one row per node under a header row. Import reads what people
 * type in a sheet and hands the result to `restoreMap`; export writes what import reads back.
 *
 * Decisions, in short:
 * - Columns: id, name*, kind*, value, owner, tags, description, url, supported by (or built on,
 *   depends on), collaborates with, scope, x, y, pinned; headers match ignoring case, spaces and
 *   underscores. Without name or kind the sheet is refused, listing the columns found.
 * - Reading: at most 10 MB, checked before parsing; comma, semicolon or tab (the one the header
 *   row uses most); UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 with a warning.
 *   Cells are trimmed. Blank rows are skipped; row numbers stay those a spreadsheet shows.
 * - A row with no name, or a kind that is not platform/service/partner (any case, plural too), is
 *   left out with a warning; if none is left the sheet is refused. Short rows read the missing
 *   cells as empty, long rows drop the extra cells, both with a warning.
 * - value: empty is 0; "1,200", "$1,200", "1 200 €" are 1200; anything else (including "1,5")
 *   is 0 with a warning. `pinned` reads yes/no, true/false, 1/0, x.
 * - Links: entries by id or name, any case, split on `;` or `,` (names with commas still match);
 *   an entry that names no row is a warning and the link is left out. Every link has weight 1.
 * - Export: comma-separated, CRLF, no BOM, header first; scope, x/y and pinned columns only when
 *   some node has them. Text starting with = + - @ tab or CR gets a leading `'` (removed on import);
 *   numbers are written plain. Not kept: title, unit, map description, link weights and ids.
 */
export { mapFromCsv } from './csvImport.ts';
export type { CsvImport } from './csvImport.ts';
export { mapToCsv } from './csvExport.ts';
export { CSV_MAX_BYTES } from './csvRead.ts';
