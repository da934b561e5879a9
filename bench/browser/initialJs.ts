// The JavaScript a first visit must fetch before the app can start: the entry script in
// dist/index.html, its modulepreloads, and every chunk they import statically. Dynamic imports
// (`import("./x.js")`) and the layout worker load later, on first use, and are not counted.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  readonly files: string[];
  readonly gzipBytes: number;
  readonly rawBytes: number;
}

const SCRIPT = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
const PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;
// Static imports in a minified chunk: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function measureInitialJs(dist: string): InitialJs {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  let gzipBytes = 0;
  let rawBytes = 0;
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file));
    rawBytes += code.length;
    gzipBytes += gzipSync(code).length;
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(posix.join(posix.dirname(file), m[1]!));
  }
  if (seen.size === 0) throw new Error(`no module script in ${join(dist, 'index.html')}`);
  return { files: [...seen], gzipBytes, rawBytes };
}
