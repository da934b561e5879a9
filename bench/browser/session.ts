// One benchmark page: a fresh browser context (its own IndexedDB), the frame log injected, and a
// generated map opened the way a returning user opens it: stored, remembered, and the app reloaded.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { deadline } from './deadline.ts';
import { firstMark, injectFrameLog, readFrameLog } from './frameLog.ts';
import { storeAsLastMap } from './seedMap.ts';

export interface MapSession {
  readonly page: Page;
  /** Page time (ms since the reload began) when all the nodes were first on screen; undefined if never. */
  readonly shownAt: number | undefined;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Opens `text` (a map with `nodes` nodes) in a fresh context; waits at most `loadTimeoutMs` for the canvas to show it. */
export async function openMap(browser: Browser, url: string, text: string, nodes: number, loadTimeoutMs: number): Promise<MapSession> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  const close = () => context.close();
  try {
    await injectFrameLog(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('svg.em-canvas').waitFor({ state: 'attached', timeout: 30_000 });
    await storeAsLastMap(page, `bench-${nodes}`, `Bench ${nodes}`, nodes, text);
    await page.reload({ waitUntil: 'commit' });
    if (!(await canvasWith(page, `[data-nodes="${nodes}"]`, loadTimeoutMs))) return { page, shownAt: undefined, close };
    // The frame that first saw the nodes still has to style, lay out and paint them: they are on
    // screen when the frame after it begins.
    await deadline(page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))), loadTimeoutMs, 'the page');
    const log = await readFrameLog(page);
    const seen = firstMark(log, (m) => m.nodes === String(nodes));
    const shownAt = seen === undefined ? undefined : log.frames.find((t) => t > seen);
    return { page, shownAt, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits for the canvas to carry `attributes`; false on timeout instead of throwing. */
export async function canvasWith(page: Page, attributes: string, timeoutMs: number): Promise<boolean> {
  try {
    await page.locator(`svg.em-canvas${attributes}`).waitFor({ state: 'attached', timeout: timeoutMs });
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return false;
    throw error;
  }
}
