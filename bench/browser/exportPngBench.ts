// PNG export in Chromium: exportPng (export tree → canvas → PNG → map chunk) of a generated
// 2k-node map at 2×, on a page of its own (exportPngPage.html), so the time is the export's.
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { restoreMap } from '../../src/io/restore.ts';
import { settle } from '../../src/layout/settle.ts';
import { readPngMap } from '../../src/io/pngChunks.ts';
import { bigMap } from '../cli.bench.ts';
import { serveBenchPage } from './benchPage.ts';
import { ROOT } from './build.ts';
import { deadline, PageTimeout } from './deadline.ts';
import type { ExportPngPage, ExportPngPageInput, ExportPngPageResult } from './exportPngPage.ts';
import { SEED } from './layoutBench.ts';
import { atMost, figure, medianOf } from './report.ts';
import type { Row } from './report.ts';

export interface ExportPngCase {
  /** A generated map of this size, unless `example` names a map file (its size is then filled in). */
  readonly nodes: number;
  readonly links: number;
  readonly example?: string;
  readonly scale: number;
  readonly runs: number;
  readonly limitMs: number;
}

export interface ExportPngRun {
  readonly result?: ExportPngPageResult;
  readonly nodes?: number;
  readonly links?: number;
  /** The PNG read back through readPngMap: the map it carries has this many nodes. */
  readonly embeddedNodes?: number;
  readonly failure?: string;
}

const ANSWER_MS = 120_000;

/** The map laid out as the force layout settles it, ready for the page. */
export function exportPngInput(c: Pick<ExportPngCase, 'nodes' | 'links' | 'example'>): ExportPngPageInput {
  const restored = restoreMap(c.example ? readFileSync(join(ROOT, c.example)) : JSON.stringify(bigMap(c.nodes, c.links, SEED)));
  if (!restored.ok) throw new Error(`restore refused the bench map: ${restored.error}`);
  const positions = settle(restored.map, { seed: SEED });
  return { map: restored.map, positions: [...positions], removed: [], flow: true };
}

/** Runs the export `runs` times (after one unmeasured run) in a fresh page. */
export async function measureExportPng(browser: Browser, c: ExportPngCase, input = exportPngInput(c)): Promise<ExportPngRun> {
  const served = await serveBenchPage('exportPngPage.html', 4399);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => '__exportPng' in globalThis, undefined, { timeout: ANSWER_MS });
    type Host = typeof globalThis & { __exportPng: ExportPngPage };
    await deadline(page.evaluate(({ i, s }) => (globalThis as Host).__exportPng.run(i, s, 1), { i: input, s: c.scale }), ANSWER_MS, 'the export page');
    const result = await deadline(page.evaluate(({ i, s, n }) => (globalThis as Host).__exportPng.run(i, s, n), { i: input, s: c.scale, n: c.runs }), ANSWER_MS, 'the export page');
    const back = readPngMap(Buffer.from(result.png, 'base64'));
    return { result, nodes: input.map.nodes.length, links: input.map.links.length, embeddedNodes: back.ok ? back.map.nodes.length : 0 };
  } catch (error) {
    if (!(error instanceof PageTimeout)) throw error;
    return { failure: error.message };
  } finally {
    await context.close();
    await served.stop();
  }
}

export function exportPngRows(c: ExportPngCase, run: ExportPngRun): Row[] {
  const size = c.example ? `${c.example.split('/').pop()}, ${run.nodes} nodes / ${run.links} links` : `${c.nodes / 1000}k nodes / ${c.links / 1000}k links`;
  const name = `export PNG ${c.scale}×, ${size}`;
  const failure = run.failure ?? (run.embeddedNodes !== run.nodes ? 'the PNG did not carry the map' : undefined);
  const r = run.result;
  const median = failure || !r ? Number.NaN : medianOf(r.times).value;
  const detail = failure ?? `${r!.width}×${r!.height} px${r!.clamped ? ` (clamped to ${r!.scale}×)` : ''}, ${(r!.png.length * 0.75 / 1e6).toFixed(1)} MB, median of ${r!.times.length}`;
  return [
    atMost(name, median, c.limitMs, 'ms', detail),
    figure(`${name}: slowest run`, failure || !r ? Number.NaN : Math.max(...r.times), 'ms'),
    figure(`${name}: Chromium encoding a blank canvas that size`, failure || !r ? Number.NaN : medianOf(r.encodeBlankMs).value, 'ms', 'the least an export of that many pixels can cost'),
  ];
}
