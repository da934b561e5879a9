import { describe, expect, it, vi } from 'vitest';
import { addNode } from '../../../src/model/nodes.ts';
import { commit } from '../../../src/store/documentStore.ts';
import { STATUS_MESSAGES } from '../../../src/store/persist/persistenceStatus.ts';
import { freshBrowser, openTab, repositoryIn } from './helpers.ts';
import type { Browser, Tab } from './helpers.ts';

const service = (id: string) => ({ id, kind: 'service' as const, name: id, value: 0 });
const addService = (tab: Tab, id: string) => commit(tab.doc, `Add ${id}`, (m) => addNode(m, service(id)));
const nodeIds = (tab: Tab) => tab.doc.getState().map.nodes.map((n) => n.id);
const state = (tab: Tab) => tab.persistence.status.getState().state;

async function storedNodeIds(browser: Browser, id: string | null): Promise<string[]> {
  const opened = await repositoryIn(browser).get(id ?? '');
  return opened.ok ? opened.map.nodes.map((n) => n.id) : [];
}

async function twoTabsOnOneMap(browser: Browser): Promise<[Tab, Tab]> {
  const first = openTab(browser);
  await first.persistence.ready;
  const second = openTab(browser);
  await second.persistence.ready;
  return [first, second];
}

const stopAll = (...tabs: Tab[]) => Promise.all(tabs.map((tab) => tab.persistence.stop()));

describe.each([
  ['with Web Locks', true],
  ['with BroadcastChannel claims only (no Web Locks)', false],
])('two tabs on the same map, %s', (_mode, locks) => {
  it('the first tab owns the map; the second follows it read-only and says why', async () => {
    const browser = freshBrowser({ locks });
    const [first, second] = await twoTabsOnOneMap(browser);
    expect(second.persistence.currentId()).toBe(first.persistence.currentId());
    expect(state(first)).toBe('saved');
    expect(second.persistence.status.getState()).toMatchObject({ state: 'readonly', message: STATUS_MESSAGES.readonly });
    expect(STATUS_MESSAGES.readonly).toBe('This map is open in another tab — following its changes. Take over to edit here.');
    await stopAll(first, second);
  });

  it("the follower receives the owner's saved changes", async () => {
    const browser = freshBrowser({ locks });
    const [owner, follower] = await twoTabsOnOneMap(browser);
    addService(owner, 'ads');
    await owner.persistence.flush();
    await vi.waitFor(() => expect(nodeIds(follower)).toContain('ads'));
    expect(state(follower)).toBe('readonly');
    await stopAll(owner, follower);
  });

  it('the follower never writes, even when its document changes', async () => {
    const browser = freshBrowser({ locks });
    const [owner, follower] = await twoTabsOnOneMap(browser);
    addService(follower, 'stray');
    await follower.persistence.flush();
    expect(await storedNodeIds(browser, owner.persistence.currentId())).not.toContain('stray');
    await stopAll(owner, follower);
  });

  it('takeOver() swaps the roles: the follower edits, the old owner follows', async () => {
    const browser = freshBrowser({ locks });
    const [owner, follower] = await twoTabsOnOneMap(browser);
    follower.persistence.takeOver();
    await vi.waitFor(() => expect(state(follower)).toBe('saved'));
    await vi.waitFor(() => expect(state(owner)).toBe('readonly'));
    addService(follower, 'ads');
    await follower.persistence.flush();
    await vi.waitFor(() => expect(nodeIds(owner)).toContain('ads'));
    expect(await storedNodeIds(browser, owner.persistence.currentId())).toContain('ads');
    await stopAll(owner, follower);
  });

  it('the owner saves its waiting edits before it hands the map over', async () => {
    const browser = freshBrowser({ locks });
    const [owner, follower] = await twoTabsOnOneMap(browser);
    addService(owner, 'typed-just-now');
    follower.persistence.takeOver();
    await vi.waitFor(() => expect(state(follower)).toBe('saved'));
    await vi.waitFor(() => expect(nodeIds(follower)).toContain('typed-just-now'));
    await stopAll(owner, follower);
  });

  it('the follower takes over by itself when the owning tab closes', async () => {
    const browser = freshBrowser({ locks });
    const [owner, follower] = await twoTabsOnOneMap(browser);
    await owner.persistence.stop();
    await vi.waitFor(() => expect(state(follower)).toBe('saved'));
    addService(follower, 'ads');
    await follower.persistence.flush();
    expect(await storedNodeIds(browser, follower.persistence.currentId())).toContain('ads');
    await stopAll(follower);
  });
});

describe('two tabs that cannot tell each other apart (no Web Locks, no BroadcastChannel)', () => {
  it('work alone as owners, and a save built on an older revision becomes a separate map instead of overwriting', async () => {
    const browser = freshBrowser();
    const first = openTab(browser, { channel: null });
    await first.persistence.ready;
    const second = openTab(browser, { channel: null });
    await second.persistence.ready;
    const id = first.persistence.currentId();
    expect([state(first), state(second)]).toEqual(['saved', 'saved']);

    addService(first, 'from-first');
    await first.persistence.flush();
    addService(second, 'from-second');
    await second.persistence.flush();

    expect(await storedNodeIds(browser, id)).toContain('from-first');
    expect(await storedNodeIds(browser, id)).not.toContain('from-second');
    expect(second.persistence.currentId()).not.toBe(id);
    expect(await storedNodeIds(browser, second.persistence.currentId())).toContain('from-second');
    expect(second.ui.getState().notice?.text).toMatch(/Another tab saved "Test map".*Nothing was overwritten/);
    expect((await repositoryIn(browser).list()).map((m) => m.title).sort()).toEqual(['Test map', 'Test map (this tab’s version)']);
    await stopAll(first, second);
  });
});
