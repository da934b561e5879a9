// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette } from '../../src/app/CommandPalette.tsx';
import { COMMANDS } from '../../src/app/commands/registry.ts';
import { HelpOverlay } from '../../src/app/HelpOverlay.tsx';
import { Toolbar } from '../../src/app/Toolbar.tsx';
import { updateNodes } from '../../src/model/nodes.ts';
import { SearchBar } from '../../src/panels/SearchBar.tsx';
import { StoresProvider } from '../../src/store/context.ts';
import { NO_FILTER } from '../../src/store/uiStore.ts';
import { mapOf } from '../builders.ts';
import { contextFor } from './commandContext.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const nodeIds = (ctx: ReturnType<typeof contextFor>) => ctx.doc.getState().map.nodes.map((n) => n.id);

function renderToolbar() {
  const ctx = contextFor(mapOf('pay>checkout'));
  render(<Toolbar ctx={ctx} title="Payments" />);
  return { ctx, user: userEvent.setup() };
}

describe('the toolbar', () => {
  it('shows the layout switches as pressed while they are on', async () => {
    const { ctx, user } = renderToolbar();
    const stack = screen.getByRole('button', { name: 'Platform stack' });
    const lock = screen.getByRole('button', { name: 'Lock layout' });
    expect(stack.getAttribute('aria-pressed')).toBe('false');
    await user.click(stack);
    expect(ctx.ui.getState().layoutMode).toBe('stack');
    expect(stack.getAttribute('aria-pressed')).toBe('true');
    await user.click(lock);
    expect(lock.getAttribute('aria-pressed')).toBe('true');
    expect(ctx.ui.getState().layoutLocked).toBe(true);
  });

  it('offers commands from the registry, each titled with its name and shortcut', () => {
    renderToolbar();
    const buttons = within(screen.getByRole('toolbar', { name: 'Map tools' })).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['+ Platform', '+ Service', '+ Partner', 'Undo', 'Redo', 'Fit', 'Re-layout', 'Platform stack', 'Lock layout', 'Knock out', 'Value flow', 'Analysis', 'Scenes', 'Present', 'Open', 'Export', 'Share link', 'Maps', 'Examples', 'Theme', 'Commands', '?']);
    for (const b of buttons) expect(COMMANDS.some((c) => b.title === c.label || b.title.startsWith(`${c.label} (`))).toBe(true);
    expect(button('+ Platform').title).toBe('Add platform (Shift+P)');
    expect(button('Undo').title).toBe('Undo (Ctrl+Z)');
    expect(button('Redo').title).toBe('Redo (Ctrl+Shift+Z)');
    expect(button('Undo').getAttribute('aria-keyshortcuts')).toBe('Control+Z');
    expect(button('Examples').title).toBe('Open an example…');
  });

  it('runs the command a button stands for', async () => {
    const { ctx, user } = renderToolbar();
    await user.click(button('Fit'));
    await user.click(button('Re-layout'));
    expect(ctx.calls).toEqual(['fit', 'relayout']);
    await user.click(button('Theme'));
    expect(ctx.ui.getState().theme).toBe('dark');
    await user.click(button('?'));
    expect(ctx.ui.getState().dialog).toBe('help');
  });

  it('disables Undo and Redo with no history, and enables Undo after a change', async () => {
    const { ctx, user } = renderToolbar();
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(true);
    await user.click(button('+ Platform'));
    expect(ctx.doc.getState().map.nodes.at(-1)).toMatchObject({ kind: 'platform', x: 500, y: 500 });
    expect(button('Undo').disabled).toBe(false);
    expect(button('Redo').disabled).toBe(true);
  });

  it('undoes with Undo and puts the change back with Redo', async () => {
    const { ctx, user } = renderToolbar();
    await user.click(button('+ Service'));
    expect(nodeIds(ctx)).toEqual(['pay', 'checkout', 'new-service']);
    await user.click(button('Undo'));
    expect(nodeIds(ctx)).toEqual(['pay', 'checkout']);
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(false);
    await user.click(button('Redo'));
    expect(nodeIds(ctx)).toEqual(['pay', 'checkout', 'new-service']);
  });
});

describe('the command palette', () => {
  function renderPalette() {
    const ctx = contextFor(mapOf('pay>checkout'));
    const onClose = vi.fn();
    render(<CommandPalette ctx={ctx} onClose={onClose} />);
    return { ctx, onClose, user: userEvent.setup() };
  }
  const options = () => screen.queryAllByRole('option').map((o) => o.textContent);
  const highlighted = () => screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true')?.textContent;

  it('lists only commands that can run now, and narrows them as you type', async () => {
    const { user } = renderPalette();
    expect(options()).not.toContainEqual(expect.stringContaining('Undo'));
    expect(options()).toContainEqual(expect.stringContaining('Fit to screen'));
    await user.keyboard('add plat');
    expect(options()).toEqual(['Add Add platformShift+P']);
    await user.clear(screen.getByRole('combobox', { name: 'Type a command' }));
    await user.keyboard('zzz');
    expect(options()).toEqual([]);
    expect(screen.getByText('No command matches “zzz”.')).toBeTruthy();
  });

  it('runs the command the arrow keys highlight when Enter is pressed, and closes', async () => {
    const { ctx, onClose, user } = renderPalette();
    await user.keyboard('add');
    expect(options().slice(0, 3)).toEqual(['Add Add platformShift+P', 'Add Add serviceShift+S', 'Add Add partnerShift+A']);
    expect(highlighted()).toBe('Add Add platformShift+P');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(highlighted()).toBe('Add Add serviceShift+S');
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(ctx.doc.getState().map.nodes.at(-1)!.kind).toBe('service');
  });

  it('closes on Escape without running anything', async () => {
    const { ctx, onClose, user } = renderPalette();
    const before = ctx.doc.getState().map;
    await user.keyboard('add{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(ctx.doc.getState().map).toBe(before);
  });
});

describe('the help overlay', () => {
  const section = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('section') as HTMLElement;
  const rows = (name: string) => [...section(name).querySelectorAll('dl > div')].map((row) => `${row.querySelector('dt')!.textContent} ${row.querySelector('dd')!.textContent}`);

  it('lists every shortcut grouped as the registry groups them', () => {
    render(<HelpOverlay onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([...new Set(COMMANDS.filter((c) => c.keys?.length).map((c) => c.group)), 'Mouse']);
    expect(rows('Add')).toEqual(['Shift+P Add platform', 'Shift+S Add service', 'Shift+A Add partner', 'N Add a node…']);
    expect(rows('Edit')).toContain('Ctrl+Shift+ZCtrl+Y Redo');
    expect(screen.queryByText('Open an example…')).toBeNull();
  });

  it('lists the mouse gestures, and Close closes it', async () => {
    const onClose = vi.fn();
    render(<HelpOverlay onClose={onClose} />);
    expect(rows('Mouse')).toContain('Double-click the canvas Add a node there');
    expect(rows('Mouse')).toContain('Shift + drag on the canvas Select a rectangle of nodes');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('the search bar', () => {
  function renderSearch() {
    const map = updateNodes(mapOf('pay>checkout', 'pay>search', 'bank:partner'), new Map([
      ['pay', { name: 'Payments', tags: ['core'], owner: 'Ana' }],
      ['checkout', { name: 'Checkout', tags: ['core', 'web'], owner: 'Ben' }],
      ['search', { name: 'Search', tags: ['web'], owner: 'Ana' }],
    ]));
    const ctx = contextFor(map);
    render(<StoresProvider stores={ctx}><SearchBar /></StoresProvider>);
    return { ctx, user: userEvent.setup() };
  }
  const shown = () => screen.queryByRole('status')?.textContent ?? null;

  it('fades nothing while empty: no count and no Show all', () => {
    renderSearch();
    expect(shown()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Show kinds' })).getAllByRole('button').map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false']);
  });

  it('reports how many nodes match the text typed', async () => {
    const { user } = renderSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Search nodes by name' }), 'ch');
    expect(shown()).toBe('2 of 4 shown');
    await user.type(screen.getByRole('searchbox'), 'eck');
    expect(shown()).toBe('1 of 4 shown');
  });

  it('reports how many match the kinds, tag and owner chosen', async () => {
    const { user } = renderSearch();
    await user.click(button('services'));
    expect(button('services').getAttribute('aria-pressed')).toBe('true');
    expect(shown()).toBe('2 of 4 shown');
    await user.click(button('partners'));
    expect(shown()).toBe('3 of 4 shown');
    await user.click(button('partners'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by tag' }), 'web');
    expect(shown()).toBe('2 of 4 shown');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by owner' }), 'Ana');
    expect(shown()).toBe('1 of 4 shown');
  });

  it('clears the search and every filter with Show all', async () => {
    const { ctx, user } = renderSearch();
    await user.type(screen.getByRole('searchbox'), 'pay');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by owner' }), 'Ben');
    expect(shown()).toBe('0 of 4 shown');
    await user.click(button('Show all'));
    expect(ctx.ui.getState().filter).toBe(NO_FILTER);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Filter by owner' }) as HTMLSelectElement).value).toBe('');
    expect(shown()).toBeNull();
  });

  it('selects the first match on Enter, empties the search and moves focus to that node on the canvas', async () => {
    // jsdom has no CSS.escape; the ids here need no escaping.
    vi.stubGlobal('CSS', { escape: (s: string) => s });
    const { ctx, user } = renderSearch();
    render(<svg className="em-canvas"><g data-id="checkout" tabIndex={0} /></svg>);
    await user.type(screen.getByRole('searchbox'), 'ch{Enter}');
    expect([...ctx.ui.getState().selection.nodes]).toEqual(['checkout']);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(shown()).toBeNull();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-id')).toBe('checkout'));
  });

  it('offers the tags and owners used on the map', () => {
    renderSearch();
    const choices = (name: string) => within(screen.getByRole('combobox', { name })).getAllByRole('option').map((o) => o.textContent);
    expect(choices('Filter by tag')).toEqual(['any tag', 'core', 'web']);
    expect(choices('Filter by owner')).toEqual(['any owner', 'Ana', 'Ben']);
  });

  it('follows a filter set elsewhere, such as from a node’s menu', () => {
    const { ctx } = renderSearch();
    act(() => ctx.ui.setState({ filter: { ...NO_FILTER, owner: 'Ben' } }));
    expect(shown()).toBe('1 of 4 shown');
  });
});
