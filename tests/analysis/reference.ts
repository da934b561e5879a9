// Straight readings of the definitions in DESIGN.md, slow and obvious, to check the engine against.
import type { EcoMap } from '../../src/model/types.ts';

const byCodePoint = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

/** Ids sorted by code point, by decoding them. */
export function sortByCodePoint(ids: Iterable<string>): string[] {
  return [...ids].sort(byCodePoint);
}

function live(map: EcoMap, removed: Set<string>) {
  const ids = new Set(map.nodes.map((n) => n.id).filter((id) => !removed.has(id)));
  const links = map.links.filter((l) => l.source !== l.target && ids.has(l.source) && ids.has(l.target));
  return { ids, links };
}

/** C(G,R) by flood fill. */
export function referenceComponents(map: EcoMap, removed: Iterable<string> = []): string[][] {
  const { ids, links } = live(map, new Set(removed));
  const seen = new Set<string>();
  const pieces: string[][] = [];
  for (const start of sortByCodePoint(ids)) {
    if (seen.has(start)) continue;
    const piece = new Set([start]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const l of links) {
        if (piece.has(l.source) !== piece.has(l.target)) {
          piece.add(l.source).add(l.target);
          grew = true;
        }
      }
    }
    piece.forEach((id) => seen.add(id));
    pieces.push(sortByCodePoint(piece));
  }
  return pieces.sort((a, b) => b.length - a.length || byCodePoint(a[0]!, b[0]!));
}

/** S(G,R) by flood fill from B ∖ R. */
export function referenceSupported(map: EcoMap, removed: Iterable<string> = []): string[] {
  const gone = new Set(removed);
  const all = live(map, new Set());
  const supports = all.links.filter((l) => l.kind === 'supports');
  const base = [...all.ids].filter((id) => !supports.some((l) => l.target === id));
  const reached = new Set(base.filter((id) => !gone.has(id)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of supports) {
      if (reached.has(l.source) && !reached.has(l.target) && !gone.has(l.target)) {
        reached.add(l.target);
        grew = true;
      }
    }
  }
  return sortByCodePoint(reached);
}

/** T(R) = S(G,∅) ∖ S(G,R) ∖ R. */
export function referenceStranded(map: EcoMap, removed: Iterable<string>): string[] {
  const gone = new Set(removed);
  const after = new Set(referenceSupported(map, gone));
  return referenceSupported(map).filter((id) => !after.has(id) && !gone.has(id));
}

/** Totals of the value flow: recursive, fine for small maps. */
export function referenceTotals(map: EcoMap, removed: Iterable<string> = []): Map<string, number> {
  const gone = new Set(removed);
  const { ids, links } = live(map, new Set());
  const supports = links.filter((l) => l.kind === 'supports');
  const targetsOf = (id: string) => sortByCodePoint(new Set(supports.filter((l) => l.source === id).map((l) => l.target)));
  const dropped = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const t of targetsOf(id)) {
      if (state.get(t) === 'open') dropped.add(`${id}\n${t}`);
      else if (!state.has(t)) visit(t);
    }
    state.set(id, 'done');
  };
  for (const id of sortByCodePoint(ids)) if (!state.has(id)) visit(id);
  const kept = supports.filter((l) => !dropped.has(`${l.source}\n${l.target}`) && !gone.has(l.source) && !gone.has(l.target));
  const value = new Map(map.nodes.map((n) => [n.id, n.value]));
  const totals = new Map<string, number>();
  const total = (id: string): number => {
    if (!totals.has(id)) {
      let sum = value.get(id)!;
      for (const l of kept.filter((k) => k.source === id)) {
        const into = kept.filter((k) => k.target === l.target).reduce((s, k) => s + k.weight, 0);
        sum += (total(l.target) * l.weight) / into;
      }
      totals.set(id, sum);
    }
    return totals.get(id)!;
  };
  return new Map([...ids].filter((id) => !gone.has(id)).map((id) => [id, total(id)]));
}
