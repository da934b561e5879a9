// `npm run bench`: every benchmark suite in one run, so ratios compare figures taken together.
// Each suite runs in a process of its own (bench/suite.ts); `npm run bench -- export` runs one.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SUITES } from './suites.ts';
import type { BenchResult } from './timing.ts';

const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in SUITES));
if (unknown.length) throw new Error(`no benchmark suite ${unknown.map((n) => `"${n}"`).join(', ')}; there are ${Object.keys(SUITES).join(', ')}`);
const rows: BenchResult[] = [];
console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
for (const name of Object.keys(SUITES)) {
  if (only.length && !only.includes(name)) continue;
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./suite.ts', import.meta.url)), name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`the ${name} suite exited ${child.status}`);
  const lines = child.stdout.trim().split('\n');
  for (const r of JSON.parse(lines[lines.length - 1]!) as BenchResult[]) {
    rows.push(r);
    const figure = r.unit === 'x' ? `${r.median.toFixed(1)}x` : `${r.median.toFixed(r.median < 10 ? 2 : 0)} ms`;
    const verdict = r.target ? `${r.target} ${r.met ? 'met' : 'MISSED'}` : '';
    console.log(`${name.padEnd(9)} ${r.name.padEnd(58)} ${figure.padStart(10)}  ${verdict}${r.detail ? `  (${r.detail})` : ''}`);
  }
}
const missed = rows.filter((r) => r.met === false).length;
console.log(`${rows.length - missed} targets met, ${missed} missed`);
process.exitCode = missed ? 1 : 0;
