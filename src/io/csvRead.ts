import Papa from 'papaparse';
import type { Repair } from './restore.ts';

/** The largest sheet import reads: 10 MB (10 × 1024 × 1024 bytes), checked before parsing. */
export const CSV_MAX_BYTES = 10 * 1024 * 1024;

export type SheetRead = { ok: true; records: string[][]; warnings: Repair[] } | { ok: false; error: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** UTF-8 length of a string without building the bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function byteSize(input: string | Uint8Array): number {
  if (typeof input !== 'string') return input.byteLength;
  // Every UTF-16 unit is at least one byte: a string this long is too big without counting.
  return input.length > CSV_MAX_BYTES ? input.length : utf8Length(input);
}

/**
 * Bytes to text: UTF-8 (BOM or not); UTF-16 when it starts with its BOM (Excel's "Unicode
 * text"); anything that is not valid UTF-8 is read as Windows-1252, which older Excel writes.
 */
function decode(bytes: Uint8Array, warnings: Repair[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push({ path: 'file', message: 'the file is not UTF-8; read as Windows-1252 (check accented letters)' });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter most used in the header row, outside quotes: comma, semicolon or tab. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  const best = Math.max(counts[','], counts[';'], counts['\t']);
  return best === 0 || counts[','] === best ? ',' : counts[';'] === best ? ';' : '\t';
}

function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') return '\n';
    else if (!quoted && ch === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

/**
 * A sheet's records, one per spreadsheet row (a quoted line break stays inside its cell), so
 * record `i` is row `i + 1` as the user sees it. Blank lines are kept to keep that true.
 */
export function readSheet(input: string | Uint8Array): SheetRead {
  const size = byteSize(input);
  if (size > CSV_MAX_BYTES) {
    return { ok: false, error: `The file is ${megabytes(size)}; a spreadsheet can be at most ${megabytes(CSV_MAX_BYTES)}.` };
  }
  const warnings: Repair[] = [];
  const text = (typeof input === 'string' ? input : decode(input, warnings)).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    newline: detectNewline(text),
    header: false,
    skipEmptyLines: false,
  });
  for (const e of parsed.errors) {
    const where = e.row === undefined ? 'file' : `row ${e.row + 1}`;
    if (e.code === 'MissingQuotes') {
      warnings.push({ path: where, message: 'a quote is never closed; the rest of the file is read into one cell' });
    } else if (e.code === 'InvalidQuotes') {
      warnings.push({ path: where, message: 'a quote inside a cell is not doubled; the cell is read as written' });
    }
  }
  return { ok: true, records: parsed.data, warnings };
}
