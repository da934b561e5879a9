import { expect, test } from '@playwright/test';

test('a newcomer opens the app and sees an example map laid out', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByRole('img', { name: /^Map: / });
  await expect(canvas).toBeVisible();
  const nodes = canvas.locator('g.em-node');
  await expect(nodes.first()).toBeVisible();
  expect(await nodes.count()).toBeGreaterThanOrEqual(25);
  // Laid out: nodes are spread over the canvas, not stacked at one point.
  const boxes = await nodes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [Math.round(r.x), Math.round(r.y)].join(',')));
  expect(new Set(boxes).size).toBe(boxes.length);
  await expect(page.getByLabel('Legend')).toContainText('Platform');
});

test('choosing another example opens it', async ({ page }) => {
  await page.goto('/');
  const select = page.getByLabel('Example');
  await expect(select).toBeEnabled();
  const options = await select.locator('option').allTextContents();
  expect(options.length).toBeGreaterThanOrEqual(3);
  await select.selectOption({ label: options[2]! });
  await expect(page.locator('.em-title')).toHaveText(options[2]!);
});
