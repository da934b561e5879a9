// A build of its own in a temporary folder: other work in this checkout may rebuild dist/ (which
// empties it first) while the benchmark is serving it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

export interface Build {
  readonly dir: string;
  remove(): void;
}

export function buildApp(): Build {
  const dir = mkdtempSync(join(tmpdir(), 'ecomap-bench-dist-'));
  const result = spawnSync(process.execPath, [VITE, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vite build exited ${result.status}: ${result.stderr}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
