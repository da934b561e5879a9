/**
 * The order that sorts pairs `(first[k], second[k])` of node indices below `n`: two stable
 * counting-sort passes, linear in the number of pairs, so building an index never compares.
 */
export function pairOrder(first: Int32Array, second: Int32Array, n: number): Int32Array {
  const bySecond = countingOrder(second, n, identity(second.length));
  return countingOrder(first, n, bySecond);
}

/** Rows of a compressed sparse row table: `start[i]..start[i + 1]` are the entries keyed `i`. */
export function rowStarts(keys: Int32Array, n: number): Int32Array {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < keys.length; k++) start[keys[k]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  return start;
}

function countingOrder(keys: Int32Array, n: number, order: Int32Array): Int32Array {
  const next = rowStarts(keys, n).subarray(0, n);
  const out = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const item = order[k]!;
    out[next[keys[item]!]!++] = item;
  }
  return out;
}

function identity(length: number): Int32Array {
  const out = new Int32Array(length);
  for (let k = 0; k < length; k++) out[k] = k;
  return out;
}
