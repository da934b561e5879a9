import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { restoreMap } from '../../src/io/restore.ts';
import { decompressBounded } from '../../src/io/shareDecompress.ts';
import {
  LINK_DAMAGED,
  LINK_TOO_LARGE,
  SHARE_MAX_CHARS,
  SHARE_MAX_HASH,
  decodeShareLink,
  encodeShareLink,
  mapFromHash,
  shareHashOf,
} from '../../src/io/shareLink.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';
import { lzBomb } from './shareBomb.ts';

const shop = (): EcoMap => ({ ...mapOf('pay>checkout', 'pay>search', 'checkout:service=1200', 'shop:partner', 'shop~checkout'), title: 'Shop', unit: 'USD' });

function hashOf(map: EcoMap, scene?: string): string {
  const link = shareHashOf(map, scene === undefined ? {} : { scene });
  if (!link.ok) throw new Error(link.error);
  return link.hash;
}

/** A map of `n` nodes whose names do not compress: random letters from a seeded generator. */
function noisyMap(n: number): EcoMap {
  let seed = 7;
  const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'service' as const, name: Array.from({ length: 24 }, letter).join(''), value: i }));
  return { format: 'ecosystem-map', version: 1, title: 'Noise', nodes, links: [] };
}

describe('share links', () => {
  it('carry a map in #map= and open it again unchanged', () => {
    const hash = hashOf(shop());
    expect(hash).toMatch(/^#map=[A-Za-z0-9+\-$]+$/);
    const opened = mapFromHash(hash);
    expect(opened?.ok && opened.map).toEqual(restoreMap(shop()).ok && shop());
    expect(opened?.ok && opened.repairs).toEqual([]);
  });

  it('carry a scene after the map when asked', () => {
    const opened = mapFromHash(hashOf(shop(), 'launch & after'));
    expect(opened?.ok && opened.scene).toBe('launch & after');
    expect(hashOf(shop(), 'launch & after')).toMatch(/&scene=launch%20%26%20after$/);
  });

  it('are absent from a hash without map=', () => {
    expect(mapFromHash('')).toBeUndefined();
    expect(mapFromHash('#')).toBeUndefined();
    expect(mapFromHash('#scene=1')).toBeUndefined();
  });

  it('survive apps that percent-encode + or turn it into a space', () => {
    const data = hashOf(shop()).slice('#map='.length);
    expect(data).toContain('+');
    expect(decodeShareLink(data.replace(/\+/g, '%2B'))).toEqual(decodeShareLink(data));
    expect(decodeShareLink(data.replace(/\+/g, ' '))).toEqual(decodeShareLink(data));
  });

  it('refuse a map whose link would pass 32 KB', () => {
    const fits = encodeShareLink(noisyMap(200));
    expect(fits.ok && fits.hash.length).toBeLessThanOrEqual(SHARE_MAX_HASH);
    expect(encodeShareLink(noisyMap(3000))).toEqual({ ok: false, error: LINK_TOO_LARGE });
  });

  it('refuse a map whose JSON passes the unpacking cap without compressing it', () => {
    const huge = { ...shop(), description: 'x', nodes: [...shop().nodes, ...noisyMap(20_000).nodes] };
    expect(JSON.stringify(huge).length).toBeGreaterThan(SHARE_MAX_CHARS);
    const started = performance.now();
    expect(encodeShareLink(huge)).toEqual({ ok: false, error: LINK_TOO_LARGE });
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('damaged and hostile links', () => {
  const data = hashOf(shop()).slice('#map='.length);

  it('refuse a link cut short', () => {
    // (The last character may be padding alone: a link without it still opens, whole.)
    for (const cut of [1, 10, Math.floor(data.length / 2), data.length - 4]) {
      expect(decodeShareLink(data.slice(0, cut))).toEqual({ ok: false, error: LINK_DAMAGED });
    }
  });

  it('refuse characters a link never holds, and an empty link', () => {
    expect(decodeShareLink(`${data.slice(0, 20)}!${data.slice(21)}`)).toEqual({ ok: false, error: LINK_DAMAGED });
    expect(decodeShareLink('')).toEqual({ ok: false, error: LINK_DAMAGED });
    expect(decodeShareLink('%E0%A4%A')).toEqual({ ok: false, error: LINK_DAMAGED });
  });

  it('refuse a link that unpacks to something other than a map', () => {
    expect(decodeShareLink(LZString.compressToEncodedURIComponent('not json'))).toEqual({ ok: false, error: LINK_DAMAGED });
    expect(decodeShareLink(LZString.compressToEncodedURIComponent('[1,2]'))).toEqual({
      ok: false,
      error: 'The map in this link cannot be opened: expected a map object with nodes and links, got an array',
    });
  });

  it('refuse data past 32 KB before unpacking it', () => {
    expect(decodeShareLink('A'.repeat(SHARE_MAX_HASH + 1))).toEqual({
      ok: false,
      error: 'This link is too long to hold a map (32,769 characters; a map link has at most 32,768); ask for the map as a file.',
    });
  });

  it('stop a 32 KB link built to unpack to 115 million characters, at the cap and at once', () => {
    const bomb = lzBomb(SHARE_MAX_HASH);
    expect(bomb.data.length).toBeLessThanOrEqual(SHARE_MAX_HASH);
    expect(bomb.outputLength).toBeGreaterThan(100_000_000);
    const started = performance.now();
    expect(decodeShareLink(bomb.data)).toEqual({
      ok: false,
      error: 'This link unpacks to more than 1,000,000 characters, more than a shared map holds; ask for the map as a file.',
    });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('decompressBounded', () => {
  it('reads back what lz-string wrote, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii', maxLength: 2000 })), (text) => {
        const result = decompressBounded(LZString.compressToEncodedURIComponent(text), Infinity);
        if (text === '') expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, text });
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with lz-string on any string of link characters', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    const linkish = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 60 }).map((cs) => cs.join(''));
    const mangled = fc
      .tuple(fc.string({ unit: 'grapheme-ascii', minLength: 2, maxLength: 300 }), fc.nat(), fc.constantFrom(...alphabet))
      .map(([text, at, c]) => {
        const data = LZString.compressToEncodedURIComponent(text);
        const i = at % data.length;
        return data.slice(0, i) + c + data.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(linkish, mangled), (data) => {
        const ours = decompressBounded(data, Infinity);
        // A first code of 3 is never written: lz-string reads on into garbage or throws; this refuses.
        const theirs = (alphabet.indexOf(data[0]!) & 48) === 48 ? null : LZString.decompressFromEncodedURIComponent(data);
        if (theirs === null || theirs === '') expect(ours).toEqual({ ok: false, reason: 'damaged' });
        else expect(ours).toEqual({ ok: true, text: theirs });
      }),
      { numRuns: 1000 },
    );
  });

  it('stops once the output passes the cap', () => {
    const data = LZString.compressToEncodedURIComponent('abc'.repeat(1000));
    expect(decompressBounded(data, 3000)).toEqual({ ok: true, text: 'abc'.repeat(1000) });
    expect(decompressBounded(data, 2999)).toEqual({ ok: false, reason: 'too large' });
  });
});

describe('share links on any map', () => {
  const node = fc.record({
    id: fc.string({ minLength: 1, maxLength: 12 }),
    kind: fc.constantFrom('platform', 'service', 'partner'),
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s)),
    value: fc.double({ min: 0, max: 1e9, noNaN: true }),
  });
  const anyMap = fc
    .tuple(fc.array(node, { maxLength: 15 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 30 }))
    .map(([nodes, pairs, title]) => {
      const links = nodes.length ? pairs.map(([s, t]) => ({ source: nodes[s % nodes.length]!.id, target: nodes[t % nodes.length]!.id, kind: 'supports' })) : [];
      const restored = restoreMap({ format: 'ecosystem-map', version: 1, title, nodes, links });
      if (!restored.ok) throw new Error(restored.error);
      return restored.map;
    });

  it('open to the map they were made from', () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const opened = mapFromHash(hashOf(map));
        expect(opened?.ok && opened.map).toEqual(map);
      }),
      { numRuns: 200 },
    );
  });
});
