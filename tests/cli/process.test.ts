import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapOf } from '../builders.ts';
import { dirWith, spawnEcomap } from './helpers.ts';

// The real bin, in a child process: what a shell script sees.
describe('the ecomap bin', () => {
  it('prints usage on stdout for --help and exits 0', () => {
    const run = spawnEcomap(dirWith({}), '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ecomap <command>/);
    expect(run.stderr).toBe('');
  });

  it('prints its version', () => {
    const run = spawnEcomap(dirWith({}), '--version');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ecomap \d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with the usage on stderr when given no command or an unknown one', () => {
    for (const args of [[], ['frobnicate'], ['analyze'], ['analyze', 'x.json', '--frob']]) {
      const run = spawnEcomap(dirWith({}), ...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.errLines[0]).toMatch(/^ecomap: /);
      expect(run.stderr).toContain('Usage: ecomap');
    }
  });

  it('exits 1 with exactly one line and no stack trace for a missing file or bad bytes', () => {
    const dir = dirWith({ 'bin.json': new Uint8Array([0, 1, 2, 0xff, 0xfe, 0x80]) });
    for (const file of ['missing.json', 'bin.json']) {
      const run = spawnEcomap(dir, 'analyze', file);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.errLines).toHaveLength(1);
      expect(run.errLines[0]!.startsWith(`ecomap: ${file}: `)).toBe(true);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints the JSON report on stdout and exits 0', () => {
    const run = spawnEcomap(dirWith({ 'm.json': mapOf('pay>checkout') }), 'analyze', 'm.json', '--remove', 'pay', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ removed: ['pay'], stranded: ['checkout'] });
  });
});

describe('the precompiled bundle', () => {
  const bundle = fileURLToPath(new URL('../../node_modules/.cache/ecomap-cli/main.mjs', import.meta.url));

  it('is rebuilt when a source it was built from has changed', () => {
    spawnEcomap(dirWith({}), '--version');
    const stamp = JSON.parse(readFileSync(bundle, 'utf8').split('\n', 1)[0]!.replace('// ecomap-cli-sources: ', ''));
    expect(stamp.sources.map((s: [string]) => s[0])).toContain('cli/main.ts');
    const stale = { ...stamp, sources: [['cli/main.ts', 1, 1]] };
    writeFileSync(bundle, `// ecomap-cli-sources: ${JSON.stringify(stale)}\nexport async function main() { process.stdout.write('stale\\n'); return 0; }\n`);
    expect(spawnEcomap(dirWith({}), '--version').stdout).toMatch(/^ecomap \d/);
  });

  it('is rebuilt when it is damaged', () => {
    writeFileSync(bundle, 'not javascript at all {');
    expect(spawnEcomap(dirWith({}), '--version').stdout).toMatch(/^ecomap \d/);
    expect(readFileSync(bundle, 'utf8')).toMatch(/^\/\/ ecomap-cli-sources: /);
  });
});
