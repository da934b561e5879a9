/**
 * Orders two ids by Unicode code point. `<` on strings compares UTF-16 code units, which puts
 * U+E000–U+FFFF after astral characters; ranking the code units fixes that without decoding.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/** Surrogates (U+D800–U+DFFF) move above the rest of the BMP, which moves down to close the gap. */
function rank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Sorts ids in place by code point, using the engine's native sort when no id has a surrogate. */
export function sortIds(ids: string[]): string[] {
  for (const id of ids) {
    if (/[\ud800-\udfff]/.test(id)) return ids.sort(compareIds);
  }
  return ids.sort();
}
