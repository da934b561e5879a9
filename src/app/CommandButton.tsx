import { useSyncExternalStore } from 'react';
import type { Command, CommandContext } from './commands/command.ts';
import { keyLabel } from './commands/keys.ts';
import { isEnabled } from './commands/registry.ts';

/** Whether a command can run, re-read whenever the document or the UI changes. */
export function useEnabled(command: Command, ctx: CommandContext): boolean {
  const subscribe = (listener: () => void) => {
    const a = ctx.doc.subscribe(listener);
    const b = ctx.ui.subscribe(listener);
    const c = ctx.doc.temporal.subscribe(listener);
    return () => (a(), b(), c());
  };
  return useSyncExternalStore(subscribe, () => isEnabled(command, ctx));
}

/** Whether a switch command is on, re-read whenever the UI changes. */
function useChecked(command: Command, ctx: CommandContext): boolean | undefined {
  return useSyncExternalStore(ctx.ui.subscribe, () => command.checked?.(ctx));
}

/** A button that runs a command, labelled with its shortcut; a switch shows whether it is on. */
export function CommandButton({ command, ctx, label, className }: { command: Command; ctx: CommandContext; label?: string; className?: string }) {
  const enabled = useEnabled(command, ctx);
  const checked = useChecked(command, ctx);
  const shortcut = command.keys?.[0];
  return (
    <button
      type="button"
      className={className}
      disabled={!enabled}
      aria-pressed={checked}
      title={shortcut ? `${command.label} (${keyLabel(shortcut)})` : command.label}
      aria-keyshortcuts={shortcut?.replace('Mod', 'Control')}
      onClick={() => command.run(ctx)}
    >
      {label ?? command.label}
    </button>
  );
}
