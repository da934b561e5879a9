import { describe, expect, it } from 'vitest';
import { presentAction } from '../../src/present/keys.ts';
import type { PresentKeyState } from '../../src/present/keys.ts';
import { createPresenterSync, presentChannelName, readMessage } from '../../src/present/presenterSync.ts';
import type { ChannelFactory, PresentMessage, PresenterSync, StageState, SyncChannel } from '../../src/present/presenterSync.ts';

type Listener = (event: { readonly data: unknown }) => void;

/**
 * Channels that share messages by name, like BroadcastChannel, held in a queue until `flush`
 * (or delivered at once with `auto`). `echo` also delivers a message to its sender, as a
 * polyfill over localStorage might.
 */
function createHub({ auto = true, echo = false } = {}) {
  const channels = new Set<{ name: string; listeners: Set<Listener>; closed: boolean }>();
  const queue: { to: { listeners: Set<Listener>; closed: boolean }; data: unknown }[] = [];
  const names: string[] = [];
  const flush = (order: 'fifo' | 'lifo' = 'fifo') => {
    while (queue.length) {
      const { to, data } = (order === 'fifo' ? queue.shift() : queue.pop())!;
      if (!to.closed) for (const l of [...to.listeners]) l({ data: structuredClone(data) });
    }
  };
  const factory: ChannelFactory = (name) => {
    names.push(name);
    const self = { name, listeners: new Set<Listener>(), closed: false };
    channels.add(self);
    const channel: SyncChannel = {
      postMessage(data) {
        if (self.closed) throw new Error('posted on a closed channel');
        for (const other of channels) if (other.name === name && (echo || other !== self)) queue.push({ to: other, data });
        if (auto) flush();
      },
      addEventListener: (_type, l) => void self.listeners.add(l),
      removeEventListener: (_type, l) => void self.listeners.delete(l),
      close() {
        self.closed = true;
        channels.delete(self);
      },
    };
    return channel;
  };
  /** Posts raw data on a channel of that name, as a foreign sender would. */
  const inject = (name: string, data: unknown) => {
    for (const c of channels) if (c.name === name) queue.push({ to: c, data });
    if (auto) flush();
  };
  return { factory, flush, inject, names, queue };
}

/** A window: its sync, what it heard, and its stage as its UI would show it. */
function openWindow(factory: ChannelFactory, id: string, mapId = 'acme', initial?: Partial<StageState>) {
  const heard: PresentMessage[] = [];
  const sync: PresenterSync = createPresenterSync(factory, (m) => heard.push(m), { mapId, id, ...(initial && { initial }) });
  return { sync, heard };
}

/** A key pressed in a window: the presentation's key map, then the sync. */
function press(sync: PresenterSync, key: string, count = 5): void {
  const state: PresentKeyState = { index: sync.state().index, count, typed: '', blank: sync.state().blank };
  const action = presentAction({ key }, state);
  if (action?.type === 'goto') sync.goto(action.index);
  if (action?.type === 'blank') sync.update({ blank: !state.blank });
}

describe('createPresenterSync', () => {
  it('listens on a channel named for the map', () => {
    const hub = createHub();
    openWindow(hub.factory, 'p', 'map-7');
    expect(hub.names).toEqual([presentChannelName('map-7')]);
    expect(presentChannelName('map-7')).toBe('ecomap-present-map-7');
  });

  it('lets keys pressed in either window drive both', () => {
    const hub = createHub();
    const presenter = openWindow(hub.factory, 'presenter');
    const audience = openWindow(hub.factory, 'audience');
    press(presenter.sync, 'PageDown');
    press(presenter.sync, 'PageDown');
    expect(audience.sync.state().index).toBe(2);
    press(audience.sync, 'PageUp');
    expect(presenter.sync.state().index).toBe(1);
    press(audience.sync, 'b');
    expect(presenter.sync.state().blank).toBe(true);
    press(presenter.sync, 'ArrowRight');
    expect(audience.sync.state()).toMatchObject({ index: 1, blank: false });
    expect(presenter.heard.filter((m) => m.type !== 'hello').map((m) => m.type)).toEqual(['goto', 'state']);
  });

  it('shares what-ifs, laser and spotlight, and clears them on moving to a scene', () => {
    const hub = createHub();
    const presenter = openWindow(hub.factory, 'presenter');
    const audience = openWindow(hub.factory, 'audience');
    presenter.sync.update({ whatIf: ['pay'], spotlight: 'checkout', laser: { x: 10, y: -4 } });
    expect(audience.sync.state()).toEqual({ index: 0, whatIf: ['pay'], spotlight: 'checkout', laser: { x: 10, y: -4 }, blank: false });
    audience.sync.goto(3);
    expect(presenter.sync.state()).toEqual({ index: 3, whatIf: [], spotlight: null, laser: null, blank: false });
  });

  it('brings a late-joining window up to the stage on its hello', () => {
    const hub = createHub();
    const presenter = openWindow(hub.factory, 'presenter');
    presenter.sync.goto(3);
    presenter.sync.update({ whatIf: ['pay'] });
    const audience = openWindow(hub.factory, 'audience');
    expect(audience.sync.state()).toMatchObject({ index: 3, whatIf: ['pay'] });
    expect(presenter.heard).toEqual([{ type: 'hello', from: 'audience' }]);
    // The joiner's own later moves still reach the presenter.
    audience.sync.goto(4);
    expect(presenter.sync.state().index).toBe(4);
  });

  it('joins the stage of a window already presenting, even before anyone has moved', () => {
    const hub = createHub();
    openWindow(hub.factory, 'presenter', 'acme', { index: 2 });
    const audience = openWindow(hub.factory, 'audience');
    expect(audience.sync.state().index).toBe(2);
  });

  it('ignores stale versions that arrive late', () => {
    const hub = createHub({ auto: false });
    const presenter = openWindow(hub.factory, 'presenter');
    const audience = openWindow(hub.factory, 'audience');
    hub.flush();
    presenter.sync.goto(1);
    presenter.sync.goto(2);
    presenter.sync.goto(3);
    hub.flush('lifo');
    expect(audience.sync.state().index).toBe(3);
    expect(audience.heard.filter((m) => m.type === 'goto')).toHaveLength(1);
  });

  it('settles moves made in both windows at once the same way in both', () => {
    const hub = createHub({ auto: false });
    const a = openWindow(hub.factory, 'a');
    const b = openWindow(hub.factory, 'b');
    hub.flush();
    a.sync.goto(1);
    b.sync.goto(4);
    hub.flush();
    expect(a.sync.state().index).toBe(b.sync.state().index);
  });

  it('ignores its own echoes', () => {
    const hub = createHub({ echo: true });
    const presenter = openWindow(hub.factory, 'presenter');
    presenter.sync.goto(2);
    expect(presenter.heard).toEqual([]);
    expect(presenter.sync.state().index).toBe(2);
  });

  it('ignores malformed messages', () => {
    const hub = createHub();
    const audience = openWindow(hub.factory, 'audience');
    const name = presentChannelName('acme');
    const junk: unknown[] = [
      null,
      'goto',
      [1, 2],
      { type: 'goto', index: 2, version: 5 },
      { type: 'goto', from: 'x', index: -1, version: 5 },
      { type: 'goto', from: 'x', index: 1.5, version: 5 },
      { type: 'goto', from: 'x', index: '2', version: 5 },
      { type: 'goto', from: 'x', index: 2, version: Number.NaN },
      { type: 'jump', from: 'x', index: 2, version: 5 },
      { type: 'state', from: 'x', index: 2, version: 5, whatIf: 'pay' },
      { type: 'state', from: 'x', index: 2, version: 5, whatIf: [3] },
      { type: 'state', from: 'x', index: 2, version: 5, whatIf: [], laser: { x: 1 } },
      { type: 'state', from: 'x', index: 2, version: 5, whatIf: [], spotlight: 7 },
      { type: 'state', from: 'x', index: 2, version: 5, whatIf: [], blank: 'yes' },
      { type: 'hello', from: '' },
    ];
    for (const data of junk) hub.inject(name, data);
    expect(audience.heard).toEqual([]);
    expect(audience.sync.state().index).toBe(0);
  });

  it('reads a valid message field by field, leaving extras out', () => {
    expect(readMessage({ type: 'state', from: 'x', index: 2, version: 5, whatIf: ['pay'], extra: { big: 1 } })).toEqual({ type: 'state', from: 'x', index: 2, version: 5, whatIf: ['pay'], laser: null, spotlight: null, blank: false });
    expect(readMessage({ type: 'bye', from: 'x', index: 'anything' })).toEqual({ type: 'bye', from: 'x' });
    // A channel clones what it carries, but a caller may hand readMessage anything.
    expect(readMessage(Object.assign(Object.create({ polluted: true }) as object, { type: 'goto', from: 'x', index: 2, version: 5 }))).toBeNull();
  });

  it('says goodbye on close and stops hearing and sending', () => {
    const hub = createHub();
    const presenter = openWindow(hub.factory, 'presenter');
    const audience = openWindow(hub.factory, 'audience');
    audience.sync.close();
    expect(presenter.heard.at(-1)).toEqual({ type: 'bye', from: 'audience' });
    presenter.sync.goto(2);
    expect(audience.sync.state().index).toBe(0);
    expect(() => audience.sync.goto(1)).not.toThrow();
    audience.sync.close();
  });

  it('keeps presentations of different maps apart', () => {
    const hub = createHub();
    const a = openWindow(hub.factory, 'a', 'map-a');
    const b = openWindow(hub.factory, 'b', 'map-b');
    a.sync.goto(3);
    expect(b.sync.state().index).toBe(0);
    expect(b.heard).toEqual([]);
  });

  it('works over a real BroadcastChannel', async () => {
    const factory: ChannelFactory = (name) => new BroadcastChannel(name);
    const got = new Promise<PresentMessage>((resolve) => {
      const audience = createPresenterSync(factory, (m) => {
        if (m.type === 'goto') {
          resolve(m);
          audience.close();
        }
      }, { mapId: 'real', id: 'audience' });
    });
    const presenter = createPresenterSync(factory, () => {}, { mapId: 'real', id: 'presenter' });
    presenter.goto(2);
    await expect(got).resolves.toMatchObject({ type: 'goto', index: 2, from: 'presenter' });
    presenter.close();
  });
});
