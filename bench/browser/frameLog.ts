// What the page records for the benchmark: every animation frame, the frames on which the
// canvas changed what it says about itself (data-nodes, data-layout), and the frames that showed
// a new picture of a map drawn on a canvas (data-pictures counts them). Injected before the app runs.
import type { BrowserContext, Page } from '@playwright/test';
import { deadline } from './deadline.ts';

/** A busy page answers late; a frozen one never: past this the harness gives up on it. */
const ANSWER_MS = 30_000;

/** The canvas as one frame saw it. `t` is the frame's rAF timestamp (ms since navigation). */
export interface CanvasMark {
  readonly t: number;
  readonly nodes: string | null;
  readonly layout: string | null;
}

export interface FrameLog {
  readonly frames: number[];
  readonly marks: CanvasMark[];
  /** Frames on which a map drawn on a canvas showed a new picture. */
  readonly pictures: number[];
}

type Host = typeof globalThis & { __frameLog?: FrameLog };

// Runs in the page. A string, not a function: tsx compiles functions with helpers (`__name`) that
// do not exist in the page. One rAF loop reads two attributes per frame from a cached element.
const RECORD_FRAMES = `(() => {
  const log = { frames: [], marks: [], pictures: [] };
  globalThis.__frameLog = log;
  let svg = null, raster = null, nodes = null, layout = null, pictures = null;
  const tick = (t) => {
    log.frames.push(t);
    if (!svg || !svg.isConnected) svg = document.querySelector('svg.em-canvas');
    if (!raster || !raster.isConnected) raster = document.querySelector('canvas.em-map-raster');
    const n = svg ? svg.getAttribute('data-nodes') : null;
    const l = svg ? svg.getAttribute('data-layout') : null;
    if (n !== nodes || l !== layout) log.marks.push({ t, nodes: (nodes = n), layout: (layout = l) });
    const p = raster ? raster.getAttribute('data-pictures') : null;
    if (p !== pictures) {
      if (p !== null) log.pictures.push(t);
      pictures = p;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function injectFrameLog(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: RECORD_FRAMES });
}

export async function readFrameLog(page: Page): Promise<FrameLog> {
  return deadline(page.evaluate(() => (globalThis as Host).__frameLog ?? { frames: [], marks: [], pictures: [] }), ANSWER_MS, 'the page');
}

/** The page's clock, to cut the frame log at moments the harness chooses. */
export async function pageNow(page: Page): Promise<number> {
  return deadline(page.evaluate(() => performance.now()), ANSWER_MS, 'the page');
}

/**
 * Intervals between consecutive frames that both fall in [from, to], to the 0.1 ms the page's
 * clock has: one frame at 60 Hz is 16.6, 16.7 or 16.8 ms, never 16.800000000001.
 */
export function intervalsBetween(frames: readonly number[], from: number, to: number): number[] {
  const inside = frames.filter((t) => t >= from && t <= to);
  return inside.slice(1).map((t, i) => Math.round((t - inside[i]!) * 10) / 10);
}

/** How many of `times` fall in [from, to]. */
export function countBetween(times: readonly number[], from: number, to: number): number {
  return times.filter((t) => t >= from && t <= to).length;
}

/** The first frame on which the canvas matched `test`, or undefined. */
export function firstMark(log: FrameLog, test: (mark: CanvasMark) => boolean): number | undefined {
  return log.marks.find(test)?.t;
}
