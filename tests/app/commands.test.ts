// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClipboardIo } from '../../src/app/clipboard.ts';
import { commandForKey, COMMANDS, runCommand } from '../../src/app/commands/registry.ts';
import { linkKey } from '../../src/model/links.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { select } from '../../src/store/uiStore.ts';
import { mapOf } from '../builders.ts';
import { contextFor } from './commandContext.ts';

/** Runs a command, checks the change, then that undo gives back the map before and redo the map after. */
function runUndoRedo(ctx: ReturnType<typeof contextFor>, id: string, check: (after: EcoMap, before: EcoMap) => void) {
  const before = ctx.doc.getState().map;
  expect(runCommand(id, ctx)).toBe(true);
  const after = ctx.doc.getState().map;
  expect(after).not.toBe(before);
  check(after, before);
  ctx.doc.temporal.getState().undo();
  expect(ctx.doc.getState().map).toEqual(before);
  ctx.doc.temporal.getState().redo();
  expect(ctx.doc.getState().map).toEqual(after);
}

const ids = (map: EcoMap) => map.nodes.map((n) => n.id);

// The app loads the clipboard's reader once it is up; here, before the first copy.
beforeAll(() => loadClipboardIo());

describe('document commands, each undone and redone', () => {
  it('Add platform adds a named platform where the user looks, selected and being renamed', () => {
    const ctx = contextFor(mapOf('pay>checkout'));
    runUndoRedo(ctx, 'add.platform', (after) => {
      expect(after.nodes.at(-1)).toMatchObject({ id: 'new-platform', kind: 'platform', name: 'New platform', x: 500, y: 500 });
    });
    expect(ctx.ui.getState().renaming).toBe('new-platform');
  });

  it('Add service and Add partner add their kinds, side by side when repeated', () => {
    const ctx = contextFor(mapOf('pay>checkout'));
    runUndoRedo(ctx, 'add.service', (after) => expect(after.nodes.at(-1)!.kind).toBe('service'));
    runUndoRedo(ctx, 'add.partner', (after) => {
      expect(after.nodes.at(-1)).toMatchObject({ kind: 'partner', scope: 'internal' });
      expect(after.nodes.at(-1)!.x).not.toBe(after.nodes.at(-2)!.x);
    });
  });

  it('Delete removes the selected nodes with their links, and selected links', () => {
    const ctx = contextFor(mapOf('pay>checkout', 'pay>search', 'shop~search'));
    select(ctx.ui, ['checkout'], ['search~shop']);
    runUndoRedo(ctx, 'edit.delete', (after) => {
      expect(ids(after)).toEqual(['pay', 'search', 'shop']);
      expect(after.links.map(linkKey)).toEqual(['pay>search']);
    });
  });

  it('Duplicate copies the selection with its inner links, offset, and selects the copies', () => {
    const ctx = contextFor(mapOf('pay>checkout', 'checkout>ads'));
    select(ctx.ui, ['pay', 'checkout']);
    runUndoRedo(ctx, 'edit.duplicate', (after) => {
      expect(ids(after)).toEqual(['pay', 'checkout', 'ads', 'pay-2', 'checkout-2']);
      expect(after.links.map(linkKey)).toContain('pay-2>checkout-2');
      expect(after.nodes.find((n) => n.id === 'pay-2')).toMatchObject({ x: 40, y: 40 });
    });
    expect([...ctx.ui.getState().selection.nodes]).toEqual(['pay-2', 'checkout-2']);
  });

  it('Copy then Paste brings the nodes into another map', () => {
    const source = contextFor(mapOf('pay>checkout'));
    select(source.ui, ['pay', 'checkout']);
    runCommand('edit.copy', source);
    const target = contextFor(mapOf('pay'));
    runUndoRedo(target, 'edit.paste', (after) => {
      expect(ids(after)).toEqual(['pay', 'pay-2', 'checkout']);
      expect(after.links.map(linkKey)).toEqual(['pay-2>checkout']);
    });
  });

  it('Paste of something that is not copied nodes says so and changes nothing', () => {
    const ctx = contextFor(mapOf('pay'));
    localStorage.setItem('ecomap:clipboard', 'not json');
    const before = ctx.doc.getState().map;
    runCommand('edit.paste', ctx);
    expect(ctx.doc.getState().map).toBe(before);
    expect(ctx.ui.getState().notice).toMatchObject({ tone: 'error', text: expect.stringContaining('no copied nodes') });
  });

  it('Move selection shifts the selected nodes and pins them', () => {
    const ctx = contextFor(mapOf('pay>checkout'));
    select(ctx.ui, ['checkout']);
    runUndoRedo(ctx, 'edit.move-right', (after) => expect(after.nodes[1]).toMatchObject({ x: 110, y: 0, pinned: true }));
  });

  it('Pin or unpin pins unpinned nodes at their place, then unpins them', () => {
    const ctx = contextFor(mapOf('pay>checkout'));
    select(ctx.ui, ['pay']);
    runUndoRedo(ctx, 'edit.toggle-pin', (after) => expect(after.nodes[0]).toMatchObject({ pinned: true, x: 0, y: 0 }));
    runUndoRedo(ctx, 'edit.toggle-pin', (after) => expect(after.nodes[0]).not.toHaveProperty('pinned'));
  });

  it('Connect with two selected nodes makes the first support the second', () => {
    const ctx = contextFor(mapOf('pay', 'checkout'));
    select(ctx.ui, ['pay', 'checkout']);
    runUndoRedo(ctx, 'link.connect', (after) => expect(after.links).toEqual([{ source: 'pay', target: 'checkout', kind: 'supports', weight: 1 }]));
  });

  it('Connect with one selected node waits for the node it will support', () => {
    const ctx = contextFor(mapOf('pay', 'checkout'));
    select(ctx.ui, ['pay']);
    runCommand('link.connect', ctx);
    expect(ctx.ui.getState().connecting).toBe('pay');
  });

  it('Switch link kind turns supports into collaborates and keeps it selected', () => {
    const ctx = contextFor(mapOf('pay>checkout'));
    select(ctx.ui, [], ['pay>checkout']);
    runUndoRedo(ctx, 'link.toggle-kind', (after) => expect(after.links[0]!.kind).toBe('collaborates'));
    expect([...ctx.ui.getState().selection.links]).toEqual(['checkout~pay']);
  });

  it('Reverse link turns a supports link around', () => {
    const ctx = contextFor(mapOf('pay>checkout'));
    select(ctx.ui, [], ['pay>checkout']);
    runUndoRedo(ctx, 'link.reverse', (after) => expect(after.links[0]).toMatchObject({ source: 'checkout', target: 'pay' }));
  });

  it('Undo and Redo are commands too', () => {
    const ctx = contextFor(mapOf('pay'));
    expect(runCommand('edit.undo', ctx)).toBe(false);
    runCommand('add.service', ctx);
    expect(runCommand('edit.undo', ctx)).toBe(true);
    expect(ids(ctx.doc.getState().map)).toEqual(['pay']);
    expect(runCommand('edit.redo', ctx)).toBe(true);
    expect(ids(ctx.doc.getState().map)).toEqual(['pay', 'new-service']);
  });
});

describe('the command registry', () => {
  it('gives every command a unique id and a label', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) expect(c.label.length).toBeGreaterThan(2);
  });

  it('gives no two commands the same shortcut, except Enter: connect while connecting, else rename', () => {
    const keys = COMMANDS.flatMap((c) => c.keys ?? []).filter((k) => k !== 'Enter');
    expect(new Set(keys).size).toBe(keys.length);
    const ctx = contextFor(mapOf('pay', 'checkout'));
    const enter = { key: 'Enter', ctrlKey: false, shiftKey: false, altKey: false, metaKey: false };
    select(ctx.ui, ['pay']);
    expect(commandForKey(enter, ctx)?.id).toBe('edit.rename');
    ctx.ui.setState({ connecting: 'pay', focused: 'checkout' });
    expect(commandForKey(enter, ctx)?.id).toBe('link.connect-focused');
  });

  it('finds the command a key press starts', () => {
    const key = (key: string, mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
      commandForKey({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods })?.id;
    expect(key('z', { ctrlKey: true })).toBe('edit.undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('edit.redo');
    expect(key('?', { shiftKey: true })).toBe('help.shortcuts');
    expect(key('P', { shiftKey: true })).toBe('add.platform');
    expect(key('p')).toBe('present.start');
    expect(key('Delete')).toBe('edit.delete');
  });

  it('does not run a command that cannot run now', () => {
    const ctx = contextFor(mapOf('pay'));
    expect(runCommand('edit.delete', ctx)).toBe(false);
  });
});
