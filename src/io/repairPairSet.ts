// A set of (source, target, kind) triples over node positions, for finding repeated links. A
// JavaScript Map keyed by strings or by large numbers costs about 0.5 µs a link on a 300,000-link
// map; open addressing over typed arrays costs a tenth of that, and the link pass is the hot path.

/** Remembers each triple with the position of the link that first had it. */
export interface PairSet {
  /** The position of an earlier link with the same triple, or -1 after recording this one at `at`. */
  firstOrAdd(source: number, target: number, kindBit: 0 | 1, at: number): number;
}

/** A set for up to `capacity` triples over `nodeCount` nodes. */
export function createPairSet(nodeCount: number, capacity: number): PairSet {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  const mask = size - 1;
  // keys are (source · nodeCount + target) · 2 + kind: exact in a double for 2⁵³ > 2 · 250,000².
  const keys = new Float64Array(size).fill(-1);
  const firsts = new Int32Array(size);
  return {
    firstOrAdd(source, target, kindBit, at) {
      const key = (source * nodeCount + target) * 2 + kindBit;
      let slot = (Math.imul(source, 0x9e3779b1) ^ Math.imul(target, 0x85ebca6b) ^ kindBit) & mask;
      for (;;) {
        const found = keys[slot];
        if (found === key) return firsts[slot]!;
        if (found === -1) {
          keys[slot] = key;
          firsts[slot] = at;
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
