import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { dirWith, ecomap } from './helpers.ts';

describe('main', () => {
  it('prints the usage on stdout for help and exits 0', async () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const run = await ecomap(dirWith({}), ...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: ecomap <command> \[options\]/);
      expect(run.stdout).toContain('analyze <map> [--remove id,id] [--json]');
      expect(run.stdout).toContain('convert <in> -o <out>');
      expect(run.stderr).toBe('');
    }
  });

  it('prints the version for --version, -v and version', async () => {
    for (const args of [['--version'], ['-v'], ['version']]) {
      expect((await ecomap(dirWith({}), ...args)).stdout).toMatch(/^ecomap \d+\.\d+\.\d+\n$/);
    }
  });

  it('exits 2 with the reason and then the usage on stderr for wrong usage', async () => {
    const run = await ecomap(dirWith({}), 'analyze', 'map.json', '--verbose');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.errLines[0]).toBe('ecomap: analyze: unknown option "--verbose"');
    expect(run.errLines[2]).toBe('Usage: ecomap <command> [options]');
  });

  it('turns an unexpected exception into one line and exit 1', async () => {
    let stderr = '';
    const code = await main(['--help'], {
      cwd: '.',
      stdout: {
        write: () => {
          throw new Error('stdout went away\n    at somewhere (file.ts:1:1)');
        },
      },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    });
    expect(code).toBe(1);
    expect(stderr).toBe('ecomap: unexpected error: stdout went away\\n    at somewhere (file.ts:1:1)\n');
  });

  it('names the file being read when an unexpected exception stops it', async () => {
    const dir = dirWith({ 'm.json': '{"format":"ecosystem-map","version":1,"title":"T","nodes":[],"links":[]}' });
    let stderr = '';
    const code = await main(['analyze', 'm.json'], {
      cwd: dir,
      stdout: {
        write: () => {
          throw new TypeError('cannot write');
        },
      },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    });
    expect(code).toBe(1);
    expect(stderr).toBe('ecomap: m.json: unexpected error: cannot write\n');
  });
});
