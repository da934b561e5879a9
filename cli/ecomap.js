#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the terminal and the app share one source tree.
import { register } from 'tsx/esm/api';

// `ecomap analyze map.json | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  register();
  const { main } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() catches everything it can; this is for a CLI that cannot even load. Still one line.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ecomap: unexpected error: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
