// The built app served by `vite preview` on a port of its own, so it never meets a dev server or the e2e one.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT, VITE } from './build.ts';

export interface PreviewServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Serves the build in `outDir` with `vite preview` on `port` (refused if taken); resolves once it answers. */
export async function startPreview(outDir: string, port: number, timeoutMs = 30_000): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}: ${stderr.trim()}`);
    if (await answers(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms: ${stderr.trim()}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** The first port from `from` on that nothing listens on (checked by binding it, then letting go). */
export async function freePort(from: number, tries = 20): Promise<number> {
  for (let port = from; port < from + tries; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + tries - 1}`);
}
