/** Wrong usage: exit 2, the message and then the usage on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An input or output the CLI cannot use: exit 1, one line `ecomap: <file>: <message>`. */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_LINE = 400;

/**
 * Text from a file or an error, made safe to print on one terminal line: control characters
 * (newlines, escape sequences) are shown escaped, and a huge message is cut short.
 */
export function printable(text: string, max = MAX_LINE): string {
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** One line for stderr: `ecomap: <file>: <message>`. */
export function fileLine(file: string, message: string): string {
  return `ecomap: ${printable(file, 200)}: ${printable(message)}\n`;
}

/** The words a person expects for the file-system errors they can fix. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large';
    default:
      return messageOf(error);
  }
}

/** The message of anything thrown, without its stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
