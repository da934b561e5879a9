import { describe, expect, it } from 'vitest';
import { restoreMap } from '../../../src/io/restore.ts';
import { mapOf } from '../../builders.ts';
import { freshBrowser, repositoryIn } from './helpers.ts';

const titled = (title: string, ...specs: string[]) => ({ ...mapOf(...specs), title });

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, tick: (ms = 1000) => (t += ms) };
}

describe('the map repository', () => {
  it('lists stored maps most recently edited first, with title and node count', async () => {
    const time = clock();
    const maps = repositoryIn(freshBrowser(), { now: time.now });
    await maps.create(titled('Payments', 'pay>checkout'));
    time.tick();
    await maps.create(titled('Search', 'index>search', 'index>ads'));
    const list = await maps.list();
    expect(list.map((m) => [m.title, m.nodeCount])).toEqual([['Search', 3], ['Payments', 2]]);
    expect(list[0]).not.toHaveProperty('text');
  });

  it('get(id) gives back the map it stored, read through restoreMap', async () => {
    const maps = repositoryIn(freshBrowser());
    const map = titled('Payments', 'pay>checkout:service=1200');
    const { id } = await maps.create(map);
    const opened = await maps.get(id);
    expect(opened).toMatchObject({ ok: true, map, repairs: [] });
  });

  it('save(id, map, revision) stores the next revision and refuses a save built on an older one', async () => {
    const maps = repositoryIn(freshBrowser());
    const { id, revision } = await maps.create(titled('A', 'a>b'));
    const first = await maps.save(id, titled('A', 'a>b', 'a>c'), revision);
    expect(first).toMatchObject({ ok: true, summary: { revision: revision + 1, nodeCount: 3 } });
    expect(await maps.save(id, titled('A', 'a>z'), revision)).toEqual({ ok: false, reason: 'conflict' });
    const stored = await maps.get(id);
    expect(stored.ok && stored.map.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('save refuses a map that no longer exists rather than bringing it back silently', async () => {
    const maps = repositoryIn(freshBrowser());
    expect(await maps.save('gone', titled('A', 'a>b'), 1)).toEqual({ ok: false, reason: 'missing' });
  });

  it('rename(id, title) renames the record and the map inside it', async () => {
    const maps = repositoryIn(freshBrowser());
    const { id } = await maps.create(titled('Old', 'a>b'));
    await maps.rename(id, 'New');
    const opened = await maps.get(id);
    expect(opened.ok && [opened.summary.title, opened.map.title]).toEqual(['New', 'New']);
  });

  it('duplicate(id) stores a copy under a new id with "(copy)" in its title', async () => {
    const maps = repositoryIn(freshBrowser());
    const { id } = await maps.create(titled('Acme', 'a>b'));
    const copy = await maps.duplicate(id);
    expect(copy.id).not.toBe(id);
    expect(copy.title).toBe('Acme (copy)');
    expect((await maps.list()).map((m) => m.title).sort()).toEqual(['Acme', 'Acme (copy)']);
  });

  it('trash(id) moves a map to the trash and restore(id) brings it back', async () => {
    const maps = repositoryIn(freshBrowser());
    const { id } = await maps.create(titled('Acme', 'a>b'));
    await maps.trash(id);
    expect(await maps.list()).toEqual([]);
    expect((await maps.listTrash()).map((m) => m.title)).toEqual(['Acme']);
    await maps.restore(id);
    expect((await maps.list()).map((m) => m.title)).toEqual(['Acme']);
    expect(await maps.listTrash()).toEqual([]);
  });

  it('emptyTrash() deletes only the maps in the trash, for good', async () => {
    const maps = repositoryIn(freshBrowser());
    const kept = await maps.create(titled('Kept', 'a>b'));
    const binned = await maps.create(titled('Binned', 'a>b'));
    await maps.trash(binned.id);
    expect(await maps.emptyTrash()).toBe(1);
    expect((await maps.list()).map((m) => m.id)).toEqual([kept.id]);
    expect(await maps.get(binned.id)).toMatchObject({ ok: false, keptAside: false });
  });

  it('a map edited in the trash stays in the trash', async () => {
    const maps = repositoryIn(freshBrowser());
    const { id, revision } = await maps.create(titled('Acme', 'a>b'));
    await maps.trash(id);
    await maps.save(id, titled('Acme', 'a>b', 'a>c'), revision);
    expect((await maps.listTrash()).map((m) => m.nodeCount)).toEqual([3]);
  });

  it('stores the map as the same JSON text the app exports', async () => {
    const browser = freshBrowser();
    const maps = repositoryIn(browser);
    const map = titled('Acme', 'a>b');
    const { id } = await maps.create(map);
    const copy = await maps.duplicate(id);
    const opened = await maps.get(copy.id);
    expect(opened.ok && restoreMap(JSON.stringify(opened.map))).toMatchObject({ ok: true, repairs: [] });
  });
});
