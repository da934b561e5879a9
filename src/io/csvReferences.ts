/**
 * The cells `supported by` and `collaborates with` list other rows, separated by `;` or `,`.
 *
 * Names often hold commas ("Acme, Inc."), so an unquoted list is read shortest match first:
 * a piece that names a row is taken; one that does not is joined with the next pieces until
 * they do. Export quotes an id that holds a separator or a quote (`"a, b"; c`), so the ids it
 * writes always read back as written.
 */

/** How far a name may reach across separators; bounds the work on a pathological cell. */
const MAX_JOINED_PIECES = 16;

interface Piece {
  readonly text: string;
  readonly quoted: boolean;
  /** The separator after this piece as written, or '' at the end. */
  readonly separator: string;
}

function isSeparator(ch: string | undefined): boolean {
  return ch === ';' || ch === ',';
}

function readQuoted(cell: string, start: number): { text: string; next: number } | undefined {
  let text = '';
  let k = start + 1;
  for (;;) {
    const ch = cell[k];
    if (ch === undefined) return undefined;
    if (ch === '"') {
      if (cell[k + 1] === '"') {
        text += '"';
        k += 2;
        continue;
      }
      k += 1;
      break;
    }
    text += ch;
    k += 1;
  }
  while (cell[k] !== undefined && /\s/.test(cell[k]!)) k += 1;
  return k === cell.length || isSeparator(cell[k]) ? { text, next: k } : undefined;
}

function pieces(cell: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < cell.length) {
    let j = i;
    while (cell[j] !== undefined && /\s/.test(cell[j]!)) j += 1;
    const quoted = cell[j] === '"' ? readQuoted(cell, j) : undefined;
    let end = quoted?.next ?? i;
    if (!quoted) while (end < cell.length && !isSeparator(cell[end])) end += 1;
    out.push({ text: quoted ? quoted.text : cell.slice(i, end), quoted: quoted !== undefined, separator: cell[end] ?? '' });
    i = end + 1;
  }
  return out;
}

export interface References<T> {
  readonly found: T[];
  /** Entries that name no row, trimmed, as written. */
  readonly unmatched: string[];
}

/** Read a list cell, resolving each entry with `resolve` (undefined: names no row). */
export function readReferences<T>(cell: string, resolve: (entry: string) => T | undefined): References<T> {
  const list = pieces(cell);
  const found: T[] = [];
  const unmatched: string[] = [];
  let i = 0;
  while (i < list.length) {
    const first = list[i]!;
    if (first.quoted) {
      const hit = resolve(first.text);
      if (hit === undefined) unmatched.push(first.text);
      else found.push(hit);
      i += 1;
      continue;
    }
    let joined = '';
    let taken = 0;
    for (let j = i; j < list.length && j < i + MAX_JOINED_PIECES && !list[j]!.quoted; j += 1) {
      joined += (j > i ? list[j - 1]!.separator : '') + list[j]!.text;
      const entry = joined.trim();
      const hit = entry === '' ? undefined : resolve(entry);
      if (hit !== undefined) {
        found.push(hit);
        taken = j - i + 1;
        break;
      }
    }
    if (taken === 0) {
      const entry = first.text.trim();
      if (entry !== '') unmatched.push(entry);
      taken = 1;
    }
    i += taken;
  }
  return { found, unmatched };
}

/** Write a list cell from ids; ids that hold a separator or quote are quoted. */
export function formatReferences(ids: readonly string[]): string {
  return ids.map((id) => (/[;,"]|^\s|\s$/.test(id) ? `"${id.replaceAll('"', '""')}"` : id)).join('; ');
}
