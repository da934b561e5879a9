import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { canvas, nodes, saved, saveState, settled } from './map.ts';

interface Analysis {
  components: string[][];
  siloDelta: number;
  stranded: string[];
  valueAtRisk: number;
}

/** What `ecomap analyze --remove` says about the example file, as a user would run it. */
function cli(file: string, removed: string): Analysis {
  return JSON.parse(execFileSync('node', ['cli/ecomap.js', 'analyze', file, '--remove', removed, '--json'], { encoding: 'utf8' })) as Analysis;
}

async function openExample(page: Page, title: RegExp): Promise<void> {
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('dialog', { name: 'Examples' }).getByRole('button', { name: title }).click();
  await settled(page);
}

const banner = (page: Page) => page.getByRole('status', { name: 'Knock-out' });

test('knocking out the most critical platform shows the silos and value at risk that ecomap analyze reports', async ({ page }) => {
  await openExample(page, /Cirrane Cloud/);
  await page.getByRole('button', { name: 'Analysis' }).click();
  const panel = page.getByRole('complementary', { name: 'Analysis' });
  const first = panel.locator('tbody tr').first();
  const id = (await first.getAttribute('data-id'))!;
  await first.getByRole('button').click();

  const expected = cli('public/examples/cloud.json', id);
  await expect(banner(page)).toBeVisible();
  const figures = await banner(page).evaluate((el) => ({ ...(el as HTMLElement).dataset }));
  expect(Number(figures.silosAfter)).toBe(expected.components.length);
  expect(Number(figures.silosAfter) - Number(figures.silosBefore)).toBe(expected.siloDelta);
  expect(Number(figures.stranded)).toBe(expected.stranded.length);
  expect(Number(figures.valueAtRisk)).toBe(expected.valueAtRisk);
  await expect(banner(page)).toContainText(`${expected.stranded.length} node`);

  // On the map: one hull per silo, every stranded node marked, the platform a ghost.
  await expect(canvas(page).locator('.em-silos path')).toHaveCount(expected.components.length);
  await expect(canvas(page).locator('g.em-node .em-stranded')).toHaveCount(expected.stranded.length);
  for (const stranded of expected.stranded) await expect(canvas(page).locator(`g.em-node[data-id="${stranded}"] .em-stranded`)).toHaveCount(1);

  // Restoring brings everything back.
  await page.keyboard.press('Shift+K');
  await expect(banner(page)).toBeHidden();
  await expect(canvas(page).locator('.em-silos path')).toHaveCount(0);
  await expect(canvas(page).locator('g.em-node .em-stranded')).toHaveCount(0);
});

test('K on a selected platform knocks it out and the pieces drift apart; K again restores', async ({ page }) => {
  await openExample(page, /Lanternfish Streaming/);
  const expected = cli('public/examples/streaming.json', 'live-events');
  const platform = canvas(page).locator('g.em-node[data-id="live-events"]');
  await platform.click();
  const spread = () =>
    page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.em-silos path')].map((p) => (p as SVGGraphicsElement).getBBox());
      return boxes.length;
    });
  await page.keyboard.press('k');
  await expect(banner(page)).toHaveAttribute('data-value-at-risk', String(expected.valueAtRisk));
  await expect.poll(spread).toBe(expected.components.length);
  await settled(page);
  await page.keyboard.press('k');
  await expect(banner(page)).toBeHidden();
});

test('value flow shows what each platform enables, and stops where a knock-out cuts support', async ({ page }) => {
  await openExample(page, /Lanternfish Streaming/);
  const flow = page.getByRole('button', { name: 'Value flow' });
  await flow.click();
  await expect(flow).toHaveAttribute('aria-pressed', 'true');
  const enables = canvas(page).locator('g.em-node[data-id="live-events"] .em-enabled');
  await expect(enables).toHaveText(/^enables \d/);
  // The flow layer draws particles on its canvas.
  await expect
    .poll(() => page.locator('.em-flow-layer').evaluate((c) => {
      const canvasEl = c as HTMLCanvasElement;
      const data = canvasEl.getContext('2d')!.getImageData(0, 0, canvasEl.width, canvasEl.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]) return true;
      return false;
    }))
    .toBe(true);
  // Knocking out the one platform the live services stand on: it is a ghost and enables nothing.
  await canvas(page).locator('g.em-node[data-id="live-events"]').click();
  await page.keyboard.press('k');
  await expect(enables).toHaveCount(0);
  await page.getByRole('button', { name: 'Value flow' }).click();
  await expect(canvas(page).locator('.em-enabled')).toHaveCount(0);
});

test('a saved scenario survives a reload and compares with the baseline', async ({ page }) => {
  await openExample(page, /Brightwater Money/);
  await page.getByRole('button', { name: 'Analysis' }).click();
  const panel = page.getByRole('complementary', { name: 'Analysis' });
  const first = panel.locator('tbody tr').first();
  const id = (await first.getAttribute('data-id'))!;
  await first.getByRole('button').click();
  await banner(page).getByRole('button', { name: 'Save as scenario' }).click();
  await expect(saveState(page)).not.toHaveText('Saved');
  await saved(page);

  await page.reload();
  await settled(page);
  await expect(banner(page)).toBeHidden();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await panel.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(panel.getByRole('textbox', { name: /Name of scenario/ })).toHaveValue(/^Without /);
  await panel.getByRole('button', { name: 'Compare' }).click();
  const expected = cli('public/examples/fintech.json', id);
  const compare = panel.getByRole('region', { name: /Compare/ });
  await expect(compare.getByRole('row', { name: /Stranded nodes/ })).toContainText(`0${expected.stranded.length}`);
  await expect(compare.getByRole('row', { name: /Silos/ }).locator('td').last()).toHaveText(String(expected.components.length));
  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(banner(page)).toHaveAttribute('data-value-at-risk', String(expected.valueAtRisk));
});
