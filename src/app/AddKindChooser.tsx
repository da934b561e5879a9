import type { NodeKind } from '../model/types.ts';
import { addNodeAt } from './commands/addCommands.ts';
import type { CommandContext } from './commands/command.ts';

const KINDS: readonly [NodeKind, string, string][] = [
  ['platform', 'Platform', 'lifts other products up'],
  ['service', 'Service', 'gives users an experience, earns value'],
  ['partner', 'Partner', 'a team or company you work with'],
];

/** After a double-click on the canvas (or `N`): which kind of node to add there. */
export function AddKindChooser({ ctx, at, client, onClose }: { ctx: CommandContext; at?: { x: number; y: number }; client?: { x: number; y: number }; onClose: () => void }) {
  const add = (kind: NodeKind) => {
    onClose();
    addNodeAt(ctx, kind, at);
  };
  return (
    <div
      className="em-dialog em-chooser"
      role="dialog"
      aria-label="Add a node"
      style={client ? { left: client.x, top: client.y, transform: 'none' } : undefined}
      onKeyDown={(e) => {
        const i = ['1', '2', '3'].indexOf(e.key);
        if (i >= 0) (e.preventDefault(), add(KINDS[i]![0]));
        if (e.key === 'Escape') (e.stopPropagation(), onClose());
      }}
    >
      <p>Add a…</p>
      {KINDS.map(([kind, label, hint], i) => (
        <button key={kind} type="button" autoFocus={i === 0} onClick={() => add(kind)}>
          <kbd>{i + 1}</kbd> {label} <small>{hint}</small>
        </button>
      ))}
    </div>
  );
}
