/*
 * Numbers and path data as the exported tree writes them, read and written without a string per
 * number: a 2,000-node map has thousands of `translate(x,y)` and, after a knock-out, hundreds of
 * hull paths, and its file some 25,000 numbers.
 */

/** The most characters String() writes for a number: `-1.2345678901234567e-123`. */
export const NUMBER_MAX = 25;

/** The largest tenths writeNumber writes as digits: a whole part this small is always exact. */
const TENTHS_MAX = 2 ** 31 - 1;

/**
 * Writes `n` into `out` from `at` as ASCII, exactly as String(n) writes it; returns where it ends.
 * The views round to tenths, and a number of tenths below 2^31 (-725.4) is written digit by
 * digit: its shortest round-trip form is its own digits, with no exponent. Anything else goes
 * through String(). `out` must have room for NUMBER_MAX bytes.
 */
export function writeNumber(n: number, out: Uint8Array, at: number): number {
  const tenths = Math.round(n * 10);
  if (tenths / 10 !== n || tenths > TENTHS_MAX || tenths < -TENTHS_MAX) {
    const text = String(n);
    for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
    return at;
  }
  // -0 passes as 0, which is what String() writes for it.
  if (tenths < 0) out[at++] = 0x2d;
  const all = tenths < 0 ? -tenths : tenths;
  const whole = (all / 10) | 0;
  at = writeDigits(whole, out, at);
  const tenth = all - 10 * whole;
  if (tenth !== 0) {
    out[at++] = 0x2e;
    out[at++] = 0x30 + tenth;
  }
  return at;
}

/** The decimal digits of `n`, a whole number below 2^31. */
function writeDigits(n: number, out: Uint8Array, at: number): number {
  let end = at + 1;
  for (let rest = n; rest >= 10; rest = (rest / 10) | 0) end++;
  for (let i = end - 1; i >= at; i--) {
    const next = (n / 10) | 0;
    out[i] = 0x30 + n - 10 * next;
    n = next;
  }
  return end;
}

/** The path commands treeBounds reads, as the codes of their upper-case letters. */
export const M = 0x4d, L = 0x4c, H = 0x48, V = 0x56, Q = 0x51, C = 0x43, A = 0x41, Z = 0x5a;

/** Per character code below 128, whether it is a command letter (either case). */
const IS_COMMAND = new Uint8Array(128);
for (const code of [M, L, H, V, Q, C, A, Z]) IS_COMMAND[code] = IS_COMMAND[code + 32] = 1;

/**
 * A path's tokens, read into arrays kept between calls (a knock-out draws hundreds of hulls): per
 * token its command letter's upper-case code, or 0 and its number in `tokenValues`. What one
 * call of pathTokens reads stays until the next.
 */
export const tokenCodes: number[] = [];
export const tokenValues: number[] = [];

/**
 * Splits `d` into tokens as `/[MLHVQCAZ]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi` would, skipping
 * anything else, without a string per token. Returns how many it read.
 */
export function pathTokens(d: string): number {
  let n = 0;
  let i = 0;
  while (i < d.length) {
    const c = d.charCodeAt(i);
    if (c < 128 && IS_COMMAND[c]) {
      tokenCodes[n] = c >= 97 ? c - 32 : c;
      tokenValues[n++] = NaN;
      i++;
      continue;
    }
    const value = readNumber(d, i);
    if (readEnd === i) {
      i++;
      continue;
    }
    tokenCodes[n] = 0;
    tokenValues[n++] = value;
    i = readEnd;
  }
  return n;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Where the number readNumber read last ends: its `start` when none starts there. */
let readEnd = 0;

/**
 * Reads the number at `start` as `-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?` matches it, and its value
 * as Number() reads that text, in one pass and without a string; NaN when none starts there. A
 * short decimal such as the views write (`-725.4`) is read in place: its digits form an integer
 * below 2^53 and its scale a power of ten below 10^22, both exact, so one division rounds as
 * Number() does. An exponent or more digits go through Number().
 */
function readNumber(text: string, start: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0, scale = 1, count = 0;
  let c = text.charCodeAt(i);
  while (isDigit(c)) {
    digits = digits * 10 + (c - 48);
    count++;
    c = text.charCodeAt(++i);
  }
  if (c === 46 && (count > 0 || isDigit(text.charCodeAt(i + 1)))) {
    c = text.charCodeAt(++i);
    while (isDigit(c)) {
      digits = digits * 10 + (c - 48);
      count++;
      scale *= 10;
      c = text.charCodeAt(++i);
    }
  }
  if (count === 0) {
    readEnd = start;
    return NaN;
  }
  let exact = count <= 15;
  if (c === 101 || c === 69) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    const exponent = j;
    while (isDigit(text.charCodeAt(j))) j++;
    if (j > exponent) {
      i = j;
      exact = false;
    }
  }
  readEnd = i;
  if (!exact) return Number(text.slice(start, i));
  const value = digits / scale;
  return negative ? -value : value;
}

/** The number written in `text` from `start` to `end`, as Number() reads it. */
export function decimalAt(text: string, start: number, end: number): number {
  const value = readNumber(text, start);
  return readEnd === end && end > start ? value : Number(text.slice(start, end));
}
