/**
 * lz-string's `decompressFromEncodedURIComponent`, with a cap on the output.
 *
 * Why not the library's own: LZW output can grow quadratically with its input, since each code
 * may stand for a dictionary entry one character longer than the last. Measured: a 32,768-
 * character hash built that way decompresses with lz-string to 115,664,445 characters, taking
 * 0.9 s and 260 MB, before anything could look at its length. This reads the same format code
 * by code and stops as soon as the output passes `maxChars` (the same hash: refused in 12 ms),
 * so a hostile link costs at most that much. Tests check it against the library on random input.
 */

/** lz-string's URI-safe alphabet: 6 bits per character. Its 65th, `$`, is never written and reads as 64 (no bits set), as in lz-string. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too large' };

/** The text `data` holds, or why not: a character outside the alphabet, a broken code, no end mark, or too long. */
export function decompressBounded(data: string, maxChars: number): Decompressed {
  const values: number[] = new Array<number>(data.length);
  for (let i = 0; i < data.length; i++) {
    const value = VALUE.get(data[i]!);
    if (value === undefined) return { ok: false, reason: 'damaged' };
    values[i] = value;
  }
  if (values.length === 0) return { ok: false, reason: 'damaged' };

  // Bits are read low bit first from each 6-bit value, high bit of the value first.
  let value = values[0]!;
  let position = 32;
  let index = 1;
  const read = (bitCount: number): number => {
    let bits = 0;
    for (let i = 0; i < bitCount; i++) {
      if (value & position) bits |= 1 << i;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = values[index++] ?? 0;
      }
    }
    return bits;
  };

  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  // The first code is a literal (0: 8 bits, 1: 16 bits); lz-string reads 2 (end) or 3 as garbage.
  const first = read(2);
  if (first > 1) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const out: string[] = [w];
  let total = 1;
  const grow = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };

  for (;;) {
    if (index > values.length) return { ok: false, reason: 'damaged' };
    let code = read(numBits);
    if (code === 2) return { ok: true, text: out.join('') };
    if (code < 2) {
      dictionary[dictSize++] = String.fromCharCode(read(code === 0 ? 8 : 16));
      code = dictSize - 1;
      grow();
    }
    let entry = dictionary[code];
    if (entry === undefined) {
      if (code !== dictSize) return { ok: false, reason: 'damaged' };
      entry = w + w.charAt(0);
    }
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'too large' };
    out.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    grow();
    w = entry;
  }
}
