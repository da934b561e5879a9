import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { serializeMap } from '../../../src/io/json.ts';
import { crc32, MAP_KEYWORD, pngChunks, readPngMap, readPngText, withPngMap, withPngText } from '../../../src/io/pngChunks.ts';
import { restoreMap } from '../../../src/io/restore.ts';
import { arbitraryMap } from '../../analysis/arbitraryMap.ts';
import { mapOf } from '../../builders.ts';

/** A small real PNG, made by a PNG encoder: 3×2 pixels of a colour. */
function png(width = 3, height = 2): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(0x80);
  return new Uint8Array(PNG.sync.write(image));
}

const shop = () => ({ ...mapOf('pay>checkout', 'checkout:service=1200'), title: 'Shop ✓ <b>' });

describe('crc32', () => {
  it('gives the check value of the standard test string', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('a map in a PNG text chunk', () => {
  it('comes back from the image as the same map', () => {
    const map = shop();
    const back = readPngMap(withPngMap(png(), map));
    expect(back).toEqual(restoreMap(serializeMap(map)));
  });

  it('leaves the picture as it was: the image still decodes to the same pixels', () => {
    const before = png(5, 4);
    const after = withPngMap(before, shop());
    const a = PNG.sync.read(Buffer.from(before));
    const b = PNG.sync.read(Buffer.from(after));
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    expect(Buffer.compare(a.data, b.data)).toBe(0);
  });

  it('sits in one iTXt chunk with a valid checksum just before IEND, replacing an older map', () => {
    const twice = withPngMap(withPngMap(png(), mapOf('a>b')), shop());
    const chunks = pngChunks(twice);
    if (typeof chunks === 'string') throw new Error(chunks);
    const texts = chunks.filter((c) => c.type === 'iTXt');
    expect(texts).toHaveLength(1);
    expect(chunks.at(-2)!.type).toBe('iTXt');
    const view = new DataView(twice.buffer, twice.byteOffset);
    for (const c of chunks) expect(crc32(twice, c.at + 4, c.dataEnd)).toBe(view.getUint32(c.dataEnd));
    expect(readPngMap(twice).ok && (readPngMap(twice) as { map: { title: string } }).map.title).toBe('Shop ✓ <b>');
  });

  it('round-trips any text and any map', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(readPngText(withPngText(png(), MAP_KEYWORD, text), MAP_KEYWORD)).toEqual({ text });
      }),
    );
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        expect(readPngMap(withPngMap(png(), map))).toEqual(restoreMap(serializeMap(map)));
      }),
      { numRuns: 100 },
    );
  });

  it('reads a map someone wrote into a Latin-1 tEXt chunk', () => {
    const json = '{"format":"ecosystem-map","version":1,"title":"caf\u00e9","nodes":[],"links":[]}';
    const image = png();
    const text = new Uint8Array([...MAP_KEYWORD].map((c) => c.charCodeAt(0)).concat([0], [...json].map((c) => c.charCodeAt(0))));
    const chunk = new Uint8Array(12 + text.length);
    new DataView(chunk.buffer).setUint32(0, text.length);
    chunk.set([0x74, 0x45, 0x58, 0x74], 4);
    chunk.set(text, 8);
    new DataView(chunk.buffer).setUint32(8 + text.length, crc32(chunk, 4, 8 + text.length));
    const iend = image.length - 12;
    const withText = new Uint8Array([...image.subarray(0, iend), ...chunk, ...image.subarray(iend)]);
    const back = readPngMap(withText);
    expect(back.ok && back.map.title).toBe('café');
  });
});

describe('readPngMap', () => {
  it('says "No map in this image" for a PNG without one', () => {
    expect(readPngMap(png())).toEqual({ ok: false, error: 'No map in this image' });
  });

  it('says what is wrong with bytes that are not a PNG or are cut short', () => {
    expect(readPngMap(new TextEncoder().encode('{"format":"ecosystem-map"}'))).toEqual({ ok: false, error: 'not a PNG image' });
    const whole = withPngMap(png(), shop());
    expect(readPngMap(whole.subarray(0, whole.length - 30))).toEqual({ ok: false, error: 'the PNG image is damaged: a chunk is cut short' });
  });

  it('refuses a map chunk whose checksum does not match', () => {
    const image = withPngMap(png(), shop());
    const chunks = pngChunks(image);
    if (typeof chunks === 'string') throw new Error(chunks);
    const text = chunks.find((c) => c.type === 'iTXt')!;
    const tampered = image.slice();
    tampered[text.dataEnd - 3] = tampered[text.dataEnd - 3]! ^ 1;
    expect(readPngMap(tampered)).toEqual({ ok: false, error: 'the map in this image is damaged (its checksum does not match)' });
  });

  it('refuses a chunk past the restore limit before decoding it', () => {
    const result = readPngMap(withPngMap(png(), shop()), { limits: { maxBytes: 50 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/too large/);
  });

  it('passes a tampered map through restore, which repairs or refuses it', () => {
    const bad = withPngText(png(), MAP_KEYWORD, '{"format":"ecosystem-map","version":1,"title":"t","nodes":[{"id":"a","kind":"service","name":"A","value":-3}],"links":[],"__proto__":{"x":1}}');
    const result = readPngMap(bad);
    expect(result.ok && result.repairs.length).toBeGreaterThan(0);
    expect(readPngMap(withPngText(png(), MAP_KEYWORD, 'not json'))).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
  });
});
