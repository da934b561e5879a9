import LZString from 'lz-string';
import type { EcoMap } from '../model/types.ts';
import { restoreMap } from './restore.ts';
import type { Restored } from './restore.ts';
import { count } from './restoreWords.ts';
import { decompressBounded } from './shareDecompress.ts';

/*
 * A share link carries the whole map in the URL hash: `#map=<data>`, where <data> is the map's
 * JSON compressed by lz-string into URL-safe characters; `&scene=<id>` is reserved for opening
 * on a scene. The hash never reaches a server, so a shared map stays between the people who
 * have the link.
 */

/** The longest <data> a link may carry: 32 KB, which every browser and chat app keeps whole. */
export const SHARE_MAX_HASH = 32_768;
/**
 * The most JSON a link may unpack to. Real maps compress 2–14× (the examples about 2×, a
 * 20,000-node map of repeated names 13.7×), so no map that fits in 32 KB comes near 1,000,000
 * characters; a link past that was made to be large. `encodeShareLink` refuses such a map
 * before compressing it, so every link it makes opens.
 */
export const SHARE_MAX_CHARS = 1_000_000;

export const LINK_TOO_LARGE = 'too large for a link — export a file';
export const LINK_DAMAGED = 'This link is damaged or incomplete; ask for a new one.';

export type ShareLink = { ok: true; hash: string } | { ok: false; error: typeof LINK_TOO_LARGE };

/** The map compressed for a link (<data> only), or the refusal when it is too large for one. */
export function encodeShareLink(map: EcoMap): ShareLink {
  const json = JSON.stringify(map);
  if (json.length > SHARE_MAX_CHARS) return { ok: false, error: LINK_TOO_LARGE };
  const data = LZString.compressToEncodedURIComponent(json);
  return data.length > SHARE_MAX_HASH ? { ok: false, error: LINK_TOO_LARGE } : { ok: true, hash: data };
}

/**
 * The map a link's <data> holds, through restoreMap. Refused, with words a person can act on:
 * data too long to be a link this app made, data that does not decompress (cut off, mistyped),
 * data that unpacks past SHARE_MAX_CHARS (checked while unpacking, never after), or JSON that
 * is not a map.
 */
export function decodeShareLink(data: string): Restored {
  let clean = data.trim();
  // Mail and chat apps sometimes percent-encode `$` and turn `+` into a space.
  if (clean.includes('%')) {
    try {
      clean = decodeURIComponent(clean);
    } catch {
      return { ok: false, error: LINK_DAMAGED };
    }
  }
  clean = clean.replace(/ /g, '+');
  if (clean.length > SHARE_MAX_HASH) {
    return { ok: false, error: `This link is too long to hold a map (${count(clean.length)} characters; a map link has at most ${count(SHARE_MAX_HASH)}); ask for the map as a file.` };
  }
  const unpacked = decompressBounded(clean, SHARE_MAX_CHARS);
  if (!unpacked.ok) {
    return unpacked.reason === 'damaged'
      ? { ok: false, error: LINK_DAMAGED }
      : { ok: false, error: `This link unpacks to more than ${count(SHARE_MAX_CHARS)} characters, more than a shared map holds; ask for the map as a file.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(unpacked.text);
  } catch {
    return { ok: false, error: LINK_DAMAGED };
  }
  const restored = restoreMap(value, { limits: { maxBytes: SHARE_MAX_CHARS } });
  return restored.ok ? restored : { ok: false, error: `The map in this link cannot be opened: ${restored.error}` };
}

/** `#map=<data>`, with `&scene=<id>` when a scene is given. */
export function shareHashOf(map: EcoMap, options: { scene?: string } = {}): ShareLink {
  const link = encodeShareLink(map);
  if (!link.ok) return link;
  const scene = options.scene === undefined ? '' : `&scene=${encodeURIComponent(options.scene)}`;
  return { ok: true, hash: `#map=${link.hash}${scene}` };
}

export type SharedMap = Restored & { scene?: string };

/**
 * The map in a URL hash such as `location.hash`, and the scene it names; undefined when the
 * hash holds no `map=` (an ordinary visit, not a share link).
 */
export function mapFromHash(hash: string): SharedMap | undefined {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && !params.has(part.slice(0, eq))) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const data = params.get('map');
  if (data === undefined) return undefined;
  const restored = decodeShareLink(data);
  const scene = sceneOf(params.get('scene'));
  return restored.ok && scene !== undefined ? { ...restored, scene } : restored;
}

function sceneOf(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
