import { analyze } from '../src/analysis/index.ts';
import { FileError } from './errors.ts';
import { formatOfPath } from './formats.ts';
import type { CliIo } from './io.ts';
import { loadMap } from './load.ts';
import { formatSummary } from './summary.ts';

export interface AnalyzeOptions {
  readonly file: string;
  readonly remove: readonly string[];
  readonly json: boolean;
}

/** `ecomap analyze <map> [--remove id,id] [--json]`. */
export function runAnalyze({ file, remove, json }: AnalyzeOptions, io: CliIo): number {
  // Reading is lenient: anything that is not a .csv goes to restore, which knows JSON when it sees it.
  const map = loadMap(file, formatOfPath(file) === 'csv' ? 'csv' : 'json', io.cwd, io.stderr);
  // Checked only when asked: a set of 100,000 ids costs more than the check is worth otherwise.
  const ids = remove.length ? new Set(map.nodes.map((n) => n.id)) : undefined;
  const unknown = ids ? remove.filter((id) => !ids.has(id)) : [];
  if (unknown.length) throw new FileError(file, `--remove: no node ${unknown.map((id) => JSON.stringify(id)).join(', ')}`);

  const report = analyze(map, remove);
  io.stdout.write(json ? `${JSON.stringify(report)}\n` : formatSummary(map, report));
  return 0;
}
