import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { addNamed, canvas, find, link, newEmptyMap, node, nodes, saved, saveState, threeLinkedNodes } from './map.ts';

test('a map drawn, renamed and linked is there, intact, after a reload', async ({ page }) => {
  await threeLinkedNodes(page);
  await find(page, 'Search');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: /Name of/ }).fill('Product search');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Product search')).toHaveCount(1);
  await expect(canvas(page).locator('[data-link]')).toHaveCount(2);
  await saved(page);

  await page.reload();
  await expect(nodes(page)).toHaveCount(3);
  for (const name of ['Payments', 'Checkout', 'Product search']) await expect(node(page, name)).toHaveCount(1);
  await expect(node(page, 'Search')).toHaveCount(0);
  await expect(canvas(page).locator('[data-link]')).toHaveCount(2);
  await expect(link(page, 'new-platform>new-service')).toHaveCount(1);
  await expect(saveState(page)).toHaveText('Saved');

  await page.getByRole('button', { name: 'Maps' }).click();
  const maps = page.getByRole('dialog', { name: 'Your maps' }).getByRole('list', { name: 'Maps' }).getByRole('listitem');
  await expect(maps).toHaveCount(2);
  const current = maps.filter({ hasText: 'open now' });
  await expect(current).toContainText('Untitled map');
  await expect(current).toContainText('3 nodes');
});

test('a reload a moment after an edit keeps the edit: saving waits at most a second', async ({ page }) => {
  await newEmptyMap(page);
  await addNamed(page, 'Shift+P', 'Payments');
  await saved(page);

  await find(page, 'Payments');
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: /Name of/ });
  await field.fill('Payments hub');
  await field.press('Enter');
  await expect(saveState(page)).not.toHaveText('Saved');
  // The autosave ceiling is one second; a little headroom for the write itself.
  await saved(page, 1200);
  await page.reload();
  await expect(node(page, 'Payments hub')).toHaveCount(1);
  await expect(nodes(page)).toHaveCount(1);
});

/** Presses a shortcut that would add a node, then opens the help: once it shows, the shortcut has had its say. */
async function refuses(page: Page, key: string) {
  await page.keyboard.press(key);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Name of/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const READ_ONLY = 'This map is open in another tab — following its changes. Take over to edit here.';

test('a second tab on the same map follows the first, refuses edits, and can take the map over', async ({ context, page: first }) => {
  await newEmptyMap(first);
  await addNamed(first, 'Shift+P', 'Payments');
  await saved(first);

  const second = await context.newPage();
  await second.goto('/');
  const banner = (p: Page) => p.getByRole('alert').filter({ hasText: READ_ONLY });
  await expect(banner(second)).toBeVisible();
  await expect(node(second, 'Payments')).toHaveCount(1);

  // The first tab edits; the second shows each saved change.
  await first.bringToFront();
  await addNamed(first, 'Shift+S', 'Checkout');
  await saved(first);
  await expect(node(second, 'Checkout')).toHaveCount(1);
  await expect(nodes(second)).toHaveCount(2);

  // The second tab changes nothing while it follows.
  await second.bringToFront();
  await canvas(second).click({ position: { x: 30, y: 30 } });
  await refuses(second, 'Shift+P');
  await expect(nodes(second)).toHaveCount(2);

  // Taking over swaps the roles; every node is still there, in both tabs.
  await banner(second).getByRole('button', { name: 'Take over' }).click();
  await expect(banner(second)).toHaveCount(0);
  await expect(banner(first)).toBeVisible();
  await addNamed(second, 'Shift+A', 'Acme Bank');
  await saved(second);
  for (const p of [first, second]) {
    await expect(nodes(p)).toHaveCount(3);
    for (const name of ['Payments', 'Checkout', 'Acme Bank']) await expect(node(p, name)).toHaveCount(1);
  }
  await first.bringToFront();
  await refuses(first, 'Shift+P');
  await expect(nodes(first)).toHaveCount(3);
});

test('when browser storage never answers, the app says so, keeps working, and offers the map as a file', async ({ page }) => {
  await page.addInitScript(() => {
    // Some private modes leave indexedDB.open hanging: a request whose callbacks never come.
    IDBFactory.prototype.open = function open() {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: /Browser storage did not answer/ });
  // Storage gets two seconds to answer; the banner follows at once.
  await expect(banner).toBeVisible({ timeout: 3_000 });
  await expect(banner).toContainText('Download the map');
  await expect.poll(() => nodes(page).count()).toBeGreaterThan(0);

  await addNamed(page, 'Shift+P', 'Offline platform');
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download the map' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(text).nodes.map((n: { name: string }) => n.name)).toContain('Offline platform');
});

test('when the browser forbids storage, the banner says why and still offers the download', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: /does not let the app store maps/ });
  await expect(banner).toBeVisible({ timeout: 2_000 });
  await expect(nodes(page).first()).toBeVisible();
  await addNamed(page, 'Shift+S', 'Kept in memory');
  await expect(node(page, 'Kept in memory')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download the map' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});
