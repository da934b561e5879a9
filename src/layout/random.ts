/** A seeded pseudo-random source in [0, 1) (a linear congruential generator, as d3 uses). */
export function seededRandom(seed: number): () => number {
  let state = (Math.abs(Math.floor(seed)) % 4294967296) || 1;
  return () => {
    state = (1664525 * state + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}
