// The CLI end to end: a person runs `ecomap analyze big.json --json` and waits for the answer.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atMost, median } from './timing.ts';
import type { BenchResult } from './timing.ts';
import { mulberry32 } from './random.ts';

const BIN = fileURLToPath(new URL('../cli/ecomap.js', import.meta.url));
const NODES = 100_000;
const LINKS = 300_000;
const RUNS = 5;
const LIMIT_MS = 1500;

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ecomap-bench-'));
  try {
    const file = join(dir, 'big.json');
    const json = JSON.stringify(bigMap(NODES, LINKS, 20260101));
    writeFileSync(file, json);
    const mb = (Buffer.byteLength(json) / 1e6).toFixed(0);

    // Wall time on a shared machine counts the neighbours too: the load says how much to trust it.
    const load = `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
    const startup = wallMs(['--version']);
    const analyze = wallMs(['analyze', file, '--json']);
    const steps = await stepsMs(file);
    return [
      atMost(`ecomap analyze --json, ${NODES / 1000}k nodes / ${LINKS / 1000}k links`, analyze, LIMIT_MS, `${mb} MB file, wall incl. process start, median of ${RUNS}, ${load}`),
      { name: 'ecomap --version (process start, bundle load)', median: startup, unit: 'ms' },
      ...steps.map(([step, wall, cpu, cold]) => ({ name: `  in-process: ${step}`, median: wall, unit: 'ms' as const, detail: `cpu ${cpu.toFixed(0)} ms; first run ${cold.toFixed(0)} ms` })),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median wall time of the real bin, stdout to /dev/null, after one unmeasured run (tsx's cache). */
function wallMs(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const out = openSync('/dev/null', 'w');
    const start = performance.now();
    const result = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - start;
    closeSync(out);
    if (result.status !== 0) throw new Error(`ecomap ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i > 0) times.push(ms);
  }
  return median(times);
}

/**
 * Where the time goes, step by step, timed in this process: median wall and CPU of three, and the
 * wall time of the first run, which is the one the CLI lives through (cold code, a fresh heap).
 */
async function stepsMs(file: string): Promise<[string, number, number, number][]> {
  const { restoreMap } = await import('../src/io/restore.ts');
  const { analyze } = await import('../src/analysis/index.ts');
  const steps = ['read', 'restore', 'analyze', 'stringify'] as const;
  const walls = new Map<string, number[]>(steps.map((s) => [s, []]));
  const cpus = new Map<string, number[]>(steps.map((s) => [s, []]));
  const time = <T>(step: (typeof steps)[number], fn: () => T): T => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const value = fn();
    const cpu = process.cpuUsage(cpuStart);
    walls.get(step)!.push(performance.now() - start);
    cpus.get(step)!.push((cpu.user + cpu.system) / 1000);
    return value;
  };
  for (let i = 0; i < 3; i++) {
    const bytes = time('read', () => readFileSync(file));
    const restored = time('restore', () => restoreMap(bytes));
    if (!restored.ok) throw new Error(`restore refused the bench map: ${restored.error}`);
    const report = time('analyze', () => analyze(restored.map, []));
    time('stringify', () => JSON.stringify(report));
  }
  return steps.map((step) => [step, median(walls.get(step)!), median(cpus.get(step)!), walls.get(step)![0]!]);
}

interface BenchNode { id: string; kind: 'platform' | 'service' | 'partner'; name: string; value: number }
interface BenchLink { source: string; target: string; kind: 'supports' | 'collaborates'; weight: number }

/**
 * A seeded map shaped like a large organisation's: a few layered platforms, each service lifted
 * by one to four of them, partners by one, and peers that collaborate. No duplicate links.
 */
export function bigMap(nodeCount: number, linkCount: number, seed: number) {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const platforms = Math.round(nodeCount * 0.04);
  const partners = Math.round(nodeCount * 0.2);
  const nodes: BenchNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = i < platforms ? 'platform' : i < platforms + partners ? 'partner' : 'service';
    const value = kind === 'service' ? Math.round(10 ** (random() * 4)) : kind === 'partner' ? pick(50) : 0;
    nodes.push({ id: `${kind.slice(0, 4)}-${i.toString(36)}`, kind, name: `${kind} ${i}`, value });
  }
  const links: BenchLink[] = [];
  const seen = new Set<string>();
  const link = (s: number, t: number, kind: BenchLink['kind']) => {
    if (s === t || links.length >= linkCount) return;
    const key = s < t || kind === 'supports' ? `${s}|${t}` : `${t}|${s}`;
    if (seen.has(key) || seen.has(`${t}|${s}`)) return;
    seen.add(key);
    links.push({ source: nodes[s]!.id, target: nodes[t]!.id, kind, weight: 1 + pick(3) });
  };
  const base = Math.max(1, Math.round(platforms * 0.05));
  for (let p = base; p < platforms; p++) for (let k = 1 + pick(2); k > 0; k--) link(pick(p), p, 'supports');
  for (let n = platforms; n < nodeCount; n++) {
    const supporters = n < platforms + partners ? 1 : 1 + pick(4);
    for (let k = 0; k < supporters; k++) link(pick(platforms), n, 'supports');
  }
  while (links.length < linkCount) link(platforms + pick(nodeCount - platforms), platforms + pick(nodeCount - platforms), 'collaborates');
  return { format: 'ecosystem-map', version: 1, title: 'Bench ecosystem', unit: 'USD k / year', nodes, links };
}
