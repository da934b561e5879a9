// `npm run bench`: every benchmark suite in one run, so ratios compare figures taken together.
import { cpus } from 'node:os';
import type { BenchResult } from './timing.ts';

const suites: Record<string, () => Promise<{ run: () => Promise<BenchResult[]> }>> = {
  analysis: () => import('./analysis.bench.ts'),
  cli: () => import('./cli.bench.ts'),
  export: () => import('./export.bench.ts'),
  layout: () => import('./layout.bench.ts'),
};

const only = process.argv.slice(2);
const rows: BenchResult[] = [];
console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
for (const [name, load] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  const suite = await load();
  for (const r of await suite.run()) {
    rows.push(r);
    const figure = r.unit === 'x' ? `${r.median.toFixed(1)}x` : `${r.median.toFixed(r.median < 10 ? 2 : 0)} ms`;
    const verdict = r.target ? `${r.target} ${r.met ? 'met' : 'MISSED'}` : '';
    console.log(`${name.padEnd(9)} ${r.name.padEnd(58)} ${figure.padStart(10)}  ${verdict}${r.detail ? `  (${r.detail})` : ''}`);
  }
}
const missed = rows.filter((r) => r.met === false).length;
console.log(`${rows.length - missed} targets met, ${missed} missed`);
process.exitCode = missed ? 1 : 0;
