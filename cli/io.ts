/** Where the CLI writes and what relative paths resolve against; tests pass their own. */
export interface CliIo {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly cwd: string;
}

export interface TextOutput {
  write(chunk: string): unknown;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}

