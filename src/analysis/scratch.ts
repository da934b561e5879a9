/**
 * Reusable typed buffers for the graph walks. Allocating a fresh 10,000-entry typed array costs
 * about as much as walking it, so the walks borrow named buffers instead. Analysis is synchronous
 * and never re-entered; each name belongs to one function, and a borrowed buffer's contents are
 * whatever was left in it: callers initialise what they read, and never return a borrowed buffer.
 */
const POOLED_LIMIT = 1 << 18;
const int32 = new Map<string, Int32Array>();
const float64 = new Map<string, Float64Array>();
const uint8 = new Map<string, Uint8Array>();

/** A borrowed `Int32Array` of exactly `length` entries, contents unspecified. */
export function borrowInt32(name: string, length: number): Int32Array {
  return borrow(int32, name, length, (size) => new Int32Array(size));
}

/** A borrowed `Float64Array` of exactly `length` entries, contents unspecified. */
export function borrowFloat64(name: string, length: number): Float64Array {
  return borrow(float64, name, length, (size) => new Float64Array(size));
}

/** A borrowed `Uint8Array` of exactly `length` entries, contents unspecified. */
export function borrowUint8(name: string, length: number): Uint8Array {
  return borrow(uint8, name, length, (size) => new Uint8Array(size));
}

function borrow<T extends Int32Array | Float64Array | Uint8Array>(
  pool: Map<string, T>,
  name: string,
  length: number,
  create: (size: number) => T,
): T {
  // Very large maps are rare: lend them fresh buffers rather than hold megabytes for good.
  if (length > POOLED_LIMIT) return create(length);
  let buffer = pool.get(name);
  if (!buffer || buffer.length < length) {
    buffer = create(length);
    pool.set(name, buffer);
  }
  return buffer.subarray(0, length) as T;
}
