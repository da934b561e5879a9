// A big map at rest, driven as a person explores it: wheel zooms and mouse-drag pans in turn, with
// the frames recorded meanwhile. d3-zoom moves one transform, so this measures what the browser
// pays to redraw every element under it.
import type { Browser, Page } from '@playwright/test';
import { bigMap } from '../cli.bench.ts';
import { deadline, PageTimeout } from './deadline.ts';
import { intervalsBetween, pageNow, readFrameLog } from './frameLog.ts';
import { SEED } from './layoutBench.ts';
import { canvasWith, openMap, VIEWPORT } from './session.ts';
import { atMost, figure, medianOf } from './report.ts';
import type { Row } from './report.ts';
import { percentile } from './stats.ts';

export interface PanZoomCase {
  readonly nodes: number;
  readonly links: number;
  /** Gestures are timed this many times on the one loaded map. */
  readonly bursts: number;
  readonly burstMs: number;
  readonly loadTimeoutMs: number;
  /** How long to wait for the layout to settle before exploring anyway. */
  readonly settleTimeoutMs: number;
  readonly frameLimitMs: number;
}

export interface PanZoomRun {
  readonly loadMs: number | undefined;
  readonly settled: boolean;
  /** p95 frame interval of each burst. */
  readonly frameP95s: number[];
  readonly frames: number;
  readonly panned: boolean;
  readonly failure?: string;
}

/** One loaded map, several bursts of gestures; a page that stops answering ends it with what was measured. */
export async function measurePanZoom(browser: Browser, url: string, c: PanZoomCase): Promise<PanZoomRun> {
  try {
    return await panZoomRun(browser, url, c);
  } catch (error) {
    if (!(error instanceof PageTimeout)) throw error;
    return { loadMs: undefined, settled: false, frameP95s: [], frames: 0, panned: false, failure: error.message };
  }
}

async function panZoomRun(browser: Browser, url: string, c: PanZoomCase): Promise<PanZoomRun> {
  const session = await openMap(browser, url, JSON.stringify(bigMap(c.nodes, c.links, SEED)), c.nodes, c.loadTimeoutMs);
  try {
    const { page, shownAt } = session;
    if (shownAt === undefined) return { loadMs: undefined, settled: false, frameP95s: [], frames: 0, panned: false };
    const settled = await canvasWith(page, '[data-layout="settled"]', c.settleTimeoutMs);
    const frameP95s: number[] = [];
    let frames = 0;
    let panned = false;
    for (let i = 0; i < c.bursts; i++) {
      const from = await pageNow(page);
      panned = (await explore(page, c.burstMs)) || panned;
      const intervals = intervalsBetween((await readFrameLog(page)).frames, from, await pageNow(page));
      frames += intervals.length;
      frameP95s.push(percentile(intervals, 95));
    }
    return { loadMs: shownAt, settled, frameP95s, frames, panned };
  } finally {
    await session.close();
  }
}

export function panZoomRows(c: PanZoomCase, run: PanZoomRun): Row[] {
  const size = `${c.nodes / 1000}k nodes / ${c.links / 1000}k links`;
  const p95 = medianOf(run.frameP95s);
  const when = run.settled ? 'after the layout settled' : `layout still moving after ${c.settleTimeoutMs / 1000} s`;
  const detail =
    run.loadMs === undefined
      ? (run.failure ?? `the nodes were not on screen within ${c.loadTimeoutMs / 1000} s`)
      : `median of ${run.frameP95s.length} bursts of ${c.burstMs / 1000} s; ${run.frames} frames; ${when}${run.panned ? '' : '; no empty spot to drag from: wheel only'}`;
  return [
    atMost(`${size}: p95 frame, wheel zoom + drag pan`, p95.value, c.frameLimitMs, 'ms', detail),
    figure(`${size}: load, reload → nodes on screen`, run.loadMs ?? Number.NaN, 'ms', 'one run'),
  ];
}

/** Zooms in and out with the wheel, then drags the canvas in a circle, until `ms` have passed. Whether a pan was possible. */
async function explore(page: Page, ms: number): Promise<boolean> {
  const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
  const end = Date.now() + ms;
  let panned = false;
  while (Date.now() < end) {
    await page.mouse.move(centre.x, centre.y);
    for (let k = 0; k < 8 && Date.now() < end; k++) await page.mouse.wheel(0, k < 4 ? -100 : 100);
    const start = await emptySpot(page);
    if (!start) continue;
    panned = true;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 24 && Date.now() < end; step++) {
      const angle = (step / 24) * 2 * Math.PI;
      await page.mouse.move(start.x + 80 * Math.sin(angle), start.y + 80 * (1 - Math.cos(angle)));
    }
    await page.mouse.up();
  }
  return panned;
}

/** A point on the canvas over no node or link, where a drag pans instead of moving a node. */
async function emptySpot(page: Page): Promise<{ x: number; y: number } | null> {
  const search = page.evaluate(({ width, height }) => {
    for (let r = 0; r < Math.min(width, height) / 2; r += 20) {
      for (let a = 0; a < 8; a++) {
        const x = width / 2 + r * Math.cos((a * Math.PI) / 4);
        const y = height / 2 + r * Math.sin((a * Math.PI) / 4);
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest('svg.em-canvas') && !hit.closest('[data-id], [data-handle], [data-link]')) return { x, y };
      }
    }
    return null;
  }, VIEWPORT);
  return deadline(search, 30_000, 'the page');
}
