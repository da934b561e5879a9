// The value-flow layer animating every supports link of a generated map that carries value, on
// a page of its own (flowPage.html: the layer and a still drawing of the map, no app), first with
// the map at rest, then with every node swaying as in a layout run, so particles follow them.
import type { Browser, Page } from '@playwright/test';
import { valueFlow } from '../../src/analysis/valueFlow.ts';
import { restoreMap } from '../../src/io/restore.ts';
import { settle } from '../../src/layout/settle.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { bigMap } from '../cli.bench.ts';
import { serveBenchPage } from './benchPage.ts';
import { deadline, PageTimeout } from './deadline.ts';
import { injectFrameLog, intervalsBetween, pageNow, readFrameLog } from './frameLog.ts';
import type { FlowPage, FlowPageInput } from './flowPage.ts';
import { SEED } from './layoutBench.ts';
import { atMost, figure, medianOf } from './report.ts';
import type { Row } from './report.ts';
import { VIEWPORT } from './session.ts';
import { percentile } from './stats.ts';

export interface FlowCase {
  readonly nodes: number;
  readonly links: number;
  /** Frames are timed this many times, at rest and again while the nodes move. */
  readonly bursts: number;
  readonly burstMs: number;
  readonly frameLimitMs: number;
}

interface Burst {
  readonly p95: number;
  readonly median: number;
  readonly frames: number;
  /** Script time per frame (all the page's rAF callbacks): how much of the frame the layer takes. */
  readonly scriptP95: number;
  readonly scriptMedian: number;
}

type Host = typeof globalThis & { __flowPage: FlowPage };

export interface FlowRun {
  readonly flowLinks: number;
  readonly atRest: Burst[];
  readonly moving: Burst[];
  readonly paintedPixels: number;
  /** Why the run gave no figures, when the page stopped answering. */
  readonly failure?: string;
}

const ANSWER_MS = 30_000;
const WARM_UP_MS = 500;

/** The map with stack-layout positions and the value each link carries, as the page takes it. */
export function flowInput(c: Pick<FlowCase, 'nodes' | 'links'>, zoom = 1): FlowPageInput {
  const restored = restoreMap(JSON.stringify(bigMap(c.nodes, c.links, SEED)));
  if (!restored.ok) throw new Error(`restore refused the bench map: ${restored.error}`);
  const positions = settle(restored.map, { seed: SEED, mode: 'stack' });
  const map: EcoMap = { ...restored.map, nodes: restored.map.nodes.map((n) => ({ ...n, ...positions.get(n.id) })) };
  return { map, amounts: [...valueFlow(map).linkFlow], zoom };
}

/** A fresh page with the frame log, showing `input`; the number of links that carry flow. */
export async function openFlowPage(page: Page, url: string, input: FlowPageInput): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => '__flowPage' in globalThis, undefined, { timeout: ANSWER_MS });
  const shown = page.evaluate((i) => (globalThis as Host).__flowPage.show(i), input);
  return (await deadline(shown, ANSWER_MS, 'the flow page')).links;
}

/** One page, bursts at rest then moving; a page that stops answering is a result, not a harness failure. */
export async function measureFlow(browser: Browser, c: FlowCase): Promise<FlowRun> {
  try {
    return await flowRun(browser, c);
  } catch (error) {
    if (!(error instanceof PageTimeout)) throw error;
    return { flowLinks: 0, atRest: [], moving: [], paintedPixels: 0, failure: error.message };
  }
}

async function flowRun(browser: Browser, c: FlowCase): Promise<FlowRun> {
  const input = flowInput(c);
  const served = await serveBenchPage('flowPage.html', 4299);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await injectFrameLog(context);
    const page = await context.newPage();
    const flowLinks = await openFlowPage(page, served.url, input);
    await page.waitForTimeout(WARM_UP_MS);
    const atRest = await bursts(page, c);
    await deadline(page.evaluate(() => (globalThis as Host).__flowPage.sway(true)), ANSWER_MS, 'the flow page');
    const moving = await bursts(page, c);
    // Read last: reading a canvas back can move it to another raster path.
    const paintedPixels = await deadline(page.evaluate(() => (globalThis as Host).__flowPage.paintedPixels()), ANSWER_MS, 'the flow page');
    return { flowLinks, atRest, moving, paintedPixels };
  } finally {
    await context.close();
    await served.stop();
  }
}

async function bursts(page: Page, c: FlowCase): Promise<Burst[]> {
  const takeScriptMs = () => deadline(page.evaluate(() => (globalThis as Host).__flowPage.takeScriptMs()), ANSWER_MS, 'the flow page');
  const out: Burst[] = [];
  for (let i = 0; i < c.bursts; i++) {
    await takeScriptMs();
    const from = await pageNow(page);
    await page.waitForTimeout(c.burstMs);
    const intervals = intervalsBetween((await readFrameLog(page)).frames, from, await pageNow(page));
    const script = await takeScriptMs();
    out.push({ p95: percentile(intervals, 95), median: percentile(intervals, 50), frames: intervals.length, scriptP95: percentile(script, 95), scriptMedian: percentile(script, 50) });
  }
  return out;
}

export function flowRows(c: FlowCase, run: FlowRun): Row[] {
  const size = `${c.nodes / 1000}k nodes / ${run.flowLinks} flow links`;
  // Frames of a layer that drew nothing say nothing about it: no figure, and the target is missed.
  const failure = run.failure ?? (run.paintedPixels === 0 ? 'the flow layer painted nothing' : undefined);
  const of = (b: readonly Burst[]) => `median of ${b.length} bursts of ${c.burstMs / 1000} s; ${b.map((x) => x.frames).join('/')} frames`;
  const rows = (when: string, b: readonly Burst[]) => {
    const median = (pick: (x: Burst) => number) => (failure ? Number.NaN : medianOf(b.map(pick)).value);
    const script = `script per frame: median ${median((x) => x.scriptMedian).toFixed(1)} ms, p95 ${median((x) => x.scriptP95).toFixed(1)} ms`;
    return [
      atMost(`${size}: p95 frame, ${when}`, median((x) => x.p95), c.frameLimitMs, 'ms', failure ?? `${of(b)}; ${script}`),
      figure(`${size}: median frame, ${when}`, median((x) => x.median), 'ms', failure ?? of(b)),
    ];
  };
  return [...rows('flow animating', run.atRest), ...rows('flow while nodes move', run.moving)];
}
