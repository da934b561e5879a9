// How restore names values in its messages. Messages are one line a person reads, so values
// are quoted short: a 1 MB name must not become a 1 MB warning.

const QUOTE_LENGTH = 40;

/** `"pay"`, or `"a very long na…"` past 40 characters; control characters escaped by JSON rules. */
export function quote(text: string): string {
  return JSON.stringify(text.length > QUOTE_LENGTH ? `${cutText(text, QUOTE_LENGTH)}…` : text);
}

// Text limits count characters (Unicode code points), as zod's string max does: an emoji is one
// character, not two. Only a string longer than the limit in UTF-16 units needs counting.

/** How many characters `text` has: a surrogate pair counts once, a lone surrogate once. */
export function charCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** True when `text` has at most `max` characters. */
export function fitsText(text: string, max: number): boolean {
  return text.length <= max || charCount(text) <= max;
}

/** The first `max` characters of `text`, never ending in half a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let i = 0;
  for (let n = 0; n < max && i < text.length; n++) {
    const pair = (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
  }
  return text.slice(0, i);
}

/** What kind of JSON value this is, with its article: "an array", "a number", "null". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A value as a message shows it: numbers and short strings as themselves, the rest by kind. */
export function show(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}

/** 250000 → "250,000", independent of the reader's locale so messages are stable in tests and logs. */
export function count(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `nodes[3].name`; a field whose name is not a plain word is quoted: `nodes[3]["my field"]`. */
export function at(list: string, index: number, field?: string): string {
  return field === undefined ? `${list}[${index}]` : `${list}[${index}]${fieldPath(field)}`;
}

/** `.name`, or `["my field"]` for a key that is not a short plain word. */
export function fieldPath(key: string): string {
  return /^[A-Za-z_$][\w$]{0,39}$/.test(key) ? `.${key}` : `[${quote(key)}]`;
}
