import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeMap } from '../../../src/io/json.ts';
import { addNode } from '../../../src/model/nodes.ts';
import { commit } from '../../../src/store/documentStore.ts';
import { mapFilename } from '../../../src/store/persist/downloadMap.ts';
import { freshBrowser, fullIndexedDB, hangingIndexedDB, openTab, repositoryIn } from './helpers.ts';

const service = (id: string) => ({ id, kind: 'service' as const, name: id, value: 0 });

afterEach(() => vi.useRealTimers());

describe('when browser storage does not answer', () => {
  function tabWithHangingStorage() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const browser = freshBrowser();
    return openTab(browser, { repository: repositoryIn(browser, { indexedDB: hangingIndexedDB }), channel: null });
  }

  it('says so within two seconds, with what was wrong and what to do', async () => {
    const tab = tabWithHangingStorage();
    await vi.advanceTimersByTimeAsync(1999);
    expect(tab.persistence.status.getState().state).not.toBe('unavailable');
    await vi.advanceTimersByTimeAsync(1);
    const { state, message } = tab.persistence.status.getState();
    expect(state).toBe('unavailable');
    expect(message).toMatch(/did not answer within 2 seconds/);
    expect(message).toMatch(/Download the map to keep a copy/);
    await tab.persistence.ready;
    expect(tab.persistence.status.getState().ready).toBe(true);
  });

  it('shows the initial map and keeps editing in memory', async () => {
    const tab = tabWithHangingStorage();
    await vi.advanceTimersByTimeAsync(2000);
    await tab.persistence.ready;
    expect(tab.doc.getState().map.nodes.map((n) => n.id)).toEqual(['pay', 'checkout', 'search']);
    expect(commit(tab.doc, 'Add ads', (m) => addNode(m, service('ads')))).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(tab.doc.getState().map.nodes).toHaveLength(4);
    expect(tab.persistence.status.getState().state).toBe('unavailable');
    expect(tab.persistence.currentId()).toBeNull();
  });

  it('offers the map as a download: the JSON file the app exports, named after the title', async () => {
    const tab = tabWithHangingStorage();
    await vi.advanceTimersByTimeAsync(2000);
    await tab.persistence.ready;
    commit(tab.doc, 'Rename', (m) => ({ ...m, title: 'Q3: plan / draft' }));
    tab.persistence.downloadCurrentMap();
    const [download] = tab.downloads;
    expect(download?.filename).toBe('Q3- plan - draft.json');
    expect(await download?.blob.text()).toBe(serializeMap(tab.doc.getState().map));
    expect(download?.blob.type).toBe('application/json');
  });

  it('will not open another map over work that is only in memory', async () => {
    const tab = tabWithHangingStorage();
    await vi.advanceTimersByTimeAsync(2000);
    await tab.persistence.ready;
    commit(tab.doc, 'Add ads', (m) => addNode(m, service('ads')));
    const opening = tab.persistence.openMap('other');
    await vi.advanceTimersByTimeAsync(2000);
    expect(await opening).toBe(false);
    expect(tab.doc.getState().map.nodes.map((n) => n.id)).toContain('ads');
    expect(tab.ui.getState().notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/Download it first/) });
  });
});

describe('when browser storage is full', () => {
  it('says storage is full, keeps the edit in memory, and saves once storage has room again', async () => {
    const browser = freshBrowser();
    const healthy = openTab(browser, { channel: null });
    await healthy.persistence.ready;
    await healthy.persistence.stop();
    let isFull = true;
    const full = openTab(browser, { repository: repositoryIn(browser, { indexedDB: fullIndexedDB(browser, () => isFull) }), channel: null });
    await full.persistence.ready;
    commit(full.doc, 'Add ads', (m) => addNode(m, service('ads')));
    await full.persistence.flush();
    expect(full.persistence.status.getState()).toMatchObject({ state: 'unavailable', message: expect.stringMatching(/storage for this site is full.*emptying the trash/) });
    expect(full.doc.getState().map.nodes.map((n) => n.id)).toContain('ads');
    isFull = false;
    commit(full.doc, 'Add search ads', (m) => addNode(m, service('search-ads')));
    await full.persistence.flush();
    expect(full.persistence.status.getState().state).toBe('saved');
    expect(full.ui.getState().notice?.text).toBe('Browser storage works again: your changes are saved.');
    const stored = await repositoryIn(browser).get(full.persistence.currentId() ?? '');
    expect(stored.ok && stored.map.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['ads', 'search-ads']));
    await full.persistence.stop();
  });
});

describe('mapFilename', () => {
  it('keeps a plain title as it is', () => expect(mapFilename('Acme platforms')).toBe('Acme platforms.json'));
  it('replaces characters that filesystems forbid', () => expect(mapFilename('a/b\\c:d*e?"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i.json'));
  it('never starts with a dot, so the file is not hidden', () => expect(mapFilename('..secret')).toBe('secret.json'));
  it('names an empty title', () => expect(mapFilename('  ')).toBe('ecosystem-map.json'));
  it('caps a long title', () => expect(mapFilename('x'.repeat(300))).toHaveLength(80 + '.json'.length));
});
