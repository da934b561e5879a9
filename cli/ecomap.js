#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the terminal and the app share one source tree.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
