import { describeJsonError } from './restoreJsonError.ts';
import { count } from './restoreWords.ts';

/**
 * The parsed JSON value of an input, or why it cannot be read. `parsed` says the value was parsed
 * here from text or bytes, so nothing outside restore holds its objects.
 */
export type ReadInput = { ok: true; value: unknown; parsed: boolean } | { ok: false; error: string };

/**
 * The first step of restore: bytes become text, text becomes a JSON value; a value that is
 * already parsed passes through. Size is checked before any decoding or parsing.
 */
export function readInput(input: unknown, maxBytes: number): ReadInput {
  if (typeof input === 'string') return readText(input, maxBytes);
  const bytes = asBytes(input);
  return bytes ? readBytes(bytes, maxBytes) : { ok: true, value: input, parsed: false };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function readBytes(bytes: Uint8Array, maxBytes: number): ReadInput {
  if (bytes.length === 0) return refuse('the file is empty');
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refuse('not a UTF-8 text file: it is UTF-16; save it as UTF-8 and open it again');
  }
  // No text format this app reads contains NUL, and binary files almost always do.
  if (bytes.indexOf(0) !== -1) return refuse('not a text file: it contains binary data');
  let text: string;
  try {
    text = UTF8.decode(bytes); // also drops a UTF-8 byte order mark
  } catch {
    return refuse('not a text file: it is not valid UTF-8 text');
  }
  return readText(text, maxBytes);
}

function readText(input: string, maxBytes: number): ReadInput {
  if (input.length > maxBytes) return tooLarge(input.length, maxBytes);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!/\S/.test(text)) return refuse('the file is empty');
  if (text.includes('\0')) return refuse('not a text file: it contains binary data');
  try {
    return { ok: true, value: JSON.parse(text), parsed: true };
  } catch (error) {
    const why = describeJsonError(text) ?? (error instanceof Error ? error.message : String(error));
    return refuse(`not valid JSON: ${why}`);
  }
}

/** Byte views from this or another realm (a worker, an iframe, jsdom), where `instanceof` fails. */
function asBytes(input: unknown): Uint8Array | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(input as ArrayBuffer);
  return undefined;
}

function tooLarge(size: number, max: number): ReadInput {
  return refuse(`the file is too large: ${sizeOf(size)} (this app opens files up to ${sizeOf(max)})`);
}

function sizeOf(bytes: number): string {
  return bytes >= 1e6 ? `${Number((bytes / 1e6).toFixed(1))} MB` : `${count(bytes)} bytes`;
}

function refuse(error: string): ReadInput {
  return { ok: false, error };
}
