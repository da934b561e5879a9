import { UsageError } from './errors.ts';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'analyze'; readonly file: string; readonly remove: readonly string[]; readonly json: boolean }
  | { readonly kind: 'convert'; readonly input: string; readonly output: string };

/** Flags each command takes, and whether the flag is followed by a value. */
export type FlagTypes = Record<string, 'value' | 'switch'>;

const FLAGS: Record<'analyze' | 'convert', FlagTypes> = {
  analyze: { '--remove': 'value', '--json': 'switch' },
  convert: { '-o': 'value', '--output': 'value' },
};

/**
 * The command a list of arguments asks for. `--help` and `--version` win wherever they stand;
 * anything else that does not fit throws a UsageError.
 */
export function parseArgs(args: readonly string[]): Command {
  const endOfFlags = args.indexOf('--');
  const flagZone = endOfFlags < 0 ? args : args.slice(0, endOfFlags);
  if (flagZone.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (flagZone.some((a) => a === '--version' || a === '-v')) return { kind: 'version' };

  const [name, ...rest] = args;
  if (name === undefined) throw new UsageError('no command given');
  if (name === 'help') return { kind: 'help' };
  if (name === 'version') return { kind: 'version' };
  if (name !== 'analyze' && name !== 'convert') {
    throw new UsageError(name.startsWith('-') ? `unknown option "${name}"` : `unknown command "${name}"`);
  }

  const { positional, values, switches } = splitArgs(name, FLAGS[name], rest);
  if (name === 'analyze') {
    const [file, ...extra] = positional;
    if (file === undefined) throw new UsageError('analyze: missing <map> file');
    if (extra.length) throw new UsageError(`analyze: unexpected argument "${extra[0]}"`);
    return { kind: 'analyze', file, remove: removedIds(values.get('--remove')), json: switches.has('--json') };
  }
  const [input, ...extra] = positional;
  if (input === undefined) throw new UsageError('convert: missing <in> file');
  if (extra.length) throw new UsageError(`convert: unexpected argument "${extra[0]}"`);
  const output = values.get('-o') ?? values.get('--output');
  if (output === undefined || output.length === 0) throw new UsageError('convert: missing -o <out> file');
  return { kind: 'convert', input, output: output.at(-1)! };
}

/** The arguments after a command's name: positional ones, each value flag's values, the switches given. */
export function splitArgs(command: string, flags: FlagTypes, args: readonly string[]) {
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const type = flags[flag];
    if (type === undefined) throw new UsageError(`${command}: unknown option "${flag}"`);
    if (type === 'switch') {
      if (flag !== arg) throw new UsageError(`${command}: ${flag} takes no value`);
      switches.add(flag);
      continue;
    }
    let value: string | undefined;
    if (flag !== arg) value = arg.slice(eq + 1);
    else value = args[++i];
    if (value === undefined) throw new UsageError(`${command}: ${flag} needs a value`);
    values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  return { positional, values, switches };
}

/** `--remove a,b --remove c` → a, b, c (each once, in the order given). */
export function removedIds(values: readonly string[] | undefined, command = 'analyze'): string[] {
  if (values === undefined) return [];
  const ids = values.flatMap((v) => v.split(',')).map((id) => id.trim()).filter((id) => id.length > 0);
  if (ids.length === 0) throw new UsageError(`${command}: --remove needs node ids, e.g. --remove pay,search`);
  return [...new Set(ids)];
}
