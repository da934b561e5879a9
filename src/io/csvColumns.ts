/** The columns of the spreadsheet format, and how a header row is matched to them. */
export const CSV_COLUMNS = [
  'id',
  'name',
  'kind',
  'value',
  'owner',
  'tags',
  'description',
  'url',
  'supportedBy',
  'collaboratesWith',
  'scope',
  'x',
  'y',
  'pinned',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The header export writes for each column. */
export const CSV_HEADERS: Readonly<Record<CsvColumn, string>> = {
  id: 'id',
  name: 'name',
  kind: 'kind',
  value: 'value',
  owner: 'owner',
  tags: 'tags',
  description: 'description',
  url: 'url',
  supportedBy: 'supported by',
  collaboratesWith: 'collaborates with',
  scope: 'scope',
  x: 'x',
  y: 'y',
  pinned: 'pinned',
};

/** Headers import understands besides the ones export writes, already normalised. */
const ALIASES: Readonly<Record<string, CsvColumn>> = {
  builton: 'supportedBy',
  dependson: 'supportedBy',
  collaborateswith: 'collaboratesWith',
  supportedby: 'supportedBy',
};

/** Headers match ignoring case, spaces and underscores: "Supported_By" is "supported by". */
export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').replace(/[\s_]+/g, '').toLowerCase();
}

export interface ColumnMatch {
  /** The cell index of each column found; the first wins when a column repeats. */
  readonly index: Partial<Record<CsvColumn, number>>;
  /** Each column's header as the user wrote it, for messages. */
  readonly label: Partial<Record<CsvColumn, string>>;
  /** Non-empty headers that name no column. */
  readonly unknown: readonly string[];
  /** Headers that repeat a column already found. */
  readonly repeated: readonly string[];
}

/** Match a header row to the columns of the format. */
export function matchColumns(headers: readonly string[]): ColumnMatch {
  const byName = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [normalizeHeader(CSV_HEADERS[c]), c]));
  const index: Partial<Record<CsvColumn, number>> = {};
  const label: Partial<Record<CsvColumn, string>> = {};
  const unknown: string[] = [];
  const repeated: string[] = [];
  headers.forEach((raw, i) => {
    const header = raw.trim();
    const key = normalizeHeader(header);
    if (key === '') return;
    const column = byName.get(key) ?? ALIASES[key];
    if (column === undefined) unknown.push(header);
    else if (index[column] !== undefined) repeated.push(header);
    else {
      index[column] = i;
      label[column] = header;
    }
  });
  return { index, label, unknown, repeated };
}
