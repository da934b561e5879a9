import type { EcoMap } from '../../model/types.ts';
import { serializeMap } from '../json.ts';
import { MAX_BYTES } from '../limits.ts';
import { restoreMap } from '../restore.ts';
import type { Restored, RestoreOptions } from '../restore.ts';

/*
 * The map rides inside the exported SVG as `<metadata id="ecosystem-map">JSON</metadata>`.
 *
 * Not CDATA: a CDATA section ends at the first `]]>`, so a label holding one would have to be
 * split across sections, and a reader that skips the split gets broken JSON. Instead the JSON is
 * written so that it holds no character XML gives a meaning to: `<`, `>` and `&` (which JSON only
 * allows inside strings) become `\u003c`, `\u003e`, `\u0026` — the same JSON value, byte for
 * byte a plain XML text node. No label can close the element, open a tag or start an entity.
 * Characters XML 1.0 forbids (U+FFFE, U+FFFF) are escaped the same way; JSON.stringify already
 * escapes control characters and lone surrogates.
 */

export const METADATA_ID = 'ecosystem-map';

const UNSAFE_IN_XML = /[<>&\u2028\u2029\ufffe\uffff]/g;
const UNSAFE_CHARACTERS = ['<', '>', '&', '\u2028', '\u2029', '\ufffe', '\uffff'];

/** The map as JSON text that is safe as the content of an XML element, unescaped. */
export function mapJsonForXml(map: EcoMap): string {
  const json = serializeMap(map, { compact: true });
  // Most maps hold none of these. Searching for each in turn is a fast scan of the half-megabyte
  // of a 2,000-node map's JSON (none at all for the last four when it is all Latin-1), where the
  // regular expression reads it a character at a time.
  const unsafe = UNSAFE_CHARACTERS.some((c) => json.includes(c));
  return unsafe ? json.replace(UNSAFE_IN_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

export const NO_MAP = 'No map in this image';

const ENTITY = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The map embedded in an SVG file's text (or bytes), through restoreMap; "No map in this image"
 * when it holds none. A string scan, never a parser that could run anything: the text is only
 * searched for `<metadata>` elements, and the first one holding a JSON object is restored.
 */
export function readSvgMap(input: string | Uint8Array, options: RestoreOptions = {}): Restored {
  const maxBytes = options.limits?.maxBytes ?? MAX_BYTES;
  // The image around the map is larger than the map: allow it twice the map's limit.
  if (input.length > 2 * maxBytes) return { ok: false, error: `the image is too large to read a map from (over ${Math.round((2 * maxBytes) / 1e6)} MB)` };
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, error: 'not an SVG image: it is not UTF-8 text' };
    }
  }
  for (const content of metadataContents(text)) {
    const json = xmlText(content).trim();
    if (json.startsWith('{')) return restoreMap(json, options);
  }
  return { ok: false, error: NO_MAP };
}

/** The content of each `<metadata>` element, in order. One pass over the text: indexOf only. */
function* metadataContents(text: string): Generator<string> {
  let at = 0;
  for (;;) {
    const open = text.indexOf('<metadata', at);
    if (open < 0) return;
    const after = text.charAt(open + 9);
    const tagEnd = text.indexOf('>', open);
    if (tagEnd < 0) return;
    at = tagEnd + 1;
    if (!/[\s>]/.test(after) || text.charAt(tagEnd - 1) === '/') continue;
    const close = text.indexOf('</metadata', at);
    // No closing tag: no later element can have one either.
    if (close < 0) return;
    yield text.slice(at, close);
    at = close + 10;
  }
}

/** The text an XML parser would read from element content: CDATA opened, entities decoded. */
function xmlText(content: string): string {
  let out = '';
  let at = 0;
  while (at < content.length) {
    const open = content.indexOf('<![CDATA[', at);
    const end = open < 0 ? content.length : open;
    out += decodeEntities(stripComments(content.slice(at, end)));
    if (open < 0) break;
    const close = content.indexOf(']]>', open + 9);
    out += content.slice(open + 9, close < 0 ? content.length : close);
    at = close < 0 ? content.length : close + 3;
  }
  return out;
}

function stripComments(text: string): string {
  return text.includes('<!--') ? text.replace(/<!--[\s\S]*?-->/g, '') : text;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
