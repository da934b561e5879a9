import { NUMBER_MAX, writeNumber } from './svgNumbers.ts';

/*
 * A file's markup written as bytes into one buffer and decoded to strings a chunk at a time.
 * A 2,000-node export is ~11,000 elements and 1 MB of markup: built from strings, its 100,000
 * pieces (and the rope joining them) all stay alive until the end, and every young-generation
 * collection while the export runs copies them. Here they are bytes, and the file some thirty
 * strings of 32 KB — small enough to be made quickly, unlike one string of a megabyte.
 *
 * Text goes into the buffer only as ASCII: a decoder reads pure ASCII at memory speed but, in
 * Node, reads everything after the first other byte one byte at a time. The rare character past
 * ASCII (a `→`, a `·`, a name in another script) is added as a string of its own between chunks.
 */

const decoder = new TextDecoder();

/** The chunk decoded at a time; the buffer grows past it only for one very long text. */
const CHUNK = 1 << 15;

/** Per ASCII code: written as is (0), as an entity (1), or replaced: a control XML 1.0 forbids (2). */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) ASCII_KIND[c] = 2;

/** What `&`, `<`, `>`, `"` and `'` are written as: entities, as toSvgString writes them. */
const ENTITIES: string[] = [];
for (const [c, entity] of [['&', '&amp;'], ['<', '&lt;'], ['>', '&gt;'], ['"', '&quot;'], ["'", '&#39;']] as const) {
  ENTITIES[c.charCodeAt(0)] = entity;
  ASCII_KIND[c.charCodeAt(0)] = 1;
}
/** The longest entity: room for it per code unit of text is room enough. */
const ENTITY_MAX = 6;

/** U+FFFD, written in place of what XML 1.0 forbids. */
const REPLACEMENT = '\ufffd';

/** Markup being written; `finish` gives it as a string. */
export class MarkupBuffer {
  private bytes = new Uint8Array(CHUNK);
  private length = 0;
  /** The markup before what is in the buffer. */
  private written = '';

  /** Markup known to be safe, encoded once as UTF-8: a tag, ` name="`, `/>`. */
  markup(markup: Uint8Array): void {
    const bytes = this.room(markup.length);
    let at = this.length;
    // Copying bytes is twice as fast as reading a string's characters.
    for (let i = 0; i < markup.length; i++) bytes[at++] = markup[i]!;
    this.length = at;
  }

  /** One character of markup: `>`, `"`. */
  char(code: number): void {
    this.room(1)[this.length++] = code;
  }

  number(n: number): void {
    this.length = writeNumber(n, this.room(NUMBER_MAX), this.length);
  }

  /**
   * Text for element content or an attribute value: `&<>"'` as entities, and what XML 1.0
   * forbids (controls, U+FFFE, U+FFFF, lone surrogates) as U+FFFD, so no label can make the file
   * unreadable. Surrogate pairs are kept. One pass, no regular expression: most text needs none.
   */
  text(text: string): void {
    const n = text.length;
    const bytes = this.room(ENTITY_MAX * n);
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // Past `>`, nothing in ASCII is escaped or replaced: letters, most punctuation.
      if (c > 0x3e && c < 0x80) bytes[at++] = c;
      else if (c >= 0x80) {
        this.length = at;
        i = this.wide(text, i);
        at = this.length;
      } else if (ASCII_KIND[c] === 0) bytes[at++] = c;
      else if (ASCII_KIND[c] === 1) {
        const entity = ENTITIES[c]!;
        for (let j = 0; j < entity.length; j++) bytes[at++] = entity.charCodeAt(j);
      } else {
        this.length = at;
        this.string(REPLACEMENT);
        at = this.length;
      }
    }
    this.length = at;
  }

  /** A string written as it is, unescaped and not copied: the caller vouches for it. */
  raw(text: string): void {
    this.string(text);
  }

  /** The markup written, as one string. */
  finish(): string {
    return this.written + this.decoded();
  }

  /**
   * Writes the character past ASCII at `i` of `text` (both units of a surrogate pair), or U+FFFD
   * for what XML 1.0 forbids: a lone surrogate, U+FFFE, U+FFFF. Returns the index of its last unit.
   */
  private wide(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      const paired = c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
      this.string(paired ? text.slice(i, i + 2) : REPLACEMENT);
      return paired ? i + 1 : i;
    }
    this.string(c >= 0xfffe ? REPLACEMENT : text.charAt(i));
    return i;
  }

  /** `text` after the markup so far, as a string of its own; the buffer is emptied. */
  private string(text: string): void {
    this.written += this.decoded() + text;
  }

  /** What is in the buffer as a string; the buffer is emptied. */
  private decoded(): string {
    if (this.length === 0) return '';
    const text = decoder.decode(this.bytes.subarray(0, this.length));
    this.length = 0;
    return text;
  }

  /**
   * The buffer, with room for `n` more bytes. A full buffer is decoded onto `written` and starts
   * again; it grows only for one text longer than a chunk.
   */
  private room(n: number): Uint8Array {
    if (this.length + n > this.bytes.length) {
      this.written += this.decoded();
      if (n > this.bytes.length) this.bytes = new Uint8Array(n);
    }
    return this.bytes;
  }
}
