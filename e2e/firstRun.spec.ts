import { expect, test } from '@playwright/test';
import { canvas, nodes } from './map.ts';

test('a newcomer opens the app and sees an example map laid out, with a hint of what to do', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await expect.poll(() => nodes(page).count()).toBeGreaterThanOrEqual(25);
  // Laid out: nodes are spread over the canvas, not stacked at one point.
  await expect
    .poll(async () => {
      const spots = await nodes(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => `${Math.round(r.x / 5)},${Math.round(r.y / 5)}`));
      return new Set(spots).size / spots.length;
    })
    .toBeGreaterThan(0.9);
  await expect(page.getByRole('img', { name: /Legend/ })).toBeVisible();
  await expect(page.getByText(/Double-click the canvas to add a node/)).toBeVisible();
});

test('opening an example from the gallery makes a new map', async ({ page }) => {
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Examples' }).click();
  const gallery = page.getByRole('dialog', { name: 'Examples' });
  await gallery.getByRole('button', { name: /Brightwater Money/ }).click();
  await expect(page.locator('.em-title')).toHaveText('Brightwater Money');
  await page.getByRole('button', { name: 'Maps' }).click();
  await expect(page.getByRole('dialog', { name: 'Your maps' }).getByRole('listitem')).toHaveCount(2);
});

test('Ctrl+K opens the palette and the keys typed straight after find a command that runs', async ({ page }) => {
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  const before = await nodes(page).count();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('add serv');
  await expect(page.getByRole('combobox', { name: 'Type a command' })).toHaveValue('add serv');
  await page.keyboard.press('Enter');
  await expect(nodes(page)).toHaveCount(before + 1);
  await expect(page.getByRole('textbox', { name: /Name of service/ })).toBeFocused();
});
