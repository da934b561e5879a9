// Presenting a 1,000-node map: the frames while one scene moves into the next — the camera
// gliding, a platform knocked out (its silos drifting apart) or value flow fading in. Frame
// intervals come from the page's own rAF log, from the key press until the move has ended.
import type { Browser, Page } from '@playwright/test';
import { criticality } from '../../src/analysis/index.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { bigMap } from '../cli.bench.ts';
import { PageTimeout } from './deadline.ts';
import { intervalsBetween, pageNow, readFrameLog } from './frameLog.ts';
import { SEED } from './layoutBench.ts';
import { atMost, medianOf } from './report.ts';
import type { Row } from './report.ts';
import { canvasWith, openMap } from './session.ts';
import { percentile } from './stats.ts';

export interface SceneCase {
  readonly nodes: number;
  readonly links: number;
  /** Each cycle plays every move once. */
  readonly cycles: number;
  readonly moveMs: number;
  readonly loadTimeoutMs: number;
  readonly settleTimeoutMs: number;
  readonly frameLimitMs: number;
}

export interface SceneRun {
  readonly p95s: number[];
  readonly frames: number;
  readonly failure?: string;
}

const OVERLAYS = { flow: false, hulls: true, badges: true, labels: true };

/** The bench map with three scenes: the whole map; the most critical platform out, framed on its part; value flow. */
export function presentedMap(c: SceneCase): EcoMap {
  const map = bigMap(c.nodes, c.links, SEED) as unknown as EcoMap;
  const kinds = new Map(map.nodes.map((n) => [n.id, n.kind]));
  const top = criticality(map).find((x) => kinds.get(x.id) === 'platform')!.id;
  const near = map.links.filter((l) => l.source === top || l.target === top).flatMap((l) => [l.source, l.target]);
  const scene = (id: string, more: object) => ({ id, camera: { fit: 'all' }, knockedOut: [], overlays: OVERLAYS, highlighted: [], caption: id, notes: '', ...more });
  return {
    ...map,
    scenes: [
      scene('whole', {}),
      scene('without-top', { camera: { fit: 'nodes', ids: [...new Set(near)] }, knockedOut: [top] }),
      scene('flow', { overlays: { ...OVERLAYS, flow: true } }),
    ],
  } as EcoMap;
}

export async function measureScenes(browser: Browser, url: string, c: SceneCase): Promise<SceneRun> {
  const session = await openMap(browser, url, JSON.stringify(presentedMap(c)), c.nodes, c.loadTimeoutMs);
  try {
    const { page, shownAt } = session;
    if (shownAt === undefined) return { p95s: [], frames: 0, failure: `the nodes were not on screen within ${c.loadTimeoutMs / 1000} s` };
    await canvasWith(page, '[data-layout="settled"]', c.settleTimeoutMs);
    await page.keyboard.press('p');
    await page.locator('.em-caption').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(c.moveMs);
    const p95s: number[] = [];
    let frames = 0;
    for (let i = 0; i < c.cycles; i++) {
      for (const key of ['PageDown', 'PageDown', 'Home']) {
        const intervals = await move(page, key, c.moveMs);
        frames += intervals.length;
        p95s.push(percentile(intervals, 95));
      }
    }
    return { p95s, frames };
  } catch (error) {
    if (!(error instanceof PageTimeout)) throw error;
    return { p95s: [], frames: 0, failure: error.message };
  } finally {
    await session.close();
  }
}

async function move(page: Page, key: string, ms: number): Promise<number[]> {
  const from = await pageNow(page);
  await page.keyboard.press(key);
  await page.waitForTimeout(ms);
  return intervalsBetween((await readFrameLog(page)).frames, from, await pageNow(page));
}

export function sceneRows(c: SceneCase, run: SceneRun): Row[] {
  const size = `${c.nodes / 1000}k nodes / ${c.links / 1000}k links`;
  const detail = run.failure ?? `median of ${run.p95s.length} scene moves (glide, knock-out, flow) of ${c.moveMs / 1000} s each; ${run.frames} frames`;
  return [atMost(`${size}: p95 frame, presenting, scene to scene`, medianOf(run.p95s).value, c.frameLimitMs, 'ms', detail)];
}
