// SVG export of a large map, in Node: what the export dialog's preview and "Save SVG" cost.
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { exportSvg } from '../src/io/export/exportSvg.ts';
import { exportTree } from '../src/io/export/exportTree.ts';
import { restoreMap } from '../src/io/restore.ts';
import { settle } from '../src/layout/settle.ts';
import { bigMap } from './cli.bench.ts';
import { atMost, median } from './timing.ts';
import type { BenchResult } from './timing.ts';

const NODES = 2_000;
const LINKS = 3_000;
const SEED = 20260101;
const LIMIT_MS = 20;

export async function run(): Promise<BenchResult[]> {
  const restored = restoreMap(JSON.stringify(bigMap(NODES, LINKS, SEED)));
  if (!restored.ok) throw new Error(`restore refused the bench map: ${restored.error}`);
  const { map } = restored;
  const positions = settle(map, { seed: SEED });
  const platform = map.nodes.find((n) => n.kind === 'platform')!.id;
  const plain = { map, positions, removed: new Set<string>(), selection: new Set<string>(), theme: 'light' as const };
  const knocked = { ...plain, removed: new Set([platform]) };
  const size = exportSvg(plain).length;
  const name = `exportSvg, ${NODES / 1000}k nodes / ${LINKS / 1000}k links`;
  const svg = await times(() => exportSvg(plain));
  const full = await times(() => exportSvg(knocked, { flow: true }));
  const tree = await times(() => exportTree(plain));
  return [
    atMost(name, svg.median, LIMIT_MS, `legend, map embedded; ${(size / 1e6).toFixed(1)} MB of SVG; ${svg.detail}`),
    { name: `${name}, knock-out + value flow`, median: full.median, unit: 'ms', detail: `silo hulls and labels, banner, flow widths, enables lines; ${full.detail}` },
    { name: '  of which exportTree (no serializing)', median: tree.median, unit: 'ms', detail: tree.detail },
  ];
}

/**
 * Median of 21 runs after 5 unmeasured ones; the fastest run too, which says what a busy machine
 * hid, and the share of the runs' time the garbage collector held them up.
 */
async function times(fn: () => unknown): Promise<{ median: number; detail: string }> {
  for (let i = 0; i < 5; i++) fn();
  const runs: number[] = [];
  const gc = await gcPauseMs(() => {
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      fn();
      runs.push(performance.now() - start);
    }
  });
  const total = runs.reduce((sum, ms) => sum + ms, 0);
  const detail = `median of 21, fastest ${Math.min(...runs).toFixed(1)} ms, GC ${Math.round((100 * gc) / total)} % of the time, load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
  return { median: median(runs), detail };
}

/** Calls `fn`; how long, in ms, the garbage collector paused the main thread meanwhile. */
async function gcPauseMs(fn: () => void): Promise<number> {
  let paused = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) paused += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  fn();
  // Node reports each pause after the fact, in a timer task of its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return paused;
}
