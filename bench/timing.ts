/** One measured figure: the median of several runs, with the target it must meet. */
export interface BenchResult {
  readonly name: string;
  readonly median: number;
  readonly unit: 'ms' | 'x';
  /** `≤ 3 ms`, `≥ 30x`: printed beside the figure; `met` says whether it was. */
  readonly target?: string;
  readonly met?: boolean;
  readonly detail?: string;
}

/** Median wall time in ms of `fn` over `runs` runs, after `warmup` unmeasured ones. */
export function medianMs(fn: () => unknown, runs = 21, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function atMost(name: string, median: number, limit: number, detail?: string): BenchResult {
  return { name, median, unit: 'ms', target: `≤ ${limit} ms`, met: median <= limit, ...(detail ? { detail } : {}) };
}

export function atLeast(name: string, ratio: number, limit: number, detail?: string): BenchResult {
  return { name, median: ratio, unit: 'x', target: `≥ ${limit}x`, met: ratio >= limit, ...(detail ? { detail } : {}) };
}
