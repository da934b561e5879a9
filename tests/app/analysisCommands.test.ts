// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commandForKey, runCommand } from '../../src/app/commands/registry.ts';
import { knockOut } from '../../src/analysis/index.ts';
import { select } from '../../src/store/uiStore.ts';
import { mapOf } from '../builders.ts';
import { contextFor } from './commandContext.ts';

const map = mapOf('id>pay', 'pay>checkout', 'pay>wallet', 'id>login', 'ads:platform', 'checkout:service=30', 'wallet:service=10');
const out = (ctx: ReturnType<typeof contextFor>) => [...ctx.ui.getState().knockedOut].sort();
const key = (k: string, shift = false) => ({ key: k, shiftKey: shift, ctrlKey: false, metaKey: false, altKey: false });

describe('knock-out commands', () => {
  it('K knocks out the selection, and K on the same selection restores it', () => {
    const ctx = contextFor(map);
    expect(commandForKey(key('k'), ctx)).toBeUndefined();
    select(ctx.ui, ['pay', 'id']);
    expect(commandForKey(key('k'), ctx)!.id).toBe('knockout.toggle');
    runCommand('knockout.toggle', ctx);
    expect(out(ctx)).toEqual(['id', 'pay']);
    select(ctx.ui, ['pay']);
    runCommand('knockout.toggle', ctx);
    expect(out(ctx)).toEqual(['id']);
    select(ctx.ui, ['pay', 'id']);
    runCommand('knockout.toggle', ctx);
    expect(out(ctx)).toEqual(['id', 'pay']);
  });

  it('a knock-out is not a document change: nothing to undo', () => {
    const ctx = contextFor(map);
    select(ctx.ui, ['pay']);
    runCommand('knockout.toggle', ctx);
    expect(ctx.doc.temporal.getState().pastStates).toHaveLength(0);
    expect(ctx.doc.getState().map).toBe(map);
  });

  it('Shift+K restores everything', () => {
    const ctx = contextFor(map);
    select(ctx.ui, ['pay']);
    runCommand('knockout.toggle', ctx);
    expect(commandForKey(key('K', true), ctx)!.id).toBe('knockout.restore');
    runCommand('knockout.restore', ctx);
    expect(out(ctx)).toEqual([]);
  });

  it('V switches value flow on and off', () => {
    const ctx = contextFor(map);
    runCommand(commandForKey(key('v'), ctx)!.id, ctx);
    expect(ctx.ui.getState().flow).toBe(true);
    runCommand('flow.toggle', ctx);
    expect(ctx.ui.getState().flow).toBe(false);
  });

  it('saving a scenario is one undo step and keeps the knock-out', () => {
    const ctx = contextFor(map);
    expect(runCommand('scenario.save', ctx)).toBe(false);
    select(ctx.ui, ['pay']);
    runCommand('knockout.toggle', ctx);
    expect(runCommand('scenario.save', ctx)).toBe(true);
    expect(ctx.doc.getState().map.scenarios).toEqual([{ id: 'without-pay', name: 'Without pay', removed: ['pay'] }]);
    ctx.doc.temporal.getState().undo();
    expect(ctx.doc.getState().map.scenarios).toBeUndefined();
    ctx.doc.temporal.getState().redo();
    expect(ctx.doc.getState().map.scenarios).toHaveLength(1);
    expect(out(ctx)).toEqual(['pay']);
  });

  it('adding the suggested link lowers the value at risk, and undo takes it away', () => {
    const ctx = contextFor(map);
    select(ctx.ui, ['pay']);
    runCommand('knockout.toggle', ctx);
    const before = knockOut(ctx.doc.getState().map, ['pay']).valueAtRisk;
    expect(runCommand('desilo.apply', ctx)).toBe(true);
    const after = ctx.doc.getState().map;
    expect(after.links.at(-1)).toEqual({ source: 'ads', target: 'checkout', kind: 'supports', weight: 1 });
    expect(knockOut(after, ['pay']).valueAtRisk).toBe(before - 30);
    ctx.doc.temporal.getState().undo();
    expect(ctx.doc.getState().map).toBe(map);
  });

  it('a deleted node leaves the knock-out; another map clears it', async () => {
    const { syncKnockOut } = await import('../../src/store/knockOutSync.ts');
    const ctx = contextFor(map);
    const stop = syncKnockOut(ctx);
    select(ctx.ui, ['pay', 'id']);
    runCommand('knockout.toggle', ctx);
    select(ctx.ui, ['pay']);
    runCommand('edit.delete', ctx);
    expect(out(ctx)).toEqual(['id']);
    ctx.openMap(mapOf('a>b'));
    expect(out(ctx)).toEqual([]);
    stop();
  });
});
