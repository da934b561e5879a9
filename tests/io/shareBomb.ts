const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A share-link payload of `chars` characters in lz-string's URI format that decompresses to a
 * run of "a" as long as the format allows: every code names the entry the previous one made,
 * one character longer each time. The "zip bomb" a cap has to stop.
 */
export function lzBomb(chars: number): { data: string; outputLength: number } {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let outputLength = 1;
  let entry = 1;
  const budget = chars * 6;
  while (bits.length + 2 * (numBits + 1) < budget) {
    write(dictSize, numBits);
    entry += 1;
    outputLength += entry;
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits);
  while (bits.length % 6 !== 0) bits.push(0);
  let data = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = (v << 1) | bits[i + j]!;
    data += ALPHABET[v];
  }
  return { data, outputLength };
}
