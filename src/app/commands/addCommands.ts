import { addNode } from '../../model/nodes.ts';
import { newNode } from '../../model/newNode.ts';
import type { NodeKind } from '../../model/types.ts';
import { commit } from '../../store/documentStore.ts';
import { select } from '../../store/uiStore.ts';
import type { Command, CommandContext } from './command.ts';

/**
 * Adds a node of `kind` where the user is looking (or at `at`), selects it and starts renaming it;
 * its id, or null when the map may not change here (another tab owns it).
 */
export function addNodeAt(ctx: CommandContext, kind: NodeKind, at = ctx.view.center()): string | null {
  const map = ctx.doc.getState().map;
  // Nudge off any node already at that spot, so repeated adds do not stack up.
  const taken = (p: { x: number; y: number }) => map.nodes.some((n) => n.x !== undefined && n.y !== undefined && Math.hypot(n.x - p.x, n.y - p.y) < 30);
  let point = at;
  for (let i = 1; taken(point) && i < 50; i++) point = { x: at.x + 40 * i, y: at.y + 25 * (i % 3) };
  const node = newNode(map, kind, point);
  if (!commit(ctx.doc, `Add ${kind}`, (m) => addNode(m, node))) return null;
  ctx.live.setSome(new Map([[node.id, { x: node.x!, y: node.y! }]]));
  select(ctx.ui, [node.id]);
  ctx.ui.setState({ renaming: node.id, dialog: null });
  return node.id;
}

const editable = (ctx: CommandContext) => !ctx.doc.getState().readOnly;

export const addCommands: readonly Command[] = [
  { id: 'add.platform', label: 'Add platform', group: 'Add', keys: ['Shift+P'], places: ['toolbar', 'canvas-menu'], enabled: editable, run: (ctx) => void addNodeAt(ctx, 'platform') },
  { id: 'add.service', label: 'Add service', group: 'Add', keys: ['Shift+S'], places: ['toolbar', 'canvas-menu'], enabled: editable, run: (ctx) => void addNodeAt(ctx, 'service') },
  { id: 'add.partner', label: 'Add partner', group: 'Add', keys: ['Shift+A'], places: ['toolbar', 'canvas-menu'], enabled: editable, run: (ctx) => void addNodeAt(ctx, 'partner') },
  { id: 'add.choose', label: 'Add a node…', group: 'Add', keys: ['N'], enabled: editable, run: (ctx) => ctx.ui.setState({ dialog: 'add-kind' }) },
];
