// A bench page of its own (an HTML entry under bench/browser), built into a temporary folder and
// served with `vite preview`, so a benchmark can drive one module without the app around it.
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from './build.ts';
import { freePort, startPreview } from './server.ts';
import type { PreviewServer } from './server.ts';

/** Builds `bench/browser/<html>` and serves it from the first free port at or after `port`; `stop` removes both. */
export async function serveBenchPage(html: string, port: number): Promise<PreviewServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ecomap-bench-page-'));
  try {
    await build({
      root: join(ROOT, 'bench/browser'),
      configFile: false,
      publicDir: false,
      logLevel: 'error',
      build: { outDir: dir, emptyOutDir: true, rollupOptions: { input: join(ROOT, 'bench/browser', html) } },
    });
    // The preview server answers its readiness check at / only when there is an index.html.
    renameSync(join(dir, html), join(dir, 'index.html'));
    const server = await startPreview(dir, await freePort(port));
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
