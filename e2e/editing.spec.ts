import { expect, test } from '@playwright/test';
import { canvas, centreOf, find, node, nodes, saved, settled, threeLinkedNodes } from './map.ts';

// The camera glides when it fits the map; without motion, screen positions mean map positions.
test.use({ reducedMotion: 'reduce' });

const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

test('a dragged node stays pinned where it was dropped; undo puts it back, redo drags it again', async ({ page }) => {
  await threeLinkedNodes(page);
  await settled(page);
  const search = node(page, 'Search');
  await expect(search).toHaveAttribute('aria-label', /, service$/);
  const home = await centreOf(page, 'Search');
  const drop = { x: home.x + 160, y: home.y + 90 };

  await page.mouse.move(home.x, home.y);
  await page.mouse.down();
  await page.mouse.move(drop.x, drop.y, { steps: 10 });
  await page.mouse.up();
  await expect(search).toHaveAttribute('aria-label', /, pinned$/);
  await settled(page);
  expect(near(await centreOf(page, 'Search'), drop)).toBeLessThan(3);

  await page.keyboard.press('Control+Z');
  await expect(search).toHaveAttribute('aria-label', /, service$/);
  await settled(page);
  // Back where it was; the layout, free again, may nudge it a little as it comes to rest.
  expect(near(await centreOf(page, 'Search'), home)).toBeLessThan(8);

  await page.keyboard.press('Control+Shift+Z');
  await expect(search).toHaveAttribute('aria-label', /, pinned$/);
  await settled(page);
  expect(near(await centreOf(page, 'Search'), drop)).toBeLessThan(3);
});

test('delete removes a node with its links, duplicate copies it, and undo brings the deleted one back', async ({ page }) => {
  await threeLinkedNodes(page);
  await expect(canvas(page).locator('[data-link]')).toHaveCount(2);

  await find(page, 'Search');
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(2);
  await expect(node(page, 'Search')).toHaveCount(0);
  await expect(canvas(page).locator('[data-link]')).toHaveCount(1);

  await find(page, 'Checkout');
  await page.keyboard.press('Control+D');
  await expect(nodes(page)).toHaveCount(3);
  await expect(canvas(page).getByRole('button', { name: /^Checkout/ })).toHaveCount(2);
  // The copy is the selection now.
  await expect(canvas(page).locator('g.em-node[aria-pressed="true"]')).toHaveCount(1);

  await page.keyboard.press('Control+Z');
  await expect(nodes(page)).toHaveCount(2);
  await page.keyboard.press('Control+Z');
  await expect(node(page, 'Search')).toHaveCount(1);
  await expect(canvas(page).locator('[data-link]')).toHaveCount(2);
});

test('nodes copied on one map are pasted into another map opened from the maps list', async ({ page }) => {
  await threeLinkedNodes(page);
  await page.keyboard.press('Control+A');
  await expect(canvas(page).locator('g.em-node[aria-pressed="true"]')).toHaveCount(3);
  await page.keyboard.press('Control+C');
  await expect(page.getByText('Copied 3 nodes')).toBeVisible();
  await saved(page);

  await page.getByRole('button', { name: 'Maps' }).click();
  const list = page.getByRole('dialog', { name: 'Your maps' });
  const other = list.getByRole('button', { name: /^Open / }).first();
  await other.click();
  await expect(list).toHaveCount(0);
  await expect(node(page, 'Payments')).toHaveCount(0);
  const before = Number(await canvas(page).getAttribute('data-nodes'));
  expect(before).toBeGreaterThan(0);
  const links = await canvas(page).locator('[data-link]').count();

  await page.keyboard.press('Control+V');
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(before + 3));
  for (const name of ['Payments', 'Checkout', 'Search']) await expect(node(page, name)).toHaveCount(1);
  // The links between the copied nodes come along, and the pasted nodes are the selection.
  await expect(canvas(page).locator('[data-link]')).toHaveCount(links + 2);
  await expect(canvas(page).locator('g.em-node[aria-pressed="true"]')).toHaveCount(3);
  await saved(page);
  await page.reload();
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(before + 3));
});
