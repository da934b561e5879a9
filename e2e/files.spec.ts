import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { canvas, nodes, settled } from './map.ts';

/** Drops a file on the page the way a user drags one in from the desktop. */
async function dropFile(page: Page, path: string, name: string, type: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  const transfer = await page.evaluateHandle(({ bytes, name, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
    return dt;
  }, { bytes, name, type });
  await page.dispatchEvent('.em-stage', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.em-stage', 'drop', { dataTransfer: transfer });
}

async function exportFrom(page: Page, format: 'SVG' | 'PNG', path: string): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('figure', { name: 'Preview' }).locator('svg')).toBeVisible();
  if (format === 'PNG') await dialog.getByLabel('PNG').check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Download ${format}` }).click()]);
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

test('an SVG and a PNG exported from the dialog open again as maps when dropped on the app', async ({ page }, info) => {
  await page.goto('/');
  await settled(page);
  const count = await nodes(page).count();
  const svg = info.outputPath('map.svg');
  const png = info.outputPath('map.png');
  await exportFrom(page, 'SVG', svg);
  await exportFrom(page, 'PNG', png);
  const text = readFileSync(svg, 'utf8');
  expect(text).toContain('<metadata');
  expect(text).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
  expect([...readFileSync(png).subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');

  for (const [path, name, type] of [[svg, 'map.svg', 'image/svg+xml'], [png, 'map.png', 'image/png']] as const) {
    await dropFile(page, path, name, type);
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await expect(preview).toContainText(`${name} is ${name.endsWith('svg') ? 'an SVG' : 'a PNG'} exported from Ecosystem Mapper`);
    await expect(preview).toContainText('Links');
    await preview.getByRole('button', { name: 'Open as a new map' }).click();
    await expect(canvas(page)).toHaveAttribute('data-nodes', String(count));
  }
  await page.getByRole('button', { name: 'Maps' }).click();
  await expect(page.getByRole('dialog', { name: 'Your maps' }).getByRole('listitem')).toHaveCount(3);
});

test('a dropped file that is not a map is refused with what to do, and the open map stays', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const title = await page.locator('.em-title').textContent();
  await dropFile(page, 'package.json', 'package.json', 'application/json');
  await expect(page.getByRole('alert')).toContainText('package.json');
  await expect(page.locator('.em-title')).toHaveText(title!);
});

test('a CSV sheet shows a preview with its rows before it opens', async ({ page }, info) => {
  await page.goto('/');
  await settled(page);
  const sheet = info.outputPath('sheet.csv');
  writeFileSync(sheet, 'name,kind,value,supported by\nPayments,platform,,\nCheckout,service,1200,Payments\nWallet,service,300,Ghost\n');
  await page.locator('#em-file-input').setInputFiles(sheet);
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview).toContainText('a spreadsheet (CSV)');
  await expect(preview.getByRole('region', { name: 'Warnings' })).toContainText('row');
  await preview.getByRole('button', { name: 'Open as a new map' }).click();
  await expect(canvas(page)).toHaveAttribute('data-nodes', '3');
});

test('a share link opens read-only, and becomes a map of your own on request', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await settled(page);
  const title = await page.locator('.em-title').textContent();
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied a link' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#map=/);

  const other = await context.newPage();
  await other.goto(url);
  const dialog = other.getByRole('dialog', { name: 'Shared map' });
  await expect(dialog.getByRole('heading')).toHaveText(title!);
  await dialog.getByRole('button', { name: 'Open as a new map' }).click();
  await expect(other.locator('.em-title')).toHaveText(title!);
  expect(other.url()).not.toContain('#map=');

  await other.goto(url.replace(/#map=.{12}/, '#map=XXXXXXXXXXXX'));
  await expect(other.getByRole('alert')).toContainText(/damaged|cannot be opened/);
});
