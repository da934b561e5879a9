import { reverseLink, toggleLinkKind } from '../../model/links.ts';
import { connectNodes } from '../../store/actions.ts';
import { linkKey } from '../../model/links.ts';
import { commit } from '../../store/documentStore.ts';
import { notify, select } from '../../store/uiStore.ts';
import type { Command, CommandContext } from './command.ts';

const oneLink = (ctx: CommandContext) => ctx.ui.getState().selection.links.size === 1;
const theLink = (ctx: CommandContext) => [...ctx.ui.getState().selection.links][0]!;

export function connect(ctx: CommandContext, source: string, target: string): void {
  connectNodes(ctx, source, target);
}

export const linkCommands: readonly Command[] = [
  {
    id: 'link.connect-focused', label: 'Connect to the focused node', group: 'Link', keys: ['Enter'],
    enabled: (ctx) => ctx.ui.getState().connecting !== null && ctx.ui.getState().focused !== null,
    run: (ctx) => void connectNodes(ctx, ctx.ui.getState().connecting!, ctx.ui.getState().focused!),
  },
  {
    id: 'link.connect', label: 'Connect to…', group: 'Link', keys: ['C'], places: ['node-menu'],
    enabled: (ctx) => ctx.ui.getState().selection.nodes.size === 1 || ctx.ui.getState().selection.nodes.size === 2,
    run: (ctx) => {
      const ids = [...ctx.ui.getState().selection.nodes];
      if (ids.length === 2) return connect(ctx, ids[0]!, ids[1]!);
      ctx.ui.setState({ connecting: ids[0] ?? null });
      notify(ctx.ui, 'Choose the node it supports: click it, or move with the arrow keys and press Enter. Esc cancels.');
    },
  },
  {
    id: 'link.toggle-kind', label: 'Switch supports / collaborates', group: 'Link', keys: ['T'], places: ['link-menu'], enabled: oneLink,
    run: (ctx) => {
      const before = ctx.doc.getState().map.links.find((l) => linkKey(l) === theLink(ctx));
      if (!before) return;
      if (!commit(ctx.doc, 'Switch link kind', (map) => toggleLinkKind(map, theLink(ctx)))) return notify(ctx.ui, 'A link of that kind already joins these nodes.', 'error');
      select(ctx.ui, [], [linkKey({ ...before, kind: before.kind === 'supports' ? 'collaborates' : 'supports' })]);
    },
  },
  {
    id: 'link.reverse', label: 'Reverse link', group: 'Link', keys: ['R'], places: ['link-menu'], enabled: oneLink,
    run: (ctx) => {
      const before = ctx.doc.getState().map.links.find((l) => linkKey(l) === theLink(ctx));
      if (!before || before.kind !== 'supports') return notify(ctx.ui, 'Only a supports link has a direction to reverse.', 'error');
      if (!commit(ctx.doc, 'Reverse link', (map) => reverseLink(map, theLink(ctx)))) return notify(ctx.ui, 'The reverse link already exists.', 'error');
      select(ctx.ui, [], [linkKey({ ...before, source: before.target, target: before.source })]);
    },
  },
];
