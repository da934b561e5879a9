/**
 * The nodes that strand something, ordered by value at risk descending, then stranded count
 * descending, then index. A merge sort with the comparison inlined: `Array.prototype.sort` calls
 * a comparator through the engine boundary each time, which costs several times more.
 */
export function riskOrder(count: Int32Array, value: Float64Array): Int32Array {
  const n = count.length;
  let k = 0;
  for (let i = 0; i < n; i++) if (count[i]) k++;
  let from = new Int32Array(k);
  let to = new Int32Array(k);
  k = 0;
  for (let i = 0; i < n; i++) if (count[i]) from[k++] = i;

  // Short runs by insertion, then merge runs pairwise.
  const RUN = 16;
  for (let lo = 0; lo < k; lo += RUN) {
    const hi = Math.min(lo + RUN, k);
    for (let i = lo + 1; i < hi; i++) {
      const x = from[i]!;
      let j = i - 1;
      while (j >= lo && before(x, from[j]!, count, value)) {
        from[j + 1] = from[j]!;
        j--;
      }
      from[j + 1] = x;
    }
  }
  for (let width = RUN; width < k; width *= 2) {
    for (let lo = 0; lo < k; lo += 2 * width) {
      const mid = Math.min(lo + width, k);
      const hi = Math.min(lo + 2 * width, k);
      let i = lo;
      let j = mid;
      let out = lo;
      while (i < mid && j < hi) to[out++] = before(from[j]!, from[i]!, count, value) ? from[j++]! : from[i++]!;
      while (i < mid) to[out++] = from[i++]!;
      while (j < hi) to[out++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

function before(a: number, b: number, count: Int32Array, value: Float64Array): boolean {
  const va = value[a]!;
  const vb = value[b]!;
  if (va !== vb) return va > vb;
  const ca = count[a]!;
  const cb = count[b]!;
  return ca !== cb ? ca > cb : a < b;
}
