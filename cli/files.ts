import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileError, describeFsError } from './errors.ts';

/**
 * The bytes of a file, as given on the command line (relative to `cwd`). The bytes go to the
 * readers untouched: they, not the CLI, know about encodings, BOMs and their own limits. A file
 * past `maxBytes` is refused before it is read, so a stray disk image does not fill the memory.
 */
export function readBytes(file: string, cwd: string, maxBytes = Infinity): Uint8Array {
  const path = resolve(cwd, file);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new FileError(file, 'is a directory');
    if (stat.size > maxBytes) throw new FileError(file, `the file is too large: ${megabytes(stat.size)} (ecomap reads up to ${megabytes(maxBytes)})`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(file, describeFsError(error));
  }
}

/**
 * Replace `file` with `text` (or bytes) all at once: write a temporary file beside it, then rename
 * it over. An error leaves the old file (or no file) in place, never half a file.
 */
export function writeAtomic(file: string, text: string | Uint8Array, cwd: string): void {
  const path = resolve(cwd, file);
  const dir = dirname(path);
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new FileError(file, 'is a directory');
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new FileError(file, 'no such directory');
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(file, describeFsError(error));
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    quietly(() => fd !== undefined && closeSync(fd));
    quietly(() => unlinkSync(temp));
    throw new FileError(file, describeFsError(error));
  }
}

/** Clean-up after a failure must not hide the failure. */
function quietly(step: () => unknown): void {
  try {
    step();
  } catch {
    // The first error is the one worth reporting.
  }
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1e6).toFixed(1))} MB`;
}
