import { describe, expect, it } from 'vitest';
import { addNode } from '../../../src/model/nodes.ts';
import { commit } from '../../../src/store/documentStore.ts';
import { mapOf } from '../../builders.ts';
import { freshBrowser, openTab, rawDatabase, repositoryIn } from './helpers.ts';

const service = (id: string) => ({ id, kind: 'service' as const, name: id, value: 0 });

describe('starting persistence', () => {
  it('a newcomer gets the initial map, stored as their first map', async () => {
    const browser = freshBrowser();
    const tab = openTab(browser, { initialMap: () => ({ ...mapOf('pay>checkout'), title: 'Fintech example' }) });
    await tab.persistence.ready;
    expect(tab.doc.getState().map.title).toBe('Fintech example');
    expect((await repositoryIn(browser).list()).map((m) => m.title)).toEqual(['Fintech example']);
    expect(tab.persistence.status.getState()).toMatchObject({ state: 'saved', ready: true, mapId: tab.persistence.currentId() });
    await tab.persistence.stop();
  });

  it('after a reload, the last open map reopens intact and with no undo history', async () => {
    const browser = freshBrowser();
    const first = openTab(browser);
    await first.persistence.ready;
    await first.persistence.newMap({ ...mapOf('a>b', 'b~c'), title: 'Second map' });
    commit(first.doc, 'Add ads', (m) => addNode(m, service('ads')));
    await first.persistence.stop();

    const reloaded = openTab(browser, { initialMap: () => mapOf('never>used') });
    await reloaded.persistence.ready;
    expect(reloaded.persistence.currentId()).toBe(first.persistence.currentId());
    expect(reloaded.doc.getState().map).toEqual(first.doc.getState().map);
    expect(reloaded.doc.temporal.getState().pastStates).toHaveLength(0);
    await reloaded.persistence.stop();
  });

  it('opens the most recently edited map when the last one is gone', async () => {
    const browser = freshBrowser();
    const maps = repositoryIn(browser);
    await maps.create({ ...mapOf('a>b'), title: 'Older' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await maps.create({ ...mapOf('a>b'), title: 'Newer' });
    browser.storage.setItem('ecomap:last-map', 'deleted-long-ago');
    const tab = openTab(browser);
    await tab.persistence.ready;
    expect(tab.doc.getState().map.title).toBe('Newer');
    expect(await maps.list()).toHaveLength(2);
    await tab.persistence.stop();
  });

  it('reports what restoreMap repaired when a stored map opens', async () => {
    const browser = freshBrowser();
    const maps = repositoryIn(browser);
    const { id } = await maps.create(mapOf('a>b'));
    const tab = openTab(browser);
    await tab.persistence.ready;
    const text = JSON.stringify({ format: 'ecosystem-map', version: 1, title: 'Loose', nodes: [{ id: 'x', kind: 'service', name: 'X', value: -5 }], links: [] });
    const raw = await rawDatabase(browser);
    await raw.put('maps', { id: 'loose', title: 'Loose', createdAt: 1, updatedAt: 1, nodeCount: 1, revision: 1, text });
    expect(await tab.persistence.openMap('loose')).toBe(true);
    expect(tab.ui.getState().notice?.text).toMatch(/^Opened "Loose" after fixing 1 problem\(s\): /);
    expect(tab.persistence.currentId()).not.toBe(id);
    raw.close();
    await tab.persistence.stop();
  });
});

describe('the maps commands', () => {
  it('newMap stores and opens an empty map with the given title', async () => {
    const browser = freshBrowser();
    const tab = openTab(browser);
    await tab.persistence.ready;
    const id = await tab.persistence.newMap(undefined, 'Blank');
    expect(tab.persistence.currentId()).toBe(id);
    expect(tab.doc.getState().map).toMatchObject({ title: 'Blank', nodes: [], links: [] });
    expect(browser.storage.getItem('ecomap:last-map')).toBe(id);
    await tab.persistence.stop();
  });

  it('renaming the open map renames the document as one undoable step and stores it', async () => {
    const browser = freshBrowser();
    const tab = openTab(browser);
    await tab.persistence.ready;
    const id = tab.persistence.currentId() ?? '';
    await tab.persistence.renameMap(id, 'Renamed');
    expect(tab.doc.getState().map.title).toBe('Renamed');
    expect((await repositoryIn(browser).list()).map((m) => m.title)).toEqual(['Renamed']);
    tab.doc.temporal.getState().undo();
    expect(tab.doc.getState().map.title).toBe('Test map');
    await tab.persistence.stop();
  });

  it('deleting the open map moves it to the trash and opens the next map', async () => {
    const browser = freshBrowser();
    const tab = openTab(browser);
    await tab.persistence.ready;
    const first = tab.persistence.currentId() ?? '';
    const second = await tab.persistence.newMap(undefined, 'Second');
    await tab.persistence.trashMap(second ?? '');
    expect(tab.persistence.currentId()).toBe(first);
    expect((await repositoryIn(browser).listTrash()).map((m) => m.title)).toEqual(['Second']);
    await tab.persistence.restoreFromTrash(second ?? '');
    expect(await repositoryIn(browser).list()).toHaveLength(2);
    await tab.persistence.stop();
  });

  it('duplicating the open map copies its latest edits', async () => {
    const browser = freshBrowser();
    const tab = openTab(browser);
    await tab.persistence.ready;
    commit(tab.doc, 'Add ads', (m) => addNode(m, service('ads')));
    const copy = await tab.persistence.duplicateMap(tab.persistence.currentId() ?? '');
    const opened = await repositoryIn(browser).get(copy);
    expect(opened.ok && opened.map.nodes.map((n) => n.id)).toContain('ads');
    await tab.persistence.stop();
  });
});
