import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { nodes, settled } from './map.ts';

/** The serious and critical axe violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function exampleMap(page: Page) {
  await page.goto('/');
  await expect(nodes(page).first()).toBeVisible();
  await settled(page);
}

test('the main screen with an example map and each of its dialogs has no serious accessibility violations', async ({ page }) => {
  await exampleMap(page);
  expect(await seriousViolations(page), 'main screen').toEqual([]);

  const dialogs: [string, () => Promise<unknown>, RegExp | string][] = [
    ['command palette', () => page.keyboard.press('Control+K'), 'Command palette'],
    ['help overlay', () => page.keyboard.press('?'), 'Keyboard shortcuts'],
    ['table view', () => page.keyboard.press('Shift+T'), /nodes and links/],
    ['maps list', () => page.getByRole('button', { name: 'Maps' }).click(), 'Your maps'],
  ];
  for (const [what, open, name] of dialogs) {
    await page.locator('.em-canvas').focus();
    await open();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog, what).toBeVisible();
    if (what === 'maps list') await expect(dialog.getByRole('listitem').first()).toBeVisible();
    expect(await seriousViolations(page), what).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog'), `${what} closes with Escape`).toHaveCount(0);
  }
});

test('Tab walks from the toolbar to one node on the canvas and on into the inspector', async ({ page }) => {
  await exampleMap(page);
  const reached: string[] = [];
  for (let i = 0; i < 80 && !reached.includes('inspector'); i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        if (el.closest('[role="toolbar"]')) return 'toolbar';
        if (el.matches('.em-canvas g.em-node')) return 'node';
        if (el.closest('.em-inspector')) return 'inspector';
        return el.tagName.toLowerCase();
      }),
    );
  }
  expect(reached).toContain('toolbar');
  expect(reached).toContain('node');
  expect(reached).toContain('inspector');
  const order = ['toolbar', 'node', 'inspector'].map((place) => reached.indexOf(place));
  expect(order, 'toolbar, then the canvas, then the inspector').toEqual([...order].sort((a, b) => a - b));
  // Roving tab index: the canvas is one stop, not one stop per node.
  expect(reached.filter((place) => place === 'node')).toHaveLength(1);
  // From the node, the arrow keys move focus to another node.
  const tabbable = page.locator('.em-canvas g.em-node[tabindex="0"]');
  await tabbable.focus();
  const first = await tabbable.getAttribute('data-id');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).not.toBe(first);
});
