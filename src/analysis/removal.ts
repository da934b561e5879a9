import type { GraphIndex } from './graphIndex.ts';

/** A knock-out set as a mask over node indices; ids the map does not hold are ignored. */
export function removalMask(index: GraphIndex, removed: Iterable<string> = []): Uint8Array {
  const mask = new Uint8Array(index.ids.length);
  for (const id of removed) {
    const i = index.indexOf.get(id);
    if (i !== undefined) mask[i] = 1;
  }
  return mask;
}

/** The ids of the nodes whose flag is set, in id order. */
export function idsWhere(index: GraphIndex, flags: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) out.push(index.ids[i]!);
  return out;
}
