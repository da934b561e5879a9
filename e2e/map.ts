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
