import { addCommands } from './addCommands.ts';
import { analysisCommands } from './analysisCommands.ts';
import type { Command, CommandContext } from './command.ts';
import { editCommands } from './editCommands.ts';
import { fileCommands } from './fileCommands.ts';
import { matchesKey } from './keys.ts';
import { linkCommands } from './linkCommands.ts';
import { presentCommands } from './presentCommands.ts';
import { viewCommands } from './viewCommands.ts';

/** Every user action, once. */
export const COMMANDS: readonly Command[] = [...addCommands, ...editCommands, ...linkCommands, ...viewCommands, ...analysisCommands, ...presentCommands, ...fileCommands];

const byId = new Map(COMMANDS.map((c) => [c.id, c]));

export function commandById(id: string): Command {
  const command = byId.get(id);
  if (!command) throw new Error(`No command "${id}"`);
  return command;
}

export function isEnabled(command: Command, ctx: CommandContext): boolean {
  return command.enabled ? command.enabled(ctx) : true;
}

/** Runs a command if it can run now; returns whether it ran. */
export function runCommand(id: string, ctx: CommandContext): boolean {
  const command = commandById(id);
  if (!isEnabled(command, ctx)) return false;
  command.run(ctx);
  return true;
}

/** The command a key press starts: the first with that key that can run now (when a context is given). */
export function commandForKey(event: Parameters<typeof matchesKey>[0], ctx?: CommandContext): Command | undefined {
  return COMMANDS.find((c) => c.keys?.some((k) => matchesKey(event, k)) && (!ctx || isEnabled(c, ctx)));
}
