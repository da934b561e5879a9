import { NODE_KINDS, PARTNER_SCOPES } from '../model/types.ts';
import type { NodeKind, PartnerScope } from '../model/types.ts';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula. Export prefixes such a
 * cell with `'`; so that a text which itself starts with `'` and one of these survives the
 * round trip, export adds one more `'` to any run of them and import takes exactly one away.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell as export writes it: text a spreadsheet would run gets a leading `'`. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undo `guardCell`: a `'` before a formula-looking start is taken away; others are text. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

/** One field of a comma-separated line, quoted when it holds a comma, quote, line break or edge space. */
export function quoteField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A plain decimal number (as `x` and `y` are written), or undefined. */
export function parseDecimal(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A value as people type it in a sheet: "1200", "1,200", "$1,200", "1 200 €", "1.5e6".
 * Commas count only as thousands separators ("1,5" is not read as 1.5: too ambiguous to guess).
 */
export function parseAmount(text: string): number | undefined {
  let t = text.replace(/^[$€£¥]\s*|\s*[$€£¥]$/gu, '').replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/gu, '$1');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replaceAll(',', '');
  return parseDecimal(t);
}

/** `platform`, `Services`, ` PARTNER ` …: any case, plural accepted. */
export function parseKind(text: string): NodeKind | undefined {
  const t = text.trim().toLowerCase();
  return NODE_KINDS.find((k) => t === k || t === `${k}s`);
}

export function parseScope(text: string): PartnerScope | undefined {
  const t = text.trim().toLowerCase();
  return PARTNER_SCOPES.find((s) => s === t);
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', '✓', 'pinned']);
const FALSE = new Set(['false', 'no', 'n', '0']);

export function parseFlag(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  return TRUE.has(t) ? true : FALSE.has(t) ? false : undefined;
}

/** Tags are `;`-separated; blanks are dropped. */
export function splitTags(text: string): string[] {
  return text
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** An id made from a name: lower case letters and digits joined by `-` ("Pay & Go" → "pay-go"), at most 64 long. */
export function slugify(name: string): string {
  const slug = name
    .slice(0, 256)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'node' : slug;
}
