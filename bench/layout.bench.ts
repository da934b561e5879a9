// The layout engine from a fresh start: time until alpha falls below alphaMin, and cost per tick.
import { createLayoutEngine } from '../src/layout/engine.ts';
import { layoutGraph } from '../src/layout/graph.ts';
import type { LayoutMode } from '../src/layout/forces.ts';
import { randomMap } from './analysis.bench.ts';
import { atMost, median } from './timing.ts';
import type { BenchResult } from './timing.ts';

const SEED = 20260101;
const RUNS = 5;

export async function run(): Promise<BenchResult[]> {
  const small = settleTime(1_000, 1_500, 'force');
  const stack = settleTime(1_000, 1_500, 'stack');
  const large = settleTime(2_000, 3_000, 'force');
  const huge = perTick(10_000, 15_000);
  return [
    atMost('settle from a fresh start, 1k nodes / 1.5k links', small.ms, 1500, `${small.ticks} ticks`),
    atMost('settle from a fresh start, stack mode, 1k / 1.5k', stack.ms, 1500, `${stack.ticks} ticks`),
    { name: 'settle from a fresh start, 2k nodes / 3k links', median: large.ms, unit: 'ms', detail: `${large.ticks} ticks` },
    { name: 'one tick, 10k nodes / 15k links', median: huge, unit: 'ms' },
  ];
}

/** Median engine time from load() to settled, over fresh engines, with the tick count it took. */
function settleTime(nodes: number, links: number, mode: LayoutMode): { ms: number; ticks: number } {
  const map = randomMap(nodes, links, SEED);
  const times: number[] = [];
  let ticks = 0;
  for (let i = 0; i <= RUNS; i++) {
    const engine = createLayoutEngine({ seed: i });
    const start = performance.now();
    engine.load(layoutGraph(map, { mode }));
    ticks = 0;
    while (!engine.settled) ticks += engine.step(12).ticks;
    // The first run warms the compiler up and is not counted.
    if (i > 0) times.push(performance.now() - start);
  }
  return { ms: median(times), ticks };
}

function perTick(nodes: number, links: number): number {
  const engine = createLayoutEngine({ seed: 1 });
  engine.load(layoutGraph(randomMap(nodes, links, SEED)));
  engine.run(5);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    engine.run(1);
    times.push(performance.now() - start);
  }
  return median(times);
}
