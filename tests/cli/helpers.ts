import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { main } from '../../cli/main.ts';
import type { EcoMap } from '../../src/model/types.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stderr split into lines, without the final empty one. */
  readonly errLines: string[];
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecomap-cli-'));
  dirs.push(dir);
  return dir;
}

/** Writes files (text, bytes or a map) into a fresh directory and returns it. */
export function dirWith(files: Record<string, string | Uint8Array | EcoMap>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content));
  }
  return dir;
}

/** `ecomap ...args` in this process, with `cwd` as the working directory. */
export async function ecomap(cwd: string, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr, errLines: lines(stderr) };
}

const BIN = fileURLToPath(new URL('../../cli/ecomap.js', import.meta.url));

/** The real bin in a child process: exit codes, streams and all. */
export function spawnEcomap(cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, errLines: lines(result.stderr) };
}

function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** A document as the app writes it, from parts. */
export function mapDocument(nodes: unknown[], links: unknown[] = [], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'ecosystem-map', version: 1, title: 'Doc', ...extra, nodes, links });
}
