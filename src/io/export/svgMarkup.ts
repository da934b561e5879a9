import type { SvgChild, SvgElement } from '../../views/element.ts';
import { MarkupBuffer } from './markupBuffer.ts';

/*
 * The export's serializer: the same markup toSvgString writes (every text and attribute value
 * escaped, event handler attributes and odd names refused), in one pass that also replaces what
 * XML 1.0 forbids — control characters, U+FFFE/U+FFFF, lone surrogates — with U+FFFD, so a label
 * holding one cannot make the file unreadable. Written for speed: a 2,000-node map is ~11,000
 * elements, written into one buffer (MarkupBuffer) rather than as 100,000 strings.
 */

const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
const encoder = new TextEncoder();
const GT = 0x3e, QUOTE = 0x22;
const SELF_CLOSE = encoder.encode('/>');

/**
 * Serializes a view tree as toSvgString does, valid as XML 1.0 whatever its text. `raw` may give
 * an element's content as markup, written unescaped: the caller vouches that it is safe there.
 */
export function svgMarkup(node: SvgChild, raw?: (element: SvgElement) => string | undefined): string {
  const out = new MarkupBuffer();
  write(node, raw, out);
  return out.finish();
}

/** Per attribute name, what opens its value (` name="`), or null for a name that is refused. */
const openers: Record<string, Uint8Array | null> = Object.create(null);
function openerOf(name: string): Uint8Array | null {
  let known = openers[name];
  if (known === undefined) openers[name] = (known = ATTRIBUTE_NAME.test(name) && !/^on/i.test(name) ? encoder.encode(` ${name}="`) : null);
  return known;
}

/** Per tag, what opens and closes its element: `<g` and `</g>`. */
const tags: Record<string, readonly [Uint8Array, Uint8Array]> = Object.create(null);
function tagOf(tag: string): readonly [Uint8Array, Uint8Array] {
  let known = tags[tag];
  if (known === undefined) tags[tag] = (known = [encoder.encode(`<${tag}`), encoder.encode(`</${tag}>`)]);
  return known;
}

function write(node: SvgChild, raw: ((element: SvgElement) => string | undefined) | undefined, out: MarkupBuffer): void {
  if (typeof node === 'string') {
    out.text(node);
    return;
  }
  const { tag, attrs, children } = node;
  const [open, close] = tagOf(tag);
  out.markup(open);
  for (const key in attrs) {
    const value = attrs[key];
    if (value === undefined) continue;
    const opener = openerOf(key);
    if (opener === null) continue;
    out.markup(opener);
    if (typeof value === 'number') out.number(value);
    else out.text(value);
    out.char(QUOTE);
  }
  const content = raw?.(node);
  if (content !== undefined) {
    out.char(GT);
    out.raw(content);
    out.markup(close);
    return;
  }
  if (!children || children.length === 0) {
    out.markup(SELF_CLOSE);
    return;
  }
  out.char(GT);
  for (const child of children) write(child, raw, out);
  out.markup(close);
}
