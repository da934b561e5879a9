import { chmodSync, mkdirSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../cli/errors.ts';
import { readBytes, writeAtomic } from '../../cli/files.ts';
import { tempDir } from './helpers.ts';

describe('readBytes', () => {
  it('reads a file relative to the working directory, as bytes', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '{}');
    const bytes = readBytes('a.json', dir);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes)).toBe('{}');
  });

  it('names a missing file and a directory in plain words', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'maps'));
    expect(() => readBytes('nope.json', dir)).toThrow(new FileError('nope.json', 'no such file'));
    expect(() => readBytes('maps', dir)).toThrow(new FileError('maps', 'is a directory'));
  });

  it('refuses a file past the limit without reading it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), 3_000_000_000);
    expect(() => readBytes('huge.json', dir, 200_000_000)).toThrow(
      new FileError('huge.json', 'the file is too large: 3000 MB (ecomap reads up to 200 MB)'),
    );
  });
});

describe('writeAtomic', () => {
  it('replaces a file with the whole new text and leaves no temporary file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.csv'), 'old');
    writeAtomic('out.csv', 'new ✓', dir);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('new ✓');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('refuses a directory that does not exist, and a directory as the file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    expect(() => writeAtomic('missing/out.csv', 'x', dir)).toThrow(new FileError('missing/out.csv', 'no such directory'));
    expect(() => writeAtomic('sub', 'x', dir)).toThrow(new FileError('sub', 'is a directory'));
  });

  it.skipIf(process.getuid?.() === 0)('leaves the old file untouched when the directory cannot be written', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'out.csv'), 'old');
    chmodSync(join(dir, 'locked'), 0o555);
    try {
      expect(() => writeAtomic('locked/out.csv', 'new', dir)).toThrow(new FileError('locked/out.csv', 'permission denied'));
      expect(readFileSync(join(dir, 'locked', 'out.csv'), 'utf8')).toBe('old');
      expect(readdirSync(join(dir, 'locked'))).toEqual(['out.csv']);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});
