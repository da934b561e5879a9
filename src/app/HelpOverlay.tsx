import { keyLabel } from './commands/keys.ts';
import { COMMANDS } from './commands/registry.ts';
import type { CommandGroup } from './commands/command.ts';

const GESTURES: readonly [string, string][] = [
  ['Double-click the canvas', 'Add a node there'],
  ['Drag from a node’s handle to another node', 'It supports that node'],
  ['Drag a node', 'Move it; it stays pinned where dropped'],
  ['Shift + drag on the canvas', 'Select a rectangle of nodes'],
  ['Drag the canvas · scroll', 'Pan · zoom'],
  ['Double-click a node', 'Rename it'],
  ['Right-click', 'What you can do there'],
];

/** `?`: every shortcut, from the same registry that runs them, and the mouse gestures. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const groups = new Map<CommandGroup, typeof COMMANDS[number][]>();
  for (const c of COMMANDS) if (c.keys?.length) (groups.get(c.group) ?? groups.set(c.group, []).get(c.group)!).push(c);
  return (
    <div className="em-dialog em-help" role="dialog" aria-modal="true" aria-labelledby="em-help-title">
      <div className="em-dialog-head">
        <h2 id="em-help-title">Keyboard shortcuts</h2>
        <button type="button" autoFocus onClick={onClose}>Close</button>
      </div>
      <div className="em-help-columns">
        {[...groups].map(([group, commands]) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl>
              {commands.map((c) => (
                <div key={c.id}>
                  <dt>{c.keys!.map((k) => <kbd key={k}>{keyLabel(k)}</kbd>)}</dt>
                  <dd>{c.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Mouse</h3>
          <dl>
            {GESTURES.map(([gesture, what]) => (
              <div key={gesture}>
                <dt>{gesture}</dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}
