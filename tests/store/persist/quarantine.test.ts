import { describe, expect, it } from 'vitest';
import { freshBrowser, openTab, rawDatabase, repositoryIn } from './helpers.ts';
import { mapOf } from '../../builders.ts';

const broken = { id: 'broken', title: 'Roadmap', createdAt: 1, updatedAt: 5, nodeCount: 2, revision: 3, text: '{"format":"ecosystem-map","nodes":[' };

describe('stored data that cannot be read', () => {
  it('is moved to quarantine unchanged when opened, and the answer says which map and why', async () => {
    const browser = freshBrowser();
    const raw = await rawDatabase(browser);
    await raw.put('maps', broken);
    const opened = await repositoryIn(browser).get('broken');
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.keptAside).toBe(true);
    expect(!opened.ok && opened.error).toMatch(/"Roadmap" could not be opened: .*JSON/);
    expect(!opened.ok && opened.error).toMatch(/kept aside unchanged/);
    expect(await raw.getAll('maps')).toEqual([]);
    expect(await raw.getAll('quarantine')).toEqual([expect.objectContaining({ mapId: 'broken', title: 'Roadmap', stored: broken })]);
    raw.close();
  });

  it('is never overwritten: a second unreadable copy is kept beside the first', async () => {
    const browser = freshBrowser();
    const raw = await rawDatabase(browser);
    const maps = repositoryIn(browser);
    await raw.put('maps', broken);
    await maps.get('broken');
    await raw.put('maps', { ...broken, text: 'still broken' });
    await maps.get('broken');
    expect((await maps.quarantined()).map((q) => q.stored)).toEqual([broken, { ...broken, text: 'still broken' }]);
    raw.close();
  });

  it('survives emptying the trash', async () => {
    const browser = freshBrowser();
    const raw = await rawDatabase(browser);
    const maps = repositoryIn(browser);
    await raw.put('maps', broken);
    await maps.get('broken');
    await maps.emptyTrash();
    expect(await maps.quarantined()).toHaveLength(1);
    raw.close();
  });

  it('does not stop the list from opening: a record of the wrong shape is kept aside and the rest are listed', async () => {
    const browser = freshBrowser();
    const raw = await rawDatabase(browser);
    const maps = repositoryIn(browser);
    await maps.create({ ...mapOf('a>b'), title: 'Fine' });
    await raw.put('maps', { id: 'odd', title: 'Half written' });
    expect((await maps.list()).map((m) => m.title)).toEqual(['Fine']);
    expect(await maps.quarantined()).toEqual([expect.objectContaining({ mapId: 'odd', title: 'Half written', reason: 'the stored record is incomplete' })]);
    raw.close();
  });

  it('when it is the last open map, the user is told and the most recent readable map opens instead', async () => {
    const browser = freshBrowser();
    const raw = await rawDatabase(browser);
    const { id } = await repositoryIn(browser).create({ ...mapOf('pay>checkout'), title: 'Payments' });
    await raw.put('maps', broken);
    browser.storage.setItem('ecomap:last-map', 'broken');
    const tab = openTab(browser);
    await tab.persistence.ready;
    expect(tab.ui.getState().notice).toMatchObject({ tone: 'error', text: expect.stringContaining('"Roadmap" could not be opened') });
    expect(tab.persistence.currentId()).toBe(id);
    expect(tab.doc.getState().map.title).toBe('Payments');
    await tab.persistence.stop();
    raw.close();
  });
});
