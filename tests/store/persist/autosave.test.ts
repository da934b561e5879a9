import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from '../../../src/model/nodes.ts';
import { commit, commitQuietly } from '../../../src/store/documentStore.ts';
import { createAutosave } from '../../../src/store/persist/autosave.ts';
import { freshBrowser, openTab, repositoryIn } from './helpers.ts';
import type { Browser, Tab } from './helpers.ts';

const service = (id: string) => ({ id, kind: 'service' as const, name: id, value: 0 });
const addService = (tab: Tab, id: string) => commit(tab.doc, `Add ${id}`, (m) => addNode(m, service(id)));

async function storedNodeIds(browser: Browser, id: string | null): Promise<string[]> {
  const opened = await repositoryIn(browser).get(id ?? '');
  return opened.ok ? opened.map.nodes.map((n) => n.id) : [];
}

// Only setTimeout is faked: fake-indexeddb answers through setImmediate, which keeps running.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('createAutosave', () => {
  it('saves 300 ms after the last change', async () => {
    const save = vi.fn(async () => {});
    const autosave = createAutosave({ save });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(200);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves no later than 1 s after the first change while changes keep coming', async () => {
    const save = vi.fn(async () => {});
    const autosave = createAutosave({ save });
    for (let t = 0; t < 1000; t += 100) {
      autosave.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush() saves at once, and saves once more for a change made during a save', async () => {
    let finish = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const autosave = createAutosave({ save });
    autosave.schedule();
    const flushed = autosave.flush();
    autosave.schedule();
    const again = autosave.flush();
    finish();
    await flushed;
    finish();
    await again;
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosave.pending()).toBe(false);
  });

  it('keeps a change waiting when its save fails', async () => {
    const save = vi.fn(async () => {
      throw new Error('disk full');
    });
    const autosave = createAutosave({ save });
    autosave.schedule();
    await autosave.flush();
    expect(autosave.pending()).toBe(true);
  });
});

describe('autosave of the open map', () => {
  async function startedTab(browser = freshBrowser()) {
    const tab = openTab(browser, { channel: null });
    await tab.persistence.ready;
    return tab;
  }

  it('stores an edit within a second', async () => {
    const browser = freshBrowser();
    const tab = await startedTab(browser);
    addService(tab, 'ads');
    expect(tab.persistence.status.getState().state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(300);
    expect(tab.persistence.status.getState().state).toBe('saving');
    await tab.persistence.flush();
    expect(tab.persistence.status.getState()).toMatchObject({ state: 'saved', message: 'All changes are saved in this browser.' });
    expect(await storedNodeIds(browser, tab.persistence.currentId())).toContain('ads');
    await tab.persistence.stop();
  });

  it('stores within a second even while edits keep coming every 200 ms', async () => {
    const tab = await startedTab();
    for (let i = 0; i < 5; i++) {
      addService(tab, `s${i}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(tab.persistence.status.getState().state).toBe('saving');
    await tab.persistence.stop();
  });

  it('stores layout-only quiet writes too', async () => {
    const browser = freshBrowser();
    const tab = await startedTab(browser);
    commitQuietly(tab.doc, (m) => ({ ...m, nodes: m.nodes.map((n) => ({ ...n, x: 10, y: 20 })) }));
    await vi.advanceTimersByTimeAsync(1000);
    await tab.persistence.flush();
    const opened = await repositoryIn(browser).get(tab.persistence.currentId() ?? '');
    expect(opened.ok && opened.map.nodes.every((n) => n.x === 10 && n.y === 20)).toBe(true);
    await tab.persistence.stop();
  });

  it('stores at once when the page is left (pagehide), so a reload keeps the last edit', async () => {
    const browser = freshBrowser();
    const tab = await startedTab(browser);
    addService(tab, 'ads');
    tab.page.leave();
    expect(tab.persistence.status.getState().state).toBe('saving');
    await tab.persistence.flush();
    const reloaded = await startedTab(browser);
    expect(reloaded.doc.getState().map.nodes.map((n) => n.id)).toContain('ads');
    await Promise.all([tab.persistence.stop(), reloaded.persistence.stop()]);
  });

  it('stores at once when the tab is hidden', async () => {
    const browser = freshBrowser();
    const tab = await startedTab(browser);
    addService(tab, 'ads');
    tab.page.hide();
    await tab.persistence.flush();
    expect(await storedNodeIds(browser, tab.persistence.currentId())).toContain('ads');
    await tab.persistence.stop();
  });

  it('does not store a document that did not change', async () => {
    const browser = freshBrowser();
    const tab = await startedTab(browser);
    const before = (await repositoryIn(browser).list())[0];
    tab.doc.setState({ intent: 'Select' });
    await vi.advanceTimersByTimeAsync(2000);
    expect((await repositoryIn(browser).list())[0]).toEqual(before);
    await tab.persistence.stop();
  });
});
