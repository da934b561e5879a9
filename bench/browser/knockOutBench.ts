// Knock-out on a settled map: the click on the most critical platform in the analysis panel, to
// the first frame after it showing the silo hulls and the banner (the map's canvas shows the
// ghosts a frame later: canvasRenderer). Measured in the page as the main thread's work: the
// click with React's commit, plus that frame from its first animation callback until painted (a
// user-blocking task posted from its last callback runs right after the paint, ahead of tasks
// queued earlier). NaN when that frame missed them.
import type { Browser } from '@playwright/test';
import { bigMap } from '../cli.bench.ts';
import { deadline, PageTimeout } from './deadline.ts';
import { SEED } from './layoutBench.ts';
import { canvasWith, openMap } from './session.ts';
import { atMost, figure, medianOf } from './report.ts';
import type { Row } from './report.ts';

export interface KnockOutCase {
  readonly nodes: number;
  readonly links: number;
  readonly runs: number;
  readonly loadTimeoutMs: number;
  readonly settleTimeoutMs: number;
  readonly frameLimitMs: number;
}

export interface KnockOutRun {
  /** Click to painted, per knock-out after the first. */
  readonly clickToDrawnMs: number[];
  /** The first knock-out after the map came to rest: code the engine has not compiled yet. */
  readonly firstMs?: number;
  readonly failure?: string;
}

export async function measureKnockOut(browser: Browser, url: string, c: KnockOutCase): Promise<KnockOutRun> {
  const session = await openMap(browser, url, JSON.stringify(bigMap(c.nodes, c.links, SEED)), c.nodes, c.loadTimeoutMs);
  try {
    const { page, shownAt } = session;
    if (shownAt === undefined) return { clickToDrawnMs: [], failure: `the nodes were not on screen within ${c.loadTimeoutMs / 1000} s` };
    await canvasWith(page, '[data-layout="settled"]', c.settleTimeoutMs);
    await page.keyboard.press('Shift+C');
    await page.locator('.em-criticality tbody tr button').first().waitFor({ timeout: 30_000 });
    const times: number[] = [];
    // One knock-out more than measured: the first runs code the engine has not compiled yet, and
    // is reported on its own.
    for (let i = 0; i <= c.runs; i++) {
      const ms = await deadline(
        page.evaluate(() =>
          new Promise<number>((resolve) => {
            // Work, not waiting: the click and React's commit, then the next frame from its first
            // callback (registered before the click, so it runs first) until it has painted.
            // Under 16.8 ms in all, the knock-out fits in one frame.
            const button = document.querySelector<HTMLButtonElement>('.em-criticality tbody tr button')!;
            let began = 0;
            requestAnimationFrame(() => (began = performance.now()));
            const start = performance.now();
            button.click();
            void Promise.resolve().then(() => {
              const committed = performance.now() - start;
              requestAnimationFrame(() => {
                // Silos are outlined on a canvas of their own on a map this large (siloCanvas).
                const drawn = document.querySelector('.em-knockout-banner') && document.querySelector('.em-silos path, canvas.em-silo-layer:not([data-silos="0"])[data-silos]');
                // (No named functions in here: the page has no helper for their names.)
                const { scheduler } = globalThis as { scheduler?: { postTask(task: () => void, options: { priority: string }): unknown } };
                const post = scheduler ? (task: () => void) => scheduler.postTask(task, { priority: 'user-blocking' }) : (task: () => void) => setTimeout(task, 0);
                post(() => resolve(drawn ? committed + (performance.now() - began) : Number.NaN));
              });
            });
          }),
        ),
        30_000,
        'the knock-out',
      );
      times.push(ms);
      // Restore, and let the map come back to rest before the next run.
      await page.keyboard.press('Shift+K');
      await page.locator('.em-knockout-banner').waitFor({ state: 'detached', timeout: 30_000 });
      await canvasWith(page, '[data-layout="settled"]', c.settleTimeoutMs);
    }
    const [firstMs, ...rest] = times;
    return { clickToDrawnMs: rest, ...(firstMs === undefined ? {} : { firstMs }) };
  } catch (error) {
    if (!(error instanceof PageTimeout)) throw error;
    return { clickToDrawnMs: [], failure: error.message };
  } finally {
    await session.close();
  }
}

export function knockOutRows(c: KnockOutCase, run: KnockOutRun): Row[] {
  const size = `${c.nodes / 1000}k nodes / ${c.links / 1000}k links`;
  const median = medianOf(run.clickToDrawnMs);
  const detail = run.failure ?? `median of ${run.clickToDrawnMs.length} knock-outs of the most critical platform after the first: ${run.clickToDrawnMs.map((t) => t.toFixed(1)).join(', ')} ms`;
  return [
    atMost(`${size}: knock-out click → silos and banner painted, main-thread work`, median.value, c.frameLimitMs, 'ms', detail),
    figure(`${size}: the first knock-out after the map came to rest`, run.firstMs ?? Number.NaN, 'ms'),
  ];
}
