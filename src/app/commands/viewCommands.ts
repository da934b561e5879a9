import { NO_FILTER } from '../../store/uiStore.ts';
import type { Command, CommandContext } from './command.ts';

const oneNode = (ctx: CommandContext) => ctx.ui.getState().selection.nodes.size === 1;

function focusHops(hops: number) {
  return (ctx: CommandContext) => {
    const id = [...ctx.ui.getState().selection.nodes][0];
    if (!id) return;
    const current = ctx.ui.getState().filter;
    const off = current.focus?.id === id && current.focus.hops === hops;
    ctx.ui.setState({ filter: { ...current, focus: off ? null : { id, hops } } });
  };
}

export const viewCommands: readonly Command[] = [
  { id: 'focus.left', label: 'Focus the node to the left', group: 'Select', keys: ['ArrowLeft'], run: (ctx) => ctx.view.traverse('left') },
  { id: 'focus.right', label: 'Focus the node to the right', group: 'Select', keys: ['ArrowRight'], run: (ctx) => ctx.view.traverse('right') },
  { id: 'focus.up', label: 'Focus the node above', group: 'Select', keys: ['ArrowUp'], run: (ctx) => ctx.view.traverse('up') },
  { id: 'focus.down', label: 'Focus the node below', group: 'Select', keys: ['ArrowDown'], run: (ctx) => ctx.view.traverse('down') },
  { id: 'view.fit', label: 'Fit to screen', group: 'View', keys: ['Shift+1'], places: ['toolbar', 'canvas-menu'], run: (ctx) => ctx.view.fit() },
  { id: 'view.zoom-selection', label: 'Zoom to selection', group: 'View', keys: ['Shift+2'], places: ['node-menu'], enabled: (ctx) => ctx.ui.getState().selection.nodes.size > 0, run: (ctx) => ctx.view.zoomToSelection() },
  { id: 'view.focus-1', label: 'Focus on node and neighbours', group: 'View', keys: ['F'], places: ['node-menu'], enabled: oneNode, run: focusHops(1) },
  { id: 'view.focus-2', label: 'Focus on node, 2 hops out', group: 'View', enabled: oneNode, run: focusHops(2) },
  { id: 'view.clear-filter', label: 'Show all nodes (clear search and filters)', group: 'View', run: (ctx) => ctx.ui.setState({ filter: NO_FILTER }) },
  { id: 'view.search', label: 'Search nodes', group: 'View', keys: ['/', 'Mod+F'], run: () => document.getElementById('em-search')?.focus() },
  { id: 'view.theme', label: 'Switch light / dark theme', group: 'View', places: ['toolbar'], run: (ctx) => ctx.ui.setState({ theme: ctx.ui.getState().theme === 'light' ? 'dark' : 'light' }) },
  { id: 'view.table', label: 'Table of nodes and links', group: 'View', keys: ['Shift+T'], run: (ctx) => ctx.ui.setState({ dialog: ctx.ui.getState().dialog === 'table' ? null : 'table' }) },
  { id: 'layout.rerun', label: 'Re-run layout', group: 'Layout', keys: ['Shift+R'], places: ['toolbar', 'canvas-menu'], run: (ctx) => ctx.view.relayout() },
  {
    id: 'layout.stack', label: 'Switch force / platform-stack layout', group: 'Layout', keys: ['Shift+L'], places: ['toolbar'],
    checked: (ctx) => ctx.ui.getState().layoutMode === 'stack',
    run: (ctx) => ctx.ui.setState({ layoutMode: ctx.ui.getState().layoutMode === 'force' ? 'stack' : 'force' }),
  },
  { id: 'layout.lock', label: 'Lock or unlock layout', group: 'Layout', places: ['toolbar'], checked: (ctx) => ctx.ui.getState().layoutLocked, run: (ctx) => ctx.ui.setState({ layoutLocked: !ctx.ui.getState().layoutLocked }) },
  { id: 'help.palette', label: 'Command palette', group: 'Help', keys: ['Mod+K'], places: ['toolbar'], run: (ctx) => ctx.ui.setState({ dialog: ctx.ui.getState().dialog === 'palette' ? null : 'palette' }) },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', group: 'Help', keys: ['?'], places: ['toolbar'], run: (ctx) => ctx.ui.setState({ dialog: ctx.ui.getState().dialog === 'help' ? null : 'help' }) },
  { id: 'map.list', label: 'Your maps…', group: 'Map', keys: ['Mod+O'], places: ['toolbar'], run: (ctx) => ctx.ui.setState({ dialog: 'maps' }) },
  { id: 'map.examples', label: 'Open an example…', group: 'Map', places: ['toolbar'], run: (ctx) => ctx.ui.setState({ dialog: 'examples' }) },
];
