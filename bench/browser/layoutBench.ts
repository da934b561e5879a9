// A generated map opened without positions: how long the live layout takes to come to rest, and
// how smooth the frames are while nodes move.
import type { Browser } from '@playwright/test';
import { bigMap } from '../cli.bench.ts';
import { PageTimeout } from './deadline.ts';
import { countBetween, firstMark, intervalsBetween, pageNow, readFrameLog } from './frameLog.ts';
import { canvasWith, openMap } from './session.ts';
import { atMost, figure, medianOf } from './report.ts';
import type { Row } from './report.ts';
import { percentile } from './stats.ts';

export interface LayoutCase {
  readonly nodes: number;
  readonly links: number;
  readonly runs: number;
  readonly loadTimeoutMs: number;
  /** Frames are watched until the layout settles or this long after the nodes appear. */
  readonly watchMs: number;
  readonly frameLimitMs: number;
  /** Set when the time to settle has a target. */
  readonly settleLimitMs?: number;
}

/** One run; a figure is undefined when the page never got there in time. */
export interface LayoutRun {
  readonly loadMs: number | undefined;
  readonly settleMs: number | undefined;
  readonly frameP95: number | undefined;
  readonly frames: number;
  /** New pictures of a map drawn on a canvas while it was watched: how often the motion was shown. */
  readonly pictures: number;
  /** Why the run gave no figures, when the page stopped answering. */
  readonly failure?: string;
}

export const SEED = 20260101;

export async function measureLayout(browser: Browser, url: string, c: LayoutCase): Promise<LayoutRun[]> {
  const text = JSON.stringify(bigMap(c.nodes, c.links, SEED));
  const runs: LayoutRun[] = [];
  for (let i = 0; i < c.runs; i++) {
    try {
      runs.push(await layoutRun(browser, url, text, c));
    } catch (error) {
      // A frozen page is a result, not a harness failure.
      if (!(error instanceof PageTimeout)) throw error;
      runs.push({ loadMs: undefined, settleMs: undefined, frameP95: undefined, frames: 0, pictures: 0, failure: error.message });
    }
  }
  return runs;
}

async function layoutRun(browser: Browser, url: string, text: string, c: LayoutCase): Promise<LayoutRun> {
  const session = await openMap(browser, url, text, c.nodes, c.loadTimeoutMs);
  try {
    const { page, shownAt } = session;
    if (shownAt === undefined) return { loadMs: undefined, settleMs: undefined, frameP95: undefined, frames: 0, pictures: 0 };
    const remaining = Math.max(0, shownAt + c.watchMs - (await pageNow(page)));
    const settled = await canvasWith(page, '[data-layout="settled"]', remaining);
    const until = await pageNow(page);
    const log = await readFrameLog(page);
    const settledAt = settled ? firstMark(log, (m) => m.layout === 'settled') : undefined;
    const intervals = intervalsBetween(log.frames, shownAt, settledAt ?? until);
    return {
      loadMs: shownAt,
      settleMs: settledAt === undefined ? undefined : settledAt - shownAt,
      frameP95: intervals.length ? percentile(intervals, 95) : undefined,
      frames: intervals.length,
      pictures: countBetween(log.pictures, shownAt, settledAt ?? until),
    };
  } finally {
    await session.close();
  }
}

export function layoutRows(c: LayoutCase, runs: readonly LayoutRun[]): Row[] {
  const size = `${c.nodes / 1000}k nodes / ${c.links / 1000}k links`;
  const load = medianOf(runs.map((r) => r.loadMs));
  const settle = medianOf(runs.map((r) => r.settleMs));
  const p95 = medianOf(runs.map((r) => r.frameP95));
  const frames = runs.map((r) => r.frames).join('/');
  const pictures = runs.some((r) => r.pictures) ? `, ${runs.map((r) => r.pictures).join('/')} pictures` : '';
  const of = `median of ${runs.length}`;
  const unsettled = settle.missing ? `${settle.missing} of ${runs.length} not settled within ${c.watchMs / 1000} s of showing` : '';
  const settledIn = Number.isNaN(settle.value) ? unsettled : [`settled in ${(settle.value / 1000).toFixed(1)} s`, unsettled].filter(Boolean).join('; ');
  const failures = [...new Set(runs.flatMap((r) => (r.failure ? [r.failure] : [])))].join('; ');
  const notLoaded = load.missing ? `; ${load.missing} of ${runs.length} did not show the nodes within ${c.loadTimeoutMs / 1000} s${failures ? ` (${failures})` : ''}` : '';
  return [
    ...(c.settleLimitMs === undefined ? [] : [atMost(`${size}: nodes shown → layout settled`, settle.value, c.settleLimitMs, 'ms', `${of}${unsettled ? `; ${unsettled}` : ''}`)]),
    atMost(`${size}: p95 frame while nodes move`, p95.value, c.frameLimitMs, 'ms', `${of}; ${frames} frames${pictures}; ${settledIn}${notLoaded}`),
    figure(`${size}: load, reload → nodes on screen`, load.value, 'ms', `${of}${notLoaded}`),
  ];
}
