/**
 * The spreadsheet (CSV) format: one row per node under a header row. Import reads what people
 * type in a sheet and passes the result through `restoreMap`; export writes what import reads.
 */
export { mapFromCsv } from './csvImport.ts';
export type { CsvImport } from './csvImport.ts';
export { mapToCsv } from './csvExport.ts';
export { CSV_MAX_BYTES } from './csvRead.ts';
