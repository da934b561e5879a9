import { fragmentOf, insertFragment } from '../../model/fragment.ts';
import { removeLinks } from '../../model/links.ts';
import { placeNodes, removeNodes, updateNodes } from '../../model/nodes.ts';
import type { NodePatch } from '../../model/nodes.ts';
import { commit } from '../../store/documentStore.ts';
import { EMPTY_SELECTION, notify, select } from '../../store/uiStore.ts';
import { copyFragment, pastedFragment, withClipboardIo } from '../clipboard.ts';
import type { Command, CommandContext } from './command.ts';

const hasNodes = (ctx: CommandContext) => ctx.ui.getState().selection.nodes.size > 0;
const hasAny = (ctx: CommandContext) => hasNodes(ctx) || ctx.ui.getState().selection.links.size > 0;
const selectedNodes = (ctx: CommandContext) => ctx.ui.getState().selection.nodes;

/** Pastes the copied nodes near where the user is looking and selects the copies. */
export function pasteAt(ctx: CommandContext, text?: string): void {
  withClipboardIo(() => pasteNow(ctx, text));
}

function pasteNow(ctx: CommandContext, text?: string): void {
  const pasted = pastedFragment(text);
  if (!pasted.ok) return notify(ctx.ui, pasted.error, 'error');
  const { fragment } = pasted;
  const placed = fragment.nodes.filter((n) => n.x !== undefined && n.y !== undefined);
  const center = ctx.view.center();
  const cx = placed.length ? placed.reduce((s, n) => s + n.x!, 0) / placed.length : center.x;
  const cy = placed.length ? placed.reduce((s, n) => s + n.y!, 0) / placed.length : center.y;
  let ids: string[] = [];
  commit(ctx.doc, 'Paste', (map) => {
    const result = insertFragment(map, fragment, center.x - cx + 30, center.y - cy + 30);
    ids = result.ids;
    return result.map;
  });
  select(ctx.ui, ids);
}

function nudge(dx: number, dy: number) {
  return (ctx: CommandContext) => {
    const ids = selectedNodes(ctx);
    const points = new Map<string, { x: number; y: number }>();
    for (const id of ids) {
      const p = ctx.live.get(id);
      if (p) points.set(id, { x: p.x + dx, y: p.y + dy });
    }
    if (commit(ctx.doc, 'Move', (map) => placeNodes(map, points, true))) ctx.live.setSome(points);
  };
}

export const editCommands: readonly Command[] = [
  { id: 'edit.undo', label: 'Undo', group: 'Edit', keys: ['Mod+Z'], places: ['toolbar'], enabled: (ctx) => !ctx.doc.getState().readOnly && ctx.doc.temporal.getState().pastStates.length > 0, run: (ctx) => ctx.doc.temporal.getState().undo() },
  { id: 'edit.redo', label: 'Redo', group: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'], places: ['toolbar'], enabled: (ctx) => !ctx.doc.getState().readOnly && ctx.doc.temporal.getState().futureStates.length > 0, run: (ctx) => ctx.doc.temporal.getState().redo() },
  {
    id: 'edit.delete', label: 'Delete', group: 'Edit', keys: ['Delete', 'Backspace'], places: ['node-menu', 'link-menu'], enabled: hasAny,
    run: (ctx) => {
      const { nodes, links } = ctx.ui.getState().selection;
      const count = nodes.size + links.size;
      commit(ctx.doc, count === 1 ? 'Delete' : `Delete ${count} items`, (map) => removeLinks(removeNodes(map, nodes), links));
      ctx.ui.setState({ selection: EMPTY_SELECTION });
    },
  },
  {
    id: 'edit.duplicate', label: 'Duplicate', group: 'Edit', keys: ['Mod+D'], places: ['node-menu'], enabled: hasNodes,
    run: (ctx) => {
      const ids = selectedNodes(ctx);
      const placed = new Map([...ids].flatMap((id) => { const p = ctx.live.get(id); return p ? [[id, p] as const] : []; }));
      let copies: string[] = [];
      commit(ctx.doc, 'Duplicate', (map) => {
        const result = insertFragment(placeNodes(map, placed), fragmentOf(placeNodes(map, placed), ids), 40, 40);
        copies = result.ids;
        return result.map;
      });
      select(ctx.ui, copies);
    },
  },
  {
    id: 'edit.copy', label: 'Copy', group: 'Edit', keys: ['Mod+C'], places: ['node-menu'], enabled: hasNodes,
    run: (ctx) => {
      const ids = selectedNodes(ctx);
      const placed = placeNodes(ctx.doc.getState().map, new Map([...ids].flatMap((id) => { const p = ctx.live.get(id); return p ? [[id, p] as const] : []; })));
      copyFragment(fragmentOf(placed, ids));
      notify(ctx.ui, ids.size === 1 ? 'Copied 1 node' : `Copied ${ids.size} nodes`);
    },
  },
  { id: 'edit.paste', label: 'Paste', group: 'Edit', keys: ['Mod+V'], places: ['canvas-menu'], run: (ctx) => pasteAt(ctx) },
  {
    id: 'edit.rename', label: 'Rename', group: 'Edit', keys: ['Enter', 'F2'], places: ['node-menu'], enabled: (ctx) => selectedNodes(ctx).size === 1 && ctx.ui.getState().connecting === null,
    run: (ctx) => ctx.ui.setState({ renaming: [...selectedNodes(ctx)][0] ?? null }),
  },
  {
    id: 'edit.toggle-pin', label: 'Pin or unpin', group: 'Edit', places: ['node-menu'], enabled: hasNodes,
    run: (ctx) => {
      const map = ctx.doc.getState().map;
      const ids = selectedNodes(ctx);
      const pin = map.nodes.some((n) => ids.has(n.id) && !n.pinned);
      const patches = new Map<string, NodePatch>();
      for (const id of ids) {
        const p = ctx.live.get(id);
        patches.set(id, pin && p ? { pinned: true, x: Math.round(p.x), y: Math.round(p.y) } : { pinned: undefined });
      }
      commit(ctx.doc, pin ? 'Pin' : 'Unpin', (m) => updateNodes(m, patches));
    },
  },
  { id: 'select.all', label: 'Select all', group: 'Select', keys: ['Mod+A'], run: (ctx) => select(ctx.ui, ctx.doc.getState().map.nodes.map((n) => n.id)) },
  { id: 'select.none', label: 'Clear selection', group: 'Select', keys: ['Escape'], run: (ctx) => ctx.ui.setState({ selection: EMPTY_SELECTION, dialog: null, connecting: null }) },
  { id: 'edit.move-left', label: 'Move selection left', group: 'Edit', keys: ['Shift+ArrowLeft'], enabled: hasNodes, run: nudge(-10, 0) },
  { id: 'edit.move-right', label: 'Move selection right', group: 'Edit', keys: ['Shift+ArrowRight'], enabled: hasNodes, run: nudge(10, 0) },
  { id: 'edit.move-up', label: 'Move selection up', group: 'Edit', keys: ['Shift+ArrowUp'], enabled: hasNodes, run: nudge(0, -10) },
  { id: 'edit.move-down', label: 'Move selection down', group: 'Edit', keys: ['Shift+ArrowDown'], enabled: hasNodes, run: nudge(0, 10) },
];
