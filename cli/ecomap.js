#!/usr/bin/env node
// Runs the TypeScript CLI: from a bundle precompiled on first use (see compiledMain.js), or
// through tsx when no bundle can be made; either way the terminal and the app share one source tree.
import { importCompiledMain } from './compiledMain.js';

// `ecomap analyze map.json | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  const main = (await importCompiledMain()) ?? (await importThroughTsx());
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() catches everything it can; this is for a CLI that cannot even load. Still one line.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ecomap: unexpected error: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}

async function importThroughTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('./main.ts')).main;
}
