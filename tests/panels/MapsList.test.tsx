// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapsList } from '../../src/panels/MapsList.tsx';
import { mapOf } from '../builders.ts';
import { freshBrowser, openTab, rawDatabase, repositoryIn } from '../store/persist/helpers.ts';
import type { Browser, Tab } from '../store/persist/helpers.ts';

const FIVE_MINUTES = 5 * 60_000;

afterEach(async () => {
  cleanup();
  await Promise.all(tabs.splice(0).map((tab) => tab.persistence.stop()));
});
const tabs: Tab[] = [];

/** A started tab whose browser already stores `titles` (the first is open), and the list rendered for it. */
async function renderList(titles: string[] = ['Payments', 'Search'], browser: Browser = freshBrowser()) {
  const maps = repositoryIn(browser);
  const ids: string[] = [];
  for (const [i, title] of titles.entries()) ids.push((await maps.create({ ...(i === 0 ? mapOf('pay>checkout') : mapOf('a>b', 'a>c')), title })).id);
  browser.storage.setItem('ecomap:last-map', ids[0] ?? '');
  const tab = openTab(browser, { channel: null });
  tabs.push(tab);
  await tab.persistence.ready;
  const onClose = vi.fn();
  const saveFile = vi.fn<(blob: Blob, filename: string) => void>();
  const view = render(<MapsList persistence={tab.persistence} onClose={onClose} now={() => Date.now() + FIVE_MINUTES} saveFile={saveFile} />);
  await screen.findByRole('list', { name: 'Maps' });
  return { tab, browser, onClose, saveFile, user: userEvent.setup(), view };
}

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const mapsList = () => screen.getByRole('list', { name: 'Maps' });
const titlesIn = (list: HTMLElement) => within(list).queryAllByRole('listitem').map((li) => li.querySelector('.em-maps-title')?.textContent);

describe('the maps list', () => {
  it('shows each map with its title, node count and when it was edited, and marks the open one', async () => {
    await renderList(['Payments', 'Search']);
    const payments = within(mapsList()).getByText('Payments').closest('li') as HTMLElement;
    expect(payments).toHaveProperty('textContent', expect.stringContaining('2 nodes · edited 5 minutes ago · open now'));
    expect(payments.getAttribute('aria-current')).toBe('true');
    const search = within(mapsList()).getByText('Search').closest('li') as HTMLElement;
    expect(search.textContent).toContain('3 nodes');
    expect(search.getAttribute('aria-current')).toBeNull();
  });

  it('Open switches to that map and closes the list', async () => {
    const { tab, user, onClose } = await renderList(['Payments', 'Search']);
    await user.click(screen.getByRole('button', { name: 'Open Search' }));
    await waitFor(() => expect(tab.doc.getState().map.title).toBe('Search'));
    expect(onClose).toHaveBeenCalled();
    await waitFor(() => expect(within(mapsList()).getByText('Search').closest('li')?.getAttribute('aria-current')).toBe('true'));
  });

  it('New map stores and opens an empty map', async () => {
    const { tab, user } = await renderList(['Payments']);
    await user.click(screen.getByRole('button', { name: 'New map' }));
    await waitFor(() => expect(titlesIn(mapsList())).toContain('Untitled map'));
    expect(tab.doc.getState().map.nodes).toEqual([]);
  });

  it('Rename opens a text field: Enter saves the new name', async () => {
    const { tab, user } = await renderList(['Payments', 'Search']);
    await user.click(screen.getByRole('button', { name: 'Rename Search' }));
    const field = screen.getByRole('textbox', { name: 'New name for Search' });
    expect(field).toBe(document.activeElement);
    await user.clear(field);
    await user.type(field, 'Discovery{Enter}');
    await waitFor(() => expect(titlesIn(mapsList())).toContain('Discovery'));
    expect(screen.getByRole('status').textContent).toBe('Renamed "Search" to "Discovery".');
    expect(tab.doc.getState().map.title).toBe('Payments');
  });

  it('renaming the open map renames the document too', async () => {
    const { tab, user } = await renderList(['Payments']);
    await user.click(screen.getByRole('button', { name: 'Rename Payments' }));
    await user.type(screen.getByRole('textbox', { name: 'New name for Payments' }), ' v2{Enter}');
    await waitFor(() => expect(tab.doc.getState().map.title).toBe('Payments v2'));
  });

  it('Escape cancels a rename and gives focus back to the Rename button', async () => {
    const { user } = await renderList(['Payments', 'Search']);
    await user.click(screen.getByRole('button', { name: 'Rename Search' }));
    await user.type(screen.getByRole('textbox', { name: 'New name for Search' }), 'Nope{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(titlesIn(mapsList())).toContain('Search');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Search' })));
  });

  it('Duplicate adds a copy', async () => {
    const { user } = await renderList(['Payments', 'Search']);
    await user.click(screen.getByRole('button', { name: 'Duplicate Search' }));
    await waitFor(() => expect(titlesIn(mapsList())).toContain('Search (copy)'));
  });

  it('Delete moves a map to the trash, and Restore brings it back', async () => {
    const { user } = await renderList(['Payments', 'Search']);
    await user.click(screen.getByRole('button', { name: 'Delete Search' }));
    const trash = await screen.findByRole('list', { name: 'Maps in the trash' });
    expect(titlesIn(trash)).toEqual(['Search']);
    expect(titlesIn(mapsList())).toEqual(['Payments']);
    expect(screen.getByRole('status').textContent).toBe('Moved "Search" to the trash.');
    await user.click(screen.getByRole('button', { name: 'Restore Search' }));
    await waitFor(() => expect(titlesIn(mapsList())).toEqual(expect.arrayContaining(['Payments', 'Search'])));
    expect(screen.getByText('The trash is empty.')).toBeTruthy();
  });

  it('Empty trash asks first; Cancel keeps the maps, Delete for good removes them', async () => {
    const { browser, user } = await renderList(['Payments', 'Search']);
    await user.click(screen.getByRole('button', { name: 'Delete Search' }));
    await user.click(await screen.findByRole('button', { name: 'Empty trash' }));
    const confirm = screen.getByRole('group', { name: 'Confirm emptying the trash' });
    expect(confirm.textContent).toContain('Delete this map for good? This cannot be undone.');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await repositoryIn(browser).listTrash()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await screen.findByText('The trash is empty.');
    expect(await repositoryIn(browser).listTrash()).toEqual([]);
  });

  it('can be used with the keyboard alone', async () => {
    const { user } = await renderList(['Payments', 'Search']);
    screen.getByRole('button', { name: 'Rename Search' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Control>}a{/Control}Keyboard{Enter}');
    await waitFor(() => expect(titlesIn(mapsList())).toContain('Keyboard'));
    screen.getByRole('button', { name: 'Delete Keyboard' }).focus();
    await user.keyboard(' ');
    await screen.findByRole('button', { name: 'Restore Keyboard' });
  });

  it('lists maps kept aside with the reason, and downloads one exactly as stored', async () => {
    const browser = freshBrowser();
    const raw = await rawDatabase(browser);
    const text = '{"format":"ecosystem-map","nodes":[';
    await raw.put('maps', { id: 'broken', title: 'Roadmap', createdAt: 1, updatedAt: 1, nodeCount: 2, revision: 1, text });
    await repositoryIn(browser).get('broken');
    raw.close();
    const { user, saveFile } = await renderList(['Payments'], browser);
    const kept = await screen.findByRole('list', { name: 'Maps kept aside' });
    expect(kept.textContent).toMatch(/Roadmap.*JSON/);
    await user.click(within(kept).getByRole('button', { name: 'Download Roadmap as stored' }));
    const [blob, filename] = saveFile.mock.calls[0] ?? [];
    expect(filename).toBe('Roadmap (kept aside).json');
    expect(blob && (await readBlob(blob))).toBe(text);
  });

  it('says what went wrong when storage fails, in an alert', async () => {
    const { tab, user } = await renderList(['Payments', 'Search']);
    vi.spyOn(tab.persistence, 'duplicateMap').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Duplicate Search' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage for this site is full/);
  });

  it('has no accessibility violations that axe-core finds', async () => {
    const { user, view } = await renderList(['Payments', 'Search']);
    await user.click(screen.getByRole('button', { name: 'Delete Search' }));
    await user.click(await screen.findByRole('button', { name: 'Empty trash' }));
    const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
  });
});
