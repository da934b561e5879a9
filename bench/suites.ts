// The benchmark suites by name, each run in a process of its own (bench/suite.ts).
import type { BenchResult } from './timing.ts';

export const SUITES: Record<string, () => Promise<{ run: () => Promise<BenchResult[]> }>> = {
  analysis: () => import('./analysis.bench.ts'),
  cli: () => import('./cli.bench.ts'),
  export: () => import('./export.bench.ts'),
  layout: () => import('./layout.bench.ts'),
};
