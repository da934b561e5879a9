import type { Locator, Page } from '@playwright/test';

export const canvas = (page: Page): Locator => page.getByRole('application', { name: /^Map: / });
export const nodes = (page: Page): Locator => canvas(page).locator('g.em-node');
export const node = (page: Page, name: string): Locator => canvas(page).getByRole('button', { name: new RegExp(`^${name},`) });
export const link = (page: Page, key: string): Locator => canvas(page).locator(`[data-link="${key}"]`);

/** Opens a new, empty map from the maps list. */
export async function newEmptyMap(page: Page): Promise<void> {
  await page.goto('/');
  await canvas(page).locator('g.em-node').first().waitFor();
  await page.getByRole('button', { name: 'Maps' }).click();
  await page.getByRole('button', { name: 'New map' }).click();
  await page.locator('.em-canvas[data-nodes="0"]').waitFor();
  await page.keyboard.press('Escape');
}

/** Waits until the layout has come to rest. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.em-canvas[data-layout="settled"]').waitFor();
}

export const saveState = (page: Page): Locator => page.locator('.em-save-state');

/** Waits until the status says every change is stored in the browser. */
export async function saved(page: Page, timeout?: number): Promise<void> {
  await saveState(page).filter({ hasText: /^Saved$/ }).waitFor({ timeout });
}

/** Adds a node with a shortcut (`Shift+P`, `Shift+S`…) and names it in the field that opens. */
export async function addNamed(page: Page, shortcut: string, name: string): Promise<void> {
  const before = Number(await canvas(page).getAttribute('data-nodes'));
  await page.keyboard.press(shortcut);
  const field = page.getByRole('textbox', { name: /Name of/ });
  await field.waitFor();
  await field.fill(name);
  await field.press('Enter');
  await node(page, name).waitFor();
  await page.locator(`.em-canvas[data-nodes="${before + 1}"]`).waitFor();
}

/**
 * Types a name into the search field and presses Enter, which selects the first match (or, while
 * connecting, links to it); waits until the canvas has moved focus onto that node.
 */
export async function find(page: Page, name: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search nodes by name' });
  await page.keyboard.press('/');
  await search.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'em-search');
  await search.fill(name);
  await search.press('Enter');
  await page.waitForFunction((n) => document.activeElement?.getAttribute('aria-label')?.startsWith(`${n},`), name);
}

/** Links `from` to `to` as support with the keyboard. */
export async function connectByKeys(page: Page, from: string, to: string): Promise<void> {
  const links = await canvas(page).locator('[data-link]').count();
  await find(page, from);
  await page.keyboard.press('C');
  await find(page, to);
  await canvas(page).locator('[data-link]').nth(links).waitFor({ state: 'attached' });
}

/** The centre of a node on screen. */
export async function centreOf(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = (await node(page, name).locator('rect, circle, polygon').first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A new map with Payments supporting Checkout and Search, drawn from the keyboard. */
export async function threeLinkedNodes(page: Page) {
  await newEmptyMap(page);
  await addNamed(page, 'Shift+P', 'Payments');
  await addNamed(page, 'Shift+S', 'Checkout');
  await addNamed(page, 'Shift+S', 'Search');
  await connectByKeys(page, 'Payments', 'Checkout');
  await connectByKeys(page, 'Payments', 'Search');
  await page.keyboard.press('Escape');
}
