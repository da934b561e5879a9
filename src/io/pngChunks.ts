import type { EcoMap } from '../model/types.ts';
import { serializeMap } from './json.ts';
import { MAX_BYTES } from './limits.ts';
import { restoreMap } from './restore.ts';
import type { Restored, RestoreOptions } from './restore.ts';

/*
 * A PNG carries the map in an iTXt chunk (UTF-8 text; tEXt is Latin-1 only), keyword
 * "ecosystem-map", uncompressed, placed just before IEND. Pure bytes: no canvas, no zlib.
 */

export const MAP_KEYWORD = 'ecosystem-map';
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const NO_MAP = 'No map in this image';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG computes it (ISO 3309), over `bytes` from `start` to `end`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One chunk of a PNG: its type and where its data lies in the file. */
export interface PngChunk {
  readonly type: string;
  /** Offset of the chunk (its length field) in the file. */
  readonly at: number;
  readonly dataStart: number;
  readonly dataEnd: number;
}

/** The chunks of a PNG file, or why it is not one. Lengths are checked against the file's size. */
export function pngChunks(png: Uint8Array): PngChunk[] | string {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) return 'not a PNG image';
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) return 'the PNG image is damaged: a chunk is cut short';
    const length = view.getUint32(at);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > png.length) return 'the PNG image is damaged: a chunk is cut short';
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    chunks.push({ type, at, dataStart, dataEnd });
    at = dataEnd + 4;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') return 'the PNG image is damaged: no IHDR or IEND';
  return chunks;
}

const UTF8 = new TextEncoder();

/** An iTXt chunk: keyword, NUL, no compression, no language, no translated keyword, the text. */
function iTxtChunk(keyword: string, text: string): Uint8Array {
  const key = UTF8.encode(keyword);
  const body = UTF8.encode(text);
  const length = key.length + 5 + body.length;
  const chunk = new Uint8Array(12 + length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, length);
  chunk.set([0x69, 0x54, 0x58, 0x74], 4); // iTXt
  chunk.set(key, 8);
  // key NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL
  chunk.set([0, 0, 0, 0, 0], 8 + key.length);
  chunk.set(body, 13 + key.length);
  view.setUint32(8 + length, crc32(chunk, 4, 8 + length));
  return chunk;
}

/**
 * The PNG with `text` in an iTXt chunk under `keyword`, before IEND; any chunk it had under
 * the same keyword is dropped, so exporting again replaces the map rather than adding one.
 */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = pngChunks(png);
  if (typeof chunks === 'string') throw new Error(chunks);
  const kept = chunks.filter((c) => !(isTextChunk(c) && keywordOf(png, c) === keyword));
  const added = iTxtChunk(keyword, text);
  const parts = kept.map((c) => png.subarray(c.at, c.dataEnd + 4));
  parts.splice(parts.length - 1, 0, added);
  const out = new Uint8Array(8 + parts.reduce((n, p) => n + p.length, 0));
  out.set(SIGNATURE, 0);
  let at = 8;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The PNG with the map embedded (its JSON, as the app saves it), for re-opening. */
export function withPngMap(png: Uint8Array, map: EcoMap): Uint8Array {
  return withPngText(png, MAP_KEYWORD, serializeMap(map, { compact: true }));
}

/**
 * The text under `keyword` in a tEXt or uncompressed iTXt chunk: undefined when there is none,
 * an error when it cannot be read or holds more than `maxBytes`.
 */
export function readPngText(png: Uint8Array, keyword: string, maxBytes = MAX_BYTES): { text: string } | { error: string } | undefined {
  const chunks = pngChunks(png);
  if (typeof chunks === 'string') return { error: chunks };
  for (const chunk of chunks) {
    if (!isTextChunk(chunk) || keywordOf(png, chunk) !== keyword) continue;
    if (crc32(png, chunk.at + 4, chunk.dataEnd) !== new DataView(png.buffer, png.byteOffset).getUint32(chunk.dataEnd)) {
      return { error: 'the map in this image is damaged (its checksum does not match)' };
    }
    const size = chunk.dataEnd - chunk.dataStart;
    if (size > maxBytes) return { error: `the map in this image is too large: ${(size / 1e6).toFixed(1)} MB (this app opens maps up to ${(maxBytes / 1e6).toFixed(1)} MB)` };
    return textOf(png, chunk);
  }
  return undefined;
}

/**
 * The map embedded in a PNG's bytes, through restoreMap; "No map in this image" when it has
 * none. Only chunk headers are read until the map's chunk is found; its size is checked
 * against the restore limit before it is decoded.
 */
export function readPngMap(png: Uint8Array, options: RestoreOptions = {}): Restored {
  const found = readPngText(png, MAP_KEYWORD, options.limits?.maxBytes ?? MAX_BYTES);
  if (found === undefined) return { ok: false, error: NO_MAP };
  if ('error' in found) return { ok: false, error: found.error };
  return restoreMap(found.text, options);
}

function isTextChunk(chunk: PngChunk): boolean {
  return chunk.type === 'tEXt' || chunk.type === 'iTXt';
}

/** The keyword: Latin-1, 1–79 bytes, up to the first NUL. */
function keywordOf(png: Uint8Array, chunk: PngChunk): string | undefined {
  const end = png.subarray(chunk.dataStart, Math.min(chunk.dataEnd, chunk.dataStart + 80)).indexOf(0);
  if (end < 1) return undefined;
  let keyword = '';
  for (let i = chunk.dataStart; i < chunk.dataStart + end; i++) keyword += String.fromCharCode(png[i]!);
  return keyword;
}

function textOf(png: Uint8Array, chunk: PngChunk): { text: string } | { error: string } {
  const nul = png.indexOf(0, chunk.dataStart);
  if (chunk.type === 'tEXt') {
    let text = '';
    for (let i = nul + 1; i < chunk.dataEnd; i++) text += String.fromCharCode(png[i]!);
    return { text };
  }
  // iTXt: compression flag, method, language tag NUL, translated keyword NUL, then UTF-8 text.
  if (png[nul + 1] !== 0) return { error: 'the map in this image is compressed, which this app does not read' };
  const language = png.indexOf(0, nul + 3);
  const translated = language < 0 ? -1 : png.indexOf(0, language + 1);
  if (translated < 0 || translated >= chunk.dataEnd) return { error: 'the map in this image is damaged' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(png.subarray(translated + 1, chunk.dataEnd)) };
  } catch {
    return { error: 'the map in this image is damaged: it is not UTF-8 text' };
  }
}
