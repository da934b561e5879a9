import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { canvas, link, newEmptyMap, node, nodes, settled } from './map.ts';

async function centre(page: Page, name: string) {
  const box = (await node(page, name).locator('rect, circle, polygon').first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const elementAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => {
    const el = document.elementFromPoint(px!, py!);
    return el?.getAttribute('data-handle') ?? el?.closest('[data-id]')?.getAttribute('data-id') ?? el?.tagName ?? null;
  }, [x, y]);

/** Drags from a node's connect handle onto another node, as a user would once the map is still. */
async function connect(page: Page, from: string, to: string, fromId: string, toId: string) {
  await settled(page);
  const start = await centre(page, from);
  await page.mouse.move(start.x, start.y);
  const handle = (await node(page, from).locator('.em-handle').boundingBox())!;
  const hx = handle.x + handle.width / 2;
  const hy = handle.y + handle.height / 2;
  expect(await elementAt(page, hx, hy), 'the handle is not covered').toBe(fromId);
  await page.mouse.move(hx, hy);
  await page.mouse.down();
  const target = await centre(page, to);
  await page.mouse.move(target.x, target.y, { steps: 8 });
  expect(await elementAt(page, target.x, target.y), 'the target is under the pointer').toBe(toId);
  await page.mouse.up();
}

test('draw a three-node ecosystem from an empty map with the mouse only', async ({ page }) => {
  await newEmptyMap(page);
  const box = (await canvas(page).boundingBox())!;
  const add = async (x: number, y: number, kind: string) => {
    await page.mouse.dblclick(box.x + x, box.y + y);
    await page.getByRole('dialog', { name: 'Add a node' }).getByRole('button', { name: new RegExp(kind) }).click();
    await page.mouse.click(box.x + 20, box.y + 20); // leaves the name as it is
  };
  await add(250, 420, 'Platform');
  await add(250, 150, 'Service');
  await add(520, 300, 'Partner');
  await expect(nodes(page)).toHaveCount(3);

  await connect(page, 'New platform', 'New service', 'new-platform', 'new-service');
  await expect(link(page, 'new-platform>new-service')).toHaveCount(1);
  await connect(page, 'New partner', 'New service', 'new-partner', 'new-service');
  await expect(link(page, 'new-partner>new-service')).toHaveCount(1);

  // Clicking a node selects it; shift-click adds another; clicking empty canvas clears.
  const at = await centre(page, 'New platform');
  await page.mouse.click(at.x, at.y);
  await expect(node(page, 'New platform')).toHaveAttribute('aria-pressed', 'true');
  const other = await centre(page, 'New partner');
  await page.keyboard.down('Shift');
  await page.mouse.click(other.x, other.y);
  await page.keyboard.up('Shift');
  await expect(canvas(page).locator('g.em-node[aria-pressed="true"]')).toHaveCount(2);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading')).toHaveText('2 selected');
  await page.mouse.click(box.x + box.width - 20, box.y + 20);
  await expect(canvas(page).locator('g.em-node[aria-pressed="true"]')).toHaveCount(0);

  // A partner is a peer here: switch that link to collaborates from its context menu.
  await link(page, 'new-partner>new-service').locator('.em-link-hit').click({ button: 'right', force: true });
  await page.getByRole('menuitem', { name: /Switch supports/ }).click();
  await expect(link(page, 'new-partner~new-service')).toHaveCount(1);
  await expect(link(page, 'new-partner>new-service')).toHaveCount(0);
});

test('draw a three-node ecosystem from an empty map with the keyboard only', async ({ page }) => {
  await newEmptyMap(page);
  const name = async (text: string) => {
    const field = page.getByRole('textbox', { name: /Name of/ });
    await expect(field).toBeFocused();
    await field.fill(text);
    await field.press('Enter');
  };
  await page.keyboard.press('Shift+P');
  await name('Payments');
  await page.keyboard.press('Shift+S');
  await name('Checkout');
  await page.keyboard.press('N');
  await page.keyboard.press('3');
  await name('Acme Bank');
  await expect(nodes(page)).toHaveCount(3);

  // Find Payments, connect it to Checkout; the same from Acme Bank, then make that a collaboration.
  const find = async (text: string) => {
    await page.keyboard.press('/');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };
  await find('Payments');
  await expect(node(page, 'Payments')).toBeFocused();
  await page.keyboard.press('C');
  await find('Checkout');
  await expect(link(page, 'new-platform>new-service')).toHaveCount(1);

  await find('Acme');
  await page.keyboard.press('C');
  await find('Checkout');
  await expect(link(page, 'new-partner>new-service')).toHaveCount(1);
  await page.keyboard.press('T');
  await expect(link(page, 'new-partner~new-service')).toHaveCount(1);

  // Arrow keys walk from node to node; Enter renames the one reached.
  await find('Payments');
  await page.keyboard.press('Escape');
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
    await page.keyboard.press(key);
    if (!(await node(page, 'Payments').evaluate((el) => el === document.activeElement))) break;
  }
  await expect(canvas(page).locator('g.em-node:focus')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /Name of/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nodes(page)).toHaveCount(3);
});
