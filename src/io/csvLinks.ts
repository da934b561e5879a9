import type { LinkKind } from '../model/types.ts';
import type { SheetRow } from './csvRows.ts';
import { readReferences } from './csvReferences.ts';
import type { Repair } from './restore.ts';
import { quote } from './restoreWords.ts';

export interface RawLink {
  readonly source: string;
  readonly target: string;
  readonly kind: LinkKind;
  readonly weight: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds the rows an entry names. An id the sheet wrote (its first row) wins (it is what export writes), then a
 * name in exact case, then in any case, then an id made from a name. A name several rows share
 * gives them all; the caller links the first.
 */
function createResolver(rows: readonly SheetRow[], ids: readonly string[]) {
  const written = new Map<string, number>();
  const tables = [new Map<string, number[]>(), new Map<string, number[]>(), new Map<string, number[]>()] as const;
  const [byName, byNameAnyCase, byIdAnyCase] = tables;
  rows.forEach((r, i) => {
    const id = ids[i]!;
    if (r.id !== '' && !written.has(r.id)) written.set(r.id, i);
    push(byName, r.node.name, i);
    push(byNameAnyCase, r.node.name.toLowerCase(), i);
    push(byIdAnyCase, id.toLowerCase(), i);
  });
  return (entry: string): number[] | undefined => {
    const exact = written.get(entry);
    if (exact !== undefined) return [exact];
    const lower = entry.toLowerCase();
    return byName.get(entry) ?? byNameAnyCase.get(lower) ?? byIdAnyCase.get(lower);
  };
}

/**
 * The links the `supported by` and `collaborates with` cells describe: `supported by` on row T
 * naming S is S supports T; `collaborates with` on row A naming B is A–B (A listed first).
 * Every link has weight 1: the sheet has no place for weights or link ids.
 */
export function readLinks(
  rows: readonly SheetRow[],
  ids: readonly string[],
  labels: { supportedBy: string; collaboratesWith: string },
  warnings: Repair[],
): RawLink[] {
  const resolve = createResolver(rows, ids);
  const links: RawLink[] = [];
  const seen = new Set<string>();
  rows.forEach((row, self) => {
    const warn = (message: string) => warnings.push({ path: `row ${row.row}`, message });
    for (const kind of ['supports', 'collaborates'] as const) {
      const column = kind === 'supports' ? 'supportedBy' : 'collaboratesWith';
      const label = labels[column];
      const { found, unmatched } = readReferences(row[column], (entry) => {
        const hits = resolve(entry);
        return hits && { entry, hits };
      });
      for (const entry of unmatched) warn(`${label} ${quote(entry)} matches no row; link left out`);
      for (const { entry, hits } of found) {
        const other = hits[0]!;
        if (hits.length > 1) {
          const shared = hits.slice(0, 5).map((h) => rows[h]!.row).join(', ') + (hits.length > 5 ? ` and ${hits.length - 5} more` : '');
          warn(`${label} ${quote(entry)} matches rows ${shared}; linked to row ${rows[other]!.row}`);
        }
        if (other === self) {
          warn(`${label} ${quote(entry)} is this row itself; link left out`);
          continue;
        }
        // Keyed by row numbers, not ids: cheap, and a collaboration listed on both rows is one link.
        const key = kind === 'supports' ? `${other}>${self}` : `${Math.min(self, other)}~${Math.max(self, other)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const [a, b] = [ids[self]!, ids[other]!];
        links.push(kind === 'supports' ? { source: b, target: a, kind, weight: 1 } : { source: a, target: b, kind, weight: 1 });
      }
    }
  });
  return links;
}
