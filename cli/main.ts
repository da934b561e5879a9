import { parseArgs } from './args.ts';
import type { Command } from './args.ts';
import { FileError, UsageError, fileLine, messageOf, printable } from './errors.ts';
import { processIo } from './io.ts';
import type { CliIo } from './io.ts';
import type { RenderCommand } from './renderCommand.ts';
import { USAGE, versionText } from './usage.ts';

/**
 * Runs one `ecomap` command and resolves to its exit code: 0 done, 1 an input could not be
 * used, 2 wrong usage. Nothing escapes as an exception; every failure is one line on stderr.
 */
export async function main(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  let command: Command | RenderCommand | undefined;
  try {
    // `render` reads its own options (renderCommand.ts); every other command goes through args.ts.
    command = args[0] === 'render' ? (await import('./renderCommand.ts')).parseRenderArgs(args.slice(1)) : parseArgs(args);
    return await run(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ecomap: ${printable(error.message)}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof FileError) {
      io.stderr.write(fileLine(error.file, error.message));
      return 1;
    }
    // A bug, not a bad input: still one line, naming the file being worked on.
    const file = command === undefined ? undefined : command.kind === 'analyze' || command.kind === 'render' ? command.file : command.kind === 'convert' ? command.input : undefined;
    const message = `unexpected error: ${messageOf(error)}`;
    io.stderr.write(file === undefined ? `ecomap: ${printable(message)}\n` : fileLine(file, message));
    return 1;
  }
}

async function run(command: Command | RenderCommand, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'version':
      io.stdout.write(versionText());
      return 0;
    case 'analyze': {
      // Loaded on demand: `ecomap --help` should not wait for the analysis engine to compile.
      const { runAnalyze } = await import('./analyzeCommand.ts');
      return runAnalyze(command, io);
    }
    case 'convert': {
      const { runConvert } = await import('./convertCommand.ts');
      return runConvert(command, io);
    }
    case 'render': {
      const { runRender } = await import('./renderCommand.ts');
      return runRender(command, io);
    }
  }
}
