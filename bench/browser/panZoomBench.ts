// A big map at rest, driven as a person explores it: wheel zooms and mouse-drag pans in turn, with
// the frames recorded meanwhile. d3-zoom moves one transform, so this measures what the browser
// pays to redraw every element under it.
import type { Browser, Page } from '@playwright/test';
import { bigMap } from '../cli.bench.ts';
import { deadline, PageTimeout } from './deadline.ts';
import { countBetween, intervalsBetween, pageNow, readFrameLog } from './frameLog.ts';
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
  /** New pictures of the map drawn while exploring (the camera moves the last one in between). */
  readonly pictures: number;
  readonly panned: boolean;
  readonly failure?: string;
}

/** One loaded map, several bursts of gestures; a page that stops answering ends it with what was measured. */
export async function measurePanZoom(browser: Browser, url: string, c: PanZoomCase): Promise<PanZoomRun> {
  try {
    return await panZoomRun(browser, url, c);
  } catch (error) {
    if (!(error instanceof PageTimeout)) throw error;
    return { loadMs: undefined, settled: false, frameP95s: [], frames: 0, pictures: 0, panned: false, failure: error.message };
  }
}

async function panZoomRun(browser: Browser, url: string, c: PanZoomCase): Promise<PanZoomRun> {
  const session = await openMap(browser, url, JSON.stringify(bigMap(c.nodes, c.links, SEED)), c.nodes, c.loadTimeoutMs);
  try {
    const { page, shownAt } = session;
    if (shownAt === undefined) return { loadMs: undefined, settled: false, frameP95s: [], frames: 0, pictures: 0, panned: false };
    const settled = await canvasWith(page, '[data-layout="settled"]', c.settleTimeoutMs);
    const frameP95s: number[] = [];
    let frames = 0;
    let pictures = 0;
    let panned = false;
    for (let i = 0; i < c.bursts; i++) {
      const from = await pageNow(page);
      panned = (await explore(page, c.burstMs)) || panned;
      const to = await pageNow(page);
      const log = await readFrameLog(page);
      const intervals = intervalsBetween(log.frames, from, to);
      frames += intervals.length;
      pictures += countBetween(log.pictures, from, to);
      frameP95s.push(percentile(intervals, 95));
    }
    return { loadMs: shownAt, settled, frameP95s, frames, pictures, panned };
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
      : `median of ${run.frameP95s.length} bursts of ${c.burstMs / 1000} s; ${run.frames} frames, ${run.pictures} pictures; ${when}${run.panned ? '' : '; no empty spot to drag from: wheel only'}`;
  return [
    atMost(`${size}: p95 frame, wheel zoom + drag pan`, p95.value, c.frameLimitMs, 'ms', detail),
    figure(`${size}: load, reload → nodes on screen`, run.loadMs ?? Number.NaN, 'ms', 'one run'),
  ];
}

/** Zooms in and out with the wheel, then drags the canvas in a circle, until `ms` have passed. Whether a pan was possible. */
export async function explore(page: Page, ms: number): Promise<boolean> {
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

/**
 * A point on the canvas over no node or link, where a drag pans instead of moving a node. The
 * corners of the canvas come first (a fitted map leaves them empty), then rings from the centre.
 * Each candidate is checked with the pointer over it: on a map drawn on a canvas, what lies
 * under the pointer becomes an element only then, on the next frame.
 */
async function emptySpot(page: Page): Promise<{ x: number; y: number } | null> {
  const candidates = (await deadline(page.evaluate(CANDIDATES), 30_000, 'the page')) as { x: number; y: number }[];
  for (const point of candidates) {
    await page.mouse.move(point.x, point.y);
    // On a map drawn on a canvas, what is under the pointer becomes an element on the next frame.
    const free = `new Promise((resolve) => requestAnimationFrame(() => resolve((${FREE})(${point.x}, ${point.y}))))`;
    if (await deadline(page.evaluate(free), 30_000, 'the page')) return point;
  }
  return null;
}

// Run in the page, as strings: tsx compiles named inner functions with a helper the page lacks.
const FREE = `(x, y) => {
  const hit = document.elementFromPoint(x, y);
  return !!hit?.closest('svg.em-canvas') && !hit.closest('[data-id], [data-handle], [data-link]');
}`;
const CANDIDATES = `(() => {
  const free = ${FREE};
  const box = document.querySelector('svg.em-canvas').getBoundingClientRect();
  const inset = 30;
  const points = [
    { x: box.left + inset, y: box.top + inset },
    { x: box.right - inset - 160, y: box.top + inset },
    { x: box.left + inset, y: box.bottom - inset - 160 },
    { x: box.right - inset - 160, y: box.bottom - inset - 160 },
  ];
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  for (let r = 0; r < Math.min(box.width, box.height) / 2; r += 20) {
    for (let a = 0; a < 8; a++) points.push({ x: cx + r * Math.cos((a * Math.PI) / 4), y: cy + r * Math.sin((a * Math.PI) / 4) });
  }
  return points.filter((p) => free(p.x, p.y)).slice(0, 40);
})()`;
