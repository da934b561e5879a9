import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { canvas, saved, settled } from './map.ts';

const CAPTIONS = ['Our ecosystem today', 'Without the Live Events Platform', 'Where the money comes from'];

/** Three scenes on the streaming example: the whole map, Live Events knocked out, value flow on. */
async function threeScenes(page: Page): Promise<void> {
  await page.goto('/');
  await settled(page);
  await page.keyboard.press('Shift+N');
  await canvas(page).locator('g.em-node[data-id="live-events"]').click();
  await page.keyboard.press('k');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+K');
  await page.keyboard.press('v');
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('v');
  await page.keyboard.press('Shift+E');
  const panel = page.getByRole('complementary', { name: 'Analysis' });
  const scenes = panel.getByRole('list', { name: 'Scenes' }).getByRole('listitem');
  await expect(scenes).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await scenes.nth(i).locator('.em-row-button').click();
    const caption = panel.getByLabel('Caption (shown to the room)');
    await caption.fill(CAPTIONS[i]!);
    await caption.blur();
    await scenes.nth(i).locator('.em-row-button').click();
  }
  await expect(scenes.nth(1)).toContainText(CAPTIONS[1]!);
  await saved(page);
}

const caption = (page: Page) => page.locator('.em-caption');
const ghost = (page: Page, id: string) => canvas(page).locator(`g.em-node[data-id="${id}"] rect[stroke-dasharray="5 4"]`);

test('present three scenes with clicker keys, knock a platform out on stage, return to the scene, leave', async ({ page }) => {
  await threeScenes(page);
  await page.keyboard.press('p');
  await expect(page.getByRole('toolbar', { name: 'Map tools' })).toBeHidden();
  await expect(caption(page)).toHaveText(CAPTIONS[0]!);
  await expect(page.getByLabel('Scene 1 of 3')).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText(CAPTIONS[1]!);
  await expect(ghost(page, 'live-events')).toHaveCount(1);
  await expect(page.getByRole('status', { name: 'Knock-out' })).toHaveAttribute('data-value-at-risk', '393');

  // What-if on stage: knock out another platform with a click; the banner follows.
  await canvas(page).locator('g.em-node[data-id="ad-decisioning"]').click();
  await expect(ghost(page, 'ad-decisioning')).toHaveCount(1);
  await expect(page.getByRole('status', { name: 'Knock-out' })).not.toHaveAttribute('data-value-at-risk', '393');
  // R: back to the scene as saved, and the saved scene did not change.
  await page.keyboard.press('r');
  await expect(ghost(page, 'ad-decisioning')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Knock-out' })).toHaveAttribute('data-value-at-risk', '393');

  // An idea from the room goes into the map without leaving the presentation, and can be undone.
  const before = Number(await canvas(page).getAttribute('data-nodes'));
  await page.keyboard.press('Shift+S');
  const name = page.getByRole('textbox', { name: /Name of service/ });
  await name.fill('Watch Together');
  await name.press('Enter');
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(before + 1));
  await expect(caption(page)).toHaveText(CAPTIONS[1]!);
  // Two steps: adding, then naming.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(before));

  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveText(CAPTIONS[2]!);
  await page.keyboard.press('Home');
  await expect(caption(page)).toHaveText(CAPTIONS[0]!);
  await page.keyboard.press('3');
  await expect(caption(page)).toHaveText(CAPTIONS[2]!);

  await page.keyboard.press('Escape');
  await expect(caption(page)).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Map tools' })).toBeVisible();
  // The scenes panel is back as it was, and the what-if left the saved scene alone.
  const scenes = page.getByRole('list', { name: 'Scenes' }).getByRole('listitem');
  await scenes.nth(1).locator('.em-row-button').click();
  await expect(scenes.nth(1)).toContainText('Knocked out: live-events.');
});

test('the presenter window and the audience window stay on the same scene, whichever one the keys go to', async ({ page, context }) => {
  await threeScenes(page);
  await page.keyboard.press('p');
  await expect(caption(page)).toHaveText(CAPTIONS[0]!);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  const counter = presenter.locator('.em-scene-counter');
  await expect(counter).toHaveText(/Scene 1 of 3/);
  await expect(presenter.getByRole('region', { name: 'Speaker notes' })).toBeVisible();

  await presenter.keyboard.press('PageDown');
  await expect(counter).toHaveText(/Scene 2 of 3/);
  await expect(caption(page)).toHaveText(CAPTIONS[1]!);

  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText(CAPTIONS[2]!);
  await expect(counter).toHaveText(/Scene 3 of 3/);
});

test('a link opens the presentation at a given scene; laser and spotlight switch on and off', async ({ page }) => {
  await threeScenes(page);
  await page.goto('/?present=2');
  await expect(caption(page)).toHaveText(CAPTIONS[1]!);
  await page.keyboard.press('l');
  await expect(page.locator('canvas.em-laser')).toHaveClass(/em-laser-on/);
  await page.keyboard.press('s');
  await expect(page.locator('.em-tool-on', { hasText: 'Spotlight' })).toBeVisible();
  await canvas(page).locator('g.em-node[data-id="playback"]').hover();
  // Everything but the node and its neighbours fades.
  await expect.poll(() => canvas(page).locator('g.em-node.em-faded').count()).toBeGreaterThan(10);
  await expect(canvas(page).locator('g.em-node[data-id="playback"]')).not.toHaveClass(/em-faded/);
  await page.keyboard.press('s');
  await expect(canvas(page).locator('g.em-node.em-faded')).toHaveCount(0);
});
