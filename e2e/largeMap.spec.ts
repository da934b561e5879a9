import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { storeAsLastMap } from '../bench/browser/seedMap.ts';
import { bigMap } from '../bench/cli.bench.ts';
import { canvas, nodes, settled } from './map.ts';

// A map this large is drawn on a canvas; only the nodes someone works with are elements.
const SIZE = 600;

// Screen positions mean map positions only once the camera has stopped gliding.
test.use({ reducedMotion: 'reduce' });

async function openLargeMap(page: Page): Promise<void> {
  await page.goto('/');
  await canvas(page).waitFor();
  await storeAsLastMap(page, 'large-map', 'Large map', SIZE, JSON.stringify(bigMap(SIZE, 900, 7)));
  await page.reload();
  await page.locator(`.em-canvas[data-nodes="${SIZE}"]`).waitFor();
  await settled(page);
}

/** The centre of the canvas area the map was fitted into. */
async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await canvas(page).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Moves the pointer in a widening spiral from `from` until a node other than `not` comes under
 * it (as an element: on a canvas-drawn map, the one under the pointer becomes one on the next
 * frame). Its id and the point; the pointer is left there.
 */
async function hoverSomeNode(page: Page, from: { x: number; y: number }, not?: string): Promise<{ id: string; x: number; y: number }> {
  for (let r = 0; r < 300; r += 6) {
    for (let a = 0; a < 12; a++) {
      const x = from.x + r * Math.cos((a * Math.PI) / 6);
      const y = from.y + r * Math.sin((a * Math.PI) / 6);
      await page.mouse.move(x, y);
      // What is under the pointer becomes an element on the next frame.
      const id = await page.evaluate(
        ({ x, y }) => new Promise<string | null>((resolve) => requestAnimationFrame(() => resolve(document.elementFromPoint(x, y)?.closest('g.em-node')?.getAttribute('data-id') ?? null))),
        { x, y },
      );
      if (id && id !== not) return { id, x, y };
    }
  }
  throw new Error('no node under the pointer anywhere near');
}

const nodeById = (page: Page, id: string): Locator => canvas(page).locator(`g.em-node[data-id="${id}"]`);

test('a large map is drawn on a canvas: pointing at a drawn node makes it an element; click selects, drag pins, undo unpins', async ({ page }) => {
  await openLargeMap(page);
  expect(await nodes(page).count()).toBeLessThanOrEqual(2);

  const target = await hoverSomeNode(page, await canvasCentre(page));
  await page.mouse.click(target.x, target.y);
  await expect(nodeById(page, target.id)).toHaveAttribute('aria-pressed', 'true');
  expect(await nodes(page).count()).toBeLessThanOrEqual(3);

  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  await page.mouse.move(target.x + 70, target.y + 40, { steps: 8 });
  await page.mouse.up();
  await expect(nodeById(page, target.id)).toHaveAttribute('aria-label', /, pinned$/);
  const box = (await nodeById(page, target.id).locator('rect, circle, polygon').first().boundingBox())!;
  expect(Math.hypot(box.x + box.width / 2 - (target.x + 70), box.y + box.height / 2 - (target.y + 40))).toBeLessThan(12);

  await page.keyboard.press('Control+Z');
  await expect(nodeById(page, target.id)).not.toHaveAttribute('aria-label', /, pinned$/);
});

test('on a large map, arrows walk the keyboard focus from node to node, double-click renames, and a handle drag connects', async ({ page }) => {
  await openLargeMap(page);
  const first = await hoverSomeNode(page, await canvasCentre(page));
  await page.mouse.click(first.x, first.y);
  await nodeById(page, first.id).focus();

  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((id) => {
    const el = document.activeElement;
    return el?.matches('g.em-node') && el.getAttribute('data-id') !== id;
  }, first.id);

  await page.mouse.dblclick(first.x, first.y);
  const field = page.getByRole('textbox', { name: /Name of/ });
  await field.fill('Renamed on canvas');
  await field.press('Enter');
  await expect(nodeById(page, first.id)).toHaveAttribute('aria-label', /^Renamed on canvas,/);

  await page.keyboard.press('Escape');
  const other = await hoverSomeNode(page, { x: first.x + 60, y: first.y }, first.id);
  const otherName = (await nodeById(page, other.id).getAttribute('aria-label'))!.split(',')[0]!;
  await page.mouse.move(first.x, first.y);
  const from = (await nodeById(page, first.id).locator('[data-handle]').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(other.x, other.y, { steps: 8 });
  await page.mouse.up();
  // The new link is selected: an element, and the inspector names its ends.
  await expect(page.locator('.em-inspector')).toContainText(`Renamed on canvas supports ${otherName}`);
  await expect(canvas(page).locator('[data-link]')).toHaveCount(1);
});

test('on a large map the search fades the rest, and the screen has no serious accessibility violations', async ({ page }) => {
  await openLargeMap(page);
  const pixels = () => page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.em-map-raster')!;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 97) sum = (sum * 31 + data[i]!) % 1_000_000_007;
    return sum;
  });
  const before = await pixels();
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search nodes by name' }).fill('platform');
  await expect.poll(pixels).not.toBe(before);
  // The node that becomes an element under the pointer fades too, unless it matches.
  const hovered = await hoverSomeNode(page, await canvasCentre(page));
  const matches = hovered.id.startsWith('plat');
  await expect(nodeById(page, hovered.id)).toHaveClass(matches ? /^(?!.*em-faded)/ : /em-faded/);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test.describe('with a touch screen', () => {
  test.use({ hasTouch: true });

  test('on a large map a tap on a drawn node, with no pointer over it first, selects it', async ({ page }) => {
    await openLargeMap(page);
    const target = await hoverSomeNode(page, await canvasCentre(page));
    const box = (await canvas(page).boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 2);
    await expect(nodeById(page, target.id)).toHaveCount(0);
    await page.touchscreen.tap(target.x, target.y);
    await expect(nodeById(page, target.id)).toHaveAttribute('aria-pressed', 'true');
  });
});

/** The canvas's pixels once it has stopped drawing: no new picture for a while. */
async function restingPixels(page: Page): Promise<number[]> {
  const raster = page.locator('canvas.em-map-raster');
  let before = await raster.getAttribute('data-pictures');
  for (;;) {
    await page.waitForTimeout(400);
    const now = await raster.getAttribute('data-pictures');
    if (now === before) break;
    before = now;
  }
  return raster.evaluate((c: HTMLCanvasElement) => [...new Uint32Array(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.buffer)]);
}

test('a new selection on a large map is drawn over the last picture exactly as a whole new picture would draw it', async ({ page }) => {
  await openLargeMap(page);
  const raster = page.locator('canvas.em-map-raster');
  const target = await hoverSomeNode(page, await canvasCentre(page));
  await page.mouse.click(target.x, target.y);
  await expect(nodeById(page, target.id)).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(0, 0);
  const patched = await restingPixels(page);
  await expect(raster).toHaveAttribute('data-drawn', 'part');
  const pictures = Number(await raster.getAttribute('data-pictures'));
  // A theme there and back draws the whole map again, at the same view.
  const theme = page.getByRole('button', { name: 'Theme', exact: true });
  await theme.click();
  await expect(raster).not.toHaveAttribute('data-pictures', String(pictures));
  await theme.click();
  const whole = await restingPixels(page);
  expect(whole.length).toBe(patched.length);
  const differing = whole.filter((v, i) => v !== patched[i]).length;
  expect(differing).toBe(0);
});

test('a knock-out on a large map outlines its silos on the silo canvas, and restoring clears it', async ({ page }) => {
  await openLargeMap(page);
  const target = await hoverSomeNode(page, await canvasCentre(page));
  await page.mouse.click(target.x, target.y);
  await page.keyboard.press('k');
  const banner = page.locator('.em-knockout-banner');
  await expect(banner).toBeVisible();
  const silos = page.locator('canvas.em-silo-layer');
  await expect(silos).toHaveAttribute('data-silos', /^[1-9]\d*$/);
  // The outlines are painted: some of the silo canvas is not transparent.
  const inked = await silos.evaluate((c: HTMLCanvasElement) => new Uint32Array(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.buffer).some((v) => v !== 0));
  expect(inked).toBe(true);
  expect(await canvas(page).locator('.em-silos path').count()).toBe(0);
  await page.keyboard.press('Shift+K');
  await expect(banner).toHaveCount(0);
  await expect(silos).toHaveAttribute('data-silos', '0');
});
