// Loading the CLI through tsx costs ~0.5 s of CPU on every run (a loader thread resolving and
// reading dozens of modules). esbuild bundles the same sources into one file in ~0.1 s, so the
// bin keeps one bundle in node_modules/.cache and rebuilds it whenever a source it was built
// from has changed. The first line of the bundle lists those sources with their mtimes and sizes.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'cli', 'main.ts');
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'ecomap-cli', 'main.mjs');
const STAMP = '// ecomap-cli-sources: ';
/** Bump when the build options change, so old bundles are rebuilt. */
const BUILD = 3;

/**
 * `main` from a fresh bundle of cli/main.ts, or undefined when one cannot be had (no esbuild,
 * a read-only install, a build error): the caller then runs the sources through tsx.
 * @returns {Promise<((args: readonly string[]) => Promise<number>) | undefined>}
 */
export async function importCompiledMain() {
  try {
    const require = createRequire(import.meta.url);
    // The version alone says whether the bundle is current; esbuild itself loads only to rebuild.
    const key = `${BUILD}/${JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version}`;
    if (!isFresh(key)) build(require('esbuild'), key);
    const module = await import(pathToFileURL(BUNDLE).href);
    return typeof module.main === 'function' ? module.main : undefined;
  } catch {
    return undefined;
  }
}

function isFresh(key) {
  let head;
  try {
    head = readFileSync(BUNDLE, 'utf8').slice(0, 1 << 16).split('\n', 1)[0] ?? '';
  } catch {
    return false;
  }
  if (!head.startsWith(STAMP)) return false;
  const stamp = JSON.parse(head.slice(STAMP.length));
  if (stamp.key !== key) return false;
  return stamp.sources.every(([path, mtime, size]) => {
    const stat = statSync(join(ROOT, path), { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs === mtime && stat.size === size;
  });
}

function build(esbuild, key) {
  // Stat the sources before bundling: a file edited during the build then reads as stale next time.
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'silent',
    // Inlined CommonJS packages (yaml) call require('process'); an ES module has no require of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const sources = Object.keys(result.metafile.inputs).map((path) => {
    const stat = statSync(join(ROOT, path));
    return [path, stat.mtimeMs, stat.size];
  });
  const text = `${STAMP}${JSON.stringify({ key, sources })}\n${result.outputFiles[0].text}`;
  // Another run may be building at the same moment: each writes its own file and renames it.
  mkdirSync(join(BUNDLE, '..'), { recursive: true });
  const temp = `${BUNDLE}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, BUNDLE);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
    throw error;
  }
}
