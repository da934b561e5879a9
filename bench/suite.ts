// One benchmark suite in a process of its own (bench/run.ts starts one per suite): a suite's
// heap — the 10k-node maps of the analysis, the 100k-node files of the CLI — would otherwise
// slow the collector down in the suites after it. Prints its rows as one JSON line.
import { SUITES } from './suites.ts';

const name = process.argv[2] ?? '';
const load = SUITES[name];
if (!load) throw new Error(`no benchmark suite "${name}"; there are ${Object.keys(SUITES).join(', ')}`);
const rows = await (await load()).run();
process.stdout.write(`${JSON.stringify(rows)}\n`);
