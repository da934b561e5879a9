import { quote } from './restoreWords.ts';

// JSON.parse is the fast reader; this scanner runs only after it fails, to say what is wrong
// and where in the same words on every engine (V8, SpiderMonkey and JavaScriptCore all word
// their errors differently, and some give no position at all). It checks syntax only.

type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPES = '"\\/bfnrtu';

/** Why `text` is not JSON, with line and column, or undefined if the scanner finds nothing wrong. */
export function describeJsonError(text: string): string | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    if (i >= n) {
      return expect === 'after' && stack.length === 0 ? undefined : `the text ends early at ${where(text, i)} (is the file cut off?)`;
    }
    const c = text[i]!;
    if (expect === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return `unexpected text after the end of the JSON at ${where(text, i)}`;
      if (c === ',') {
        expect = top === '{' ? 'key' : 'value';
        afterComma = true;
        i++;
        continue;
      }
      if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return unexpected(text, i, top === '{' ? `"," or "}"` : `"," or "]"`);
    }
    if (afterComma && (c === '}' || c === ']')) return `a comma before ${quote(c)} at ${where(text, i)} (JSON allows no trailing commas)`;
    afterComma = false;
    if (expect === 'colon') {
      if (c !== ':') return unexpected(text, i, '":"');
      expect = 'value';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (c === '}' && expect === 'firstKey') {
        stack.pop();
        expect = 'after';
        i++;
        continue;
      }
      if (c !== '"') return unexpected(text, i, 'a property name in double quotes');
      const end = scanString(text, i);
      if (typeof end === 'string') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // expect is 'value' or 'firstValue'
    if (c === ']' && expect === 'firstValue') {
      stack.pop();
      expect = 'after';
      i++;
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'firstKey' : 'firstValue';
      i++;
      continue;
    }
    expect = 'after';
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end === 'string') return end;
      i = end;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return `a malformed number at ${where(text, i)}`;
      i = NUMBER.lastIndex;
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      continue;
    }
    return unexpected(text, i, 'a value');
  }
}

/** The index after the closing quote of the string opening at `start`, or what is wrong with it. */
function scanString(text: string, start: number): number | string {
  for (let j = start + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code === 0x5c) {
      const escape = text[j + 1];
      if (escape === undefined) break;
      if (!ESCAPES.includes(escape)) return `an unknown escape ${quote(`\\${escape}`)} in a string at ${where(text, j)}`;
      if (escape === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
        return j + 6 > text.length ? endsInString(text, start) : `a malformed \\u escape in a string at ${where(text, j)}`;
      }
      j += escape === 'u' ? 5 : 1;
    } else if (code < 0x20) {
      const hint = code === 0x0a || code === 0x0d ? ' (a line break inside quotes?)' : '';
      return `a control character inside a string at ${where(text, j)}${hint}`;
    }
  }
  return endsInString(text, start);
}

function endsInString(text: string, start: number): string {
  return `the text ends inside a string that starts at ${where(text, start)} (is the file cut off?)`;
}

function unexpected(text: string, i: number, expected: string): string {
  WORD.lastIndex = i;
  const word = WORD.test(text) ? text.slice(i, WORD.lastIndex) : undefined;
  const found = word ? `word ${quote(word)}` : quote(text[i]!);
  const hint = text[i] === "'" ? ' (JSON strings use double quotes)' : '';
  return `unexpected ${found} at ${where(text, i)}, expected ${expected}${hint}`;
}

/** "line 3, column 14", both counted from 1. */
function where(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < index; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}
